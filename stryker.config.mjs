import process from 'node:process';
// Mutation testing (issue 18): `npm run mutate`. Not part of `npm test`; README "Mutation testing"
// has the scores per folder and how long a run takes on a 2-core machine.

/** Data, not logic: mutating these changes what the catalogue says, which the corpus and catalogue tests judge, not what the code does. */
const CATALOGUE_DATA = [
  // Problem patterns: every one is run over the corpus (tests/unit/rules/corpus.test.ts, catalogue.test.ts);
  // a mutant in a regex fragment is a different rule, judged there by its recognition figures.
  '!rules/catalogue/problems/*.ts',
  // Failure words and the signs of a supposed failure: regex fragments of the same kind, judged by the corpus.
  '!rules/catalogue/signals.ts',
  // Fix texts, guide texts, site names, hosts and sources: words and addresses, checked by catalogue/facts/sites tests.
  '!rules/catalogue/fixes.ts',
  '!rules/catalogue/guide.ts',
  '!rules/catalogue/sites.ts',
  '!rules/catalogue/site-hosts.ts',
  '!rules/catalogue/security-programs.ts',
  '!rules/catalogue/notices.ts',
];

/** Folders to mutate; `MUTATE=rules,utils npm run mutate` runs only some of them. */
const FOLDERS = {
  rules: ['rules/**/*.ts', ...CATALOGUE_DATA],
  utils: ['utils/**/*.ts'],
  background: ['entrypoints/background/**/*.ts'],
  content: ['entrypoints/content/**/*.ts'],
  components: ['components/**/*.{ts,tsx}'],
};
const only = process.env.MUTATE ? process.env.MUTATE.split(',') : Object.keys(FOLDERS);
for (const name of only)
  if (!(name in FOLDERS))
    throw new Error(`MUTATE: unknown folder "${name}" (${Object.keys(FOLDERS).join(', ')})`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // Each mutant runs only the tests that reached it; one reached while a module loads runs the
  // test files that import it.
  coverageAnalysis: 'perTest',
  mutate: only.flatMap((name) => FOLDERS[name]),
  // One test process at a time by default: the machine has two cores that others share.
  // `npm run mutate -- --concurrency 2` when it is yours.
  concurrency: 1,
  // A busy machine makes tests slower, not wrong: a mutant that only times out is counted apart.
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: {
    fileName: `reports/mutation/${process.env.MUTATE ? `partial-${only.join('-')}` : 'mutation'}.json`,
  },
  htmlReporter: { fileName: 'reports/mutation/html/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // `npm run mutate -- --incremental`: only mutants in changed code, or covered by changed tests, run again.
  incrementalFile: 'reports/mutation/incremental.json',
  ignorePatterns: [
    '.output',
    '.perf',
    'demo-output',
    'bench/.tmp',
    'test-results',
    'reports',
    'store/images',
    'tests/screenshots',
  ],
  tempDirName: '.stryker-tmp',
  thresholds: { high: 90, low: 80, break: null },
};
