import type { Page } from 'puppeteer-core';
import { bidi, contextOf } from './firefox';

// The in-page hint lives in a shadow root that may be closed to the page. Tests that measure it
// (axe, readability) reach it as the browsers' remote protocols allow, open or closed: Chromium's
// DevTools protocol pierces shadow roots; WebDriver BiDi serialises a node's shadow root, closed
// too, when asked to include every shadow tree.

const HOST = 'reissue-helper-hint';

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
 * Calls `functionDeclaration` (source text) in the page's main world with `this` set to the hint's
 * shadow root (`root`) or to its card, `.hint` (`card`), and the JSON arguments; returns its result,
 * which must be a string (the callers return JSON).
 */
export async function callOnHint(
  page: Page,
  on: 'root' | 'card',
  functionDeclaration: string,
  args: unknown[],
  hostTag = HOST,
): Promise<string> {
  if ((page.browser() as unknown as { protocol: string }).protocol !== 'cdp')
    return callOnHintBidi(page, on, functionDeclaration, args, hostTag);
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => n.nodeName.toLowerCase() === hostTag);
    const shadow = host?.shadowRoots?.[0];
    const target = on === 'root' ? shadow : shadow && find(shadow, (n) => hasClass(n, 'hint'));
    if (!target) throw new Error('no hint on the page');
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: target.nodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration,
      arguments: args.map((value) => ({ value })),
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as string;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function callOnHintBidi(
  page: Page,
  on: 'root' | 'card',
  functionDeclaration: string,
  args: unknown[],
  hostTag: string,
): Promise<string> {
  const connection = bidi(page.browser());
  const target = { context: contextOf(page) };
  const { result: host } = await connection.send('script.callFunction', {
    functionDeclaration: `() => document.querySelector(${JSON.stringify(hostTag)})`,
    target,
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadowRoot = (host.result as { value?: { shadowRoot?: { sharedId?: string } } } | undefined)?.value
    ?.shadowRoot?.sharedId;
  if (!shadowRoot) throw new Error('no hint on the page');
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: `function (on, json) {
      const self = on === 'root' ? this : this.querySelector('.hint');
      if (!self) throw new Error('no hint card in the hint');
      return (${functionDeclaration}).apply(self, JSON.parse(json));
    }`,
    this: { sharedId: shadowRoot },
    arguments: [
      { type: 'string', value: on },
      { type: 'string', value: JSON.stringify(args) },
    ],
    target,
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`in the hint: ${JSON.stringify(result.exceptionDetails)}`);
  return (result.result as { value: string }).value;
}

/** The text inside another of our closed roots on the page (the e-mail note), or '' when there is none. */
export async function shadowText(page: Page, hostTag: string): Promise<string> {
  if (!(await page.$(hostTag))) return '';
  return callOnHint(page, 'root', 'function () { return this.textContent ?? ""; }', [], hostTag).catch(
    () => '',
  );
}
