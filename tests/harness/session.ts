import type { Page } from 'puppeteer-core';
import { findChromium, launchWithExtension, type ExtensionBrowser, type WorkerHandle } from './chromium';
import { startReplicaServer, type ReplicaServer } from './server';

/**
 * Browser tests run wherever a Chromium is installed. In CI (CI=true) a missing browser is a
 * failure, never a skip; elsewhere the suite is skipped with a loud message.
 */
export function browserAvailable(): boolean {
  if (findChromium()) return true;
  const message = 'No Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH): the browser tests cannot run.';
  if (process.env.CI) throw new Error(message);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING BROWSER TESTS. ${message}\n${'!'.repeat(78)}\n`);
  return false;
}

export interface Session {
  server: ReplicaServer;
  ext: ExtensionBrowser;
  /**
   * Opens a page, answering every dialog (and keeping what it said) so tests never hang on one.
   * `tabId` is -1 where the extension may not see the tab's URL (an unlisted site).
   */
  open(url: string): Promise<{ page: Page; dialogs: string[]; tabId: number }>;
  worker(): Promise<WorkerHandle>;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const server = await startReplicaServer();
  const ext = await launchWithExtension({ port: server.port });
  return {
    server,
    ext,
    worker: () => ext.worker(),
    async open(url) {
      const page = await ext.browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        // As a person pressing OK: a prompt keeps its default answer.
        void dialog.accept(dialog.type() === 'prompt' ? dialog.defaultValue() : undefined);
      });
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await tabIdOf(await ext.worker(), page.url()).catch(() => -1);
      return { page, dialogs, tabId };
    },
    async close() {
      await ext.close();
      await server.close();
    },
  };
}

/** The tab id of the newest tab showing `url` (tab ids only grow), asked of the extension itself. */
export async function tabIdOf(worker: WorkerHandle, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const ids = tabs.filter((t) => t.url === u && t.id !== undefined).map((t) => t.id as number);
    if (ids.length === 0) throw new Error(`no tab for ${u}: ${tabs.map((t) => t.url).join(', ')}`);
    return Math.max(...ids);
  }, url);
}

export interface StoredProblem {
  problemId: string;
  category: string;
  source: string;
  code?: string;
  text: string;
}

/** The background's record of a tab, read from storage.session as the popup would get it. */
export async function tabProblems(worker: WorkerHandle, tabId: number): Promise<StoredProblem[]> {
  return worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const stored = (await chrome.storage.session.get(key)) as Record<string, { problems: StoredProblem[] } | undefined>;
    return stored[key]?.problems ?? [];
  }, tabId);
}

export async function badgeText(worker: WorkerHandle, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until `read` returns a value `accept` likes; polls, because the extension works asynchronously. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

/**
 * Runs `fn` on the in-page hint's shadow root and returns its result, or null when there is no
 * hint. The root is closed, so no page script can reach it: the test goes through DevTools, which
 * sees closed roots (DOM.getDocument with pierce), the way a person's browser tools would.
 */
export async function inHint<R, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | null> {
  const cdp = await page.createCDPSession();
  try {
    type DomNode = { nodeName: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as { root: DomNode };
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const shadow = html?.children?.find((n) => n.nodeName === 'REISSUE-HELPER-HINT')?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return (result.value ?? null) as R | null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The text of the in-page hint, or null when none is shown. */
export async function hintText(page: Page): Promise<string | null> {
  return inHint(page, (root) => {
    const card = root.querySelector('.hint') as HTMLElement | null;
    if (!card) return null;
    const box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? (card.innerText ?? card.textContent) : null;
  });
}

/** Clicks a control of the hint as a person does: a real (trusted) mouse click on its place. */
export async function clickInHint(page: Page, label: string): Promise<void> {
  const point = await inHint(
    page,
    (root, wanted: string) => {
      const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === wanted || b.getAttribute('aria-label') === wanted);
      if (!button) return null;
      const box = button.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    label,
  );
  if (!point) throw new Error(`no "${label}" in the hint`);
  await page.mouse.click(point.x, point.y);
}

/** Opens the popup page for a tab and returns its visible text. */
export async function popupText(ext: ExtensionBrowser, tabId: number): Promise<{ page: Page; text: string }> {
  const page = await ext.browser.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await page.waitForSelector('main.popup');
  const text = await page.evaluate(() => document.body.innerText);
  return { page, text };
}
