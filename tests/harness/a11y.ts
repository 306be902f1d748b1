import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { callOnHint } from './hint-root';

// axe-core in the browser tests: the default rules plus every WCAG 2.0/2.1/2.2 A and AA rule
// (some, such as target-size, are off by default). Injected through the browser's remote protocol
// (DevTools or WebDriver BiDi), so the extension pages' CSP does not stop it; the hint is audited
// inside its shadow root, which is closed to the page.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const HINT_TAG = 'reissue-helper-hint';

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

// axe follows shadow roots through host.shadowRoot, which is null for the hint's closed root. The
// test, which reached the root through the browser's protocol, lends it to axe on the host for the
// audit only (a page's own script has no way to the root, so it can do no such thing).
const RUN = `function (options) {
  const rules = Object.fromEntries(axe.getRules(options.tags).map((r) => [r.ruleId, { enabled: true }]));
  const target = this === window || this === undefined ? document : this;
  const root = target === document ? null : target.getRootNode();
  const lend = root instanceof ShadowRoot && root.mode === 'closed' ? root.host : null;
  if (lend) Object.defineProperty(lend, 'shadowRoot', { value: root, configurable: true });
  const done = () => { if (lend) delete lend.shadowRoot; };
  return axe.run(target, { rules, resultTypes: ['violations'] }).then((r) => {
    done();
    return JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) })));
  }, (error) => {
    done();
    throw error;
  });
}`;

async function inject(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(axeSource);
}

/** The whole page (popup, options, first-run page). */
export async function auditPage(page: Page): Promise<Violation[]> {
  await inject(page);
  const json = await page.evaluate(`(${RUN}).call(document, ${JSON.stringify({ tags: TAGS })})`);
  return JSON.parse(json as string) as Violation[];
}

/**
 * The in-page hint only, inside its shadow root (open or closed; see hint-root.ts): axe runs with
 * the hint's card as the context, in the page's main world.
 */
export async function auditHint(page: Page): Promise<Violation[]> {
  await inject(page);
  return JSON.parse(await callOnHint(page, 'card', RUN, [{ tags: TAGS }])) as Violation[];
}

/** Readable in a failing test's message. */
export const describeViolations = (violations: Violation[]): string =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 4).join('\n    ')}`)
    .join('\n');
