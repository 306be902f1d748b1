import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

// axe-core in the browser tests: the default rules plus every WCAG 2.0/2.1/2.2 A and AA rule
// (some, such as target-size, are off by default). Injected through DevTools, so the extension
// pages' CSP does not stop it; the hint is audited inside its shadow root, open or closed.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const HINT_TAG = 'reissue-helper-hint';

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const RUN = `function (options) {
  const rules = Object.fromEntries(axe.getRules(options.tags).map((r) => [r.ruleId, { enabled: true }]));
  return axe.run(this === window || this === undefined ? document : this, { rules, resultTypes: ['violations'] }).then((r) =>
    JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) })))
  );
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

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

const hasClass = (n: DomNode, name: string) => {
  const attrs = n.attributes ?? [];
  const i = attrs.indexOf('class');
  return i >= 0 && (attrs[i + 1] ?? '').split(' ').includes(name);
};

/**
 * The in-page hint only, inside its shadow root. DevTools sees through closed shadow roots, so the
 * element is found there and axe runs with it as the context, in the page's main world.
 */
export async function auditHint(page: Page): Promise<Violation[]> {
  await inject(page);
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => n.nodeName.toLowerCase() === HINT_TAG);
    const shadow = host?.shadowRoots?.[0];
    const hint = shadow && find(shadow, (n) => hasClass(n, 'hint'));
    if (!hint) throw new Error('no hint on the page');
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: hint.nodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: RUN,
      arguments: [{ value: { tags: TAGS } }],
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return JSON.parse(result.value as string) as Violation[];
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Readable in a failing test's message. */
export const describeViolations = (violations: Violation[]): string =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 4).join('\n    ')}`).join('\n');
