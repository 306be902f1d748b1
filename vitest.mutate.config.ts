import { defineConfig, type ViteUserConfig } from 'vitest/config';
import config from './vitest.config';

// The unit project alone, for Stryker (stryker.config.mjs): browser tests build and load the
// extension, which a mutant in a sandbox cannot reach, and are far too slow to run per mutant.
const unit = (config.test?.projects as ViteUserConfig[]).find((project) => project.test?.name === 'unit')!;

export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    name: 'unit',
    // Instrumented code is slower: the tests that bound time allow this much more (tests/harness/time-budget.ts).
    testTimeout: 120_000,
    env: { ...unit.test?.env, TIME_BUDGET_FACTOR: '20' },
    exclude: [
      // Runs the CLI in child processes, where no mutant is ever active: it can kill nothing.
      'tests/unit/rules/cli.test.ts',
    ],
  },
});
