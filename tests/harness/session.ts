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
  program?: string;
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

/** The text of the in-page hint (inside its shadow root), or null when none is shown. */
export async function hintText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('reissue-helper-hint');
    const card = host?.shadowRoot?.querySelector('.hint');
    if (!card) return null;
    const box = (card as HTMLElement).getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? ((card as HTMLElement).innerText ?? card.textContent) : null;
  });
}

/** Opens the popup page for a tab and returns its visible text. */
export async function popupText(ext: ExtensionBrowser, tabId: number): Promise<{ page: Page; text: string }> {
  const page = await ext.browser.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await page.waitForSelector('main.popup');
  const text = await page.evaluate(() => document.body.innerText);
  return { page, text };
}
