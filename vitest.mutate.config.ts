import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
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

/** The slowest test files of the rules set under instrumentation, slowest last. */
const SLOW_LAST = [
  'tests/unit/rules/required-literals.test.ts',
  'tests/unit/rules/catalogue.test.ts',
  'tests/unit/content/prefilter.test.ts',
  'tests/unit/rules/framing.test.ts',
  'tests/unit/rules/corpus.test.ts',
  'tests/unit/rules/normalise-fast-paths.test.ts',
  'tests/unit/properties/text.test.ts',
];

/**
 * Stryker stops a mutant's run at its first failing test, and vitest's own order puts the longest
 * files first: cheap files first means a killed mutant seldom waits for the property tests.
 */
class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => SLOW_LAST.findIndex((slow) => file.moduleId.endsWith(slow));
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    name: 'unit',
    // Instrumented code is slower: the tests that bound time allow this much more (tests/harness/time-budget.ts).
    testTimeout: 120_000,
    // Property tests try a tenth of their cases (tests/harness/time-budget.ts): each runs once per surviving mutant.
    env: { ...unit.test?.env, TIME_BUDGET_FACTOR: '20', PROPERTY_RUNS_FACTOR: '0.1' },
    sequence: { sequencer: CheapFirst },
    // These tests need no DOM: node starts faster than happy-dom, once per test file and mutant.
    ...(rulesOnly ? { include: RULES_TESTS, environment: 'node' } : {}),
    // `MUTATE_TESTS=a.test.ts,b.test.ts`: only these test files, for a run of one file whose mutants are
    // all static (run against every test in the set), such as rules/prefilter-words.ts.
    ...(process.env.MUTATE_TESTS ? { include: process.env.MUTATE_TESTS.split(',') } : {}),
    exclude: [
      // Runs the CLI in child processes, where no mutant is ever active: it can kill nothing.
      'tests/unit/rules/cli.test.ts',
    ],
  },
});
