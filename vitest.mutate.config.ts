import { defineConfig, type ViteUserConfig } from 'vitest/config';
import config from './vitest.config';

// The unit project alone, for Stryker (stryker.config.mjs): browser tests build and load the
// extension, which a mutant in a sandbox cannot reach, and are far too slow to run per mutant.
const unit = (config.test?.projects as ViteUserConfig[]).find((project) => project.test?.name === 'unit')!;

// `MUTATE=rules`: rules/ is judged by its own tests only. Nearly every unit test reaches the matcher,
// normalise and redact (background, content and popup tests classify text), which made one of those
// mutants run ~970 tests — 16 h for the folder. The rules tests state what rules/ does; the other
// folders' tests could only kill more, so a score from these alone is a floor, not an inflation.
const rulesOnly = process.env.MUTATE === 'rules';
const RULES_TESTS = [
  'tests/unit/rules/**/*.test.ts',
  'tests/unit/properties/text.test.ts',
  'tests/unit/sites/**/*.test.ts',
  // The content script's prefilter is built from rules/prefilter-words.ts: these say what it lets through.
  'tests/unit/content/prefilter.test.ts',
  'tests/unit/content/not-reports.test.ts',
];

export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    name: 'unit',
    // Instrumented code is slower: the tests that bound time allow this much more (tests/harness/time-budget.ts).
    testTimeout: 120_000,
    env: { ...unit.test?.env, TIME_BUDGET_FACTOR: '20' },
    // These tests need no DOM: node starts faster than happy-dom, once per test file and mutant.
    ...(rulesOnly ? { include: RULES_TESTS, environment: 'node' } : {}),
    exclude: [
      // Runs the CLI in child processes, where no mutant is ever active: it can kill nothing.
      'tests/unit/rules/cli.test.ts',
    ],
  },
});
