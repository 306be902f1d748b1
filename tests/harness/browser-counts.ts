import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { BROWSER_NAMES, type BrowserName } from './extension-browser';

type Counts = Record<'passed' | 'failed' | 'skipped', number>;

/** The browser a test ran in: the outer suite that describeInBrowsers() names after it, if any. */
export function browserOf(test: TestCase): BrowserName | undefined {
  let suite = test.parent;
  while (suite.type === 'suite' && suite.parent.type === 'suite') suite = suite.parent;
  const name = suite.type === 'suite' ? suite.name : '';
  return (BROWSER_NAMES as readonly string[]).includes(name) ? (name as BrowserName) : undefined;
}

export function countByBrowser(modules: ReadonlyArray<TestModule>): Map<BrowserName, Counts> {
  const counts = new Map<BrowserName, Counts>(
    BROWSER_NAMES.map((b) => [b, { passed: 0, failed: 0, skipped: 0 }]),
  );
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const browser = browserOf(test);
      if (!browser) continue;
      const state = test.result().state;
      counts.get(browser)![state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped'] += 1;
    }
  }
  return counts;
}

/**
 * Prints one line per browser after a run, such as `chromium: 40 passed, 0 failed, 1 skipped`,
 * which .ci/run repeats in its summary. Used by `npm run test:e2e` beside the default reporter.
 */
export default class BrowserCounts implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = countByBrowser(modules);
    const lines = [...counts].map(
      ([browser, c]) => `${browser}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`,
    );
    process.stdout.write(`\nBrowser tests by browser\n${lines.join('\n')}\n`);
  }
}
