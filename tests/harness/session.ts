import type { Browser, Page } from 'puppeteer-core';
import { describe } from 'vitest';
import {
  findChromium,
  launchWithExtension,
  launchWithoutExtension,
  type ExtensionBrowser,
  type WorkerHandle,
} from './chromium';
import { BROWSER_NAMES, poll, type BrowserName } from './extension-browser';
import { findFirefox, launchFirefoxWithExtension, launchFirefoxWithoutExtension } from './firefox';
import { callOnHint } from './hint-root';
import { pressOk } from './page-probe';
import { startReplicaServer, type ReplicaServer } from './server';

export { BROWSER_NAMES, type BrowserName } from './extension-browser';

const INSTALL: Record<BrowserName, string> = {
  chromium: 'No Chromium found (apt-get install -y chromium chromium-l10n, or set CHROMIUM_PATH)',
  firefox: 'No Firefox found (apt-get install -y firefox-esr firefox-esr-l10n-ko, or set FIREFOX_PATH)',
};

export const findBrowser = (name: BrowserName): string | undefined =>
  name === 'firefox' ? findFirefox() : findChromium();

/**
 * Browser tests run wherever the browser is installed. In CI (CI=true) a missing browser is a
 * failure, never a skip; elsewhere that browser's tests are skipped with a loud message.
 */
export function browserAvailable(name: BrowserName = 'chromium'): boolean {
  if (findBrowser(name)) return true;
  const message = `${INSTALL[name]}: the browser tests cannot run in ${name}.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING BROWSER TESTS. ${message}\n${'!'.repeat(78)}\n`);
  return false;
}

/** The browsers to test in: all of them, or those named in BROWSERS (e.g. BROWSERS=firefox for a quick local run). */
export function browsersToTest(): BrowserName[] {
  const wanted = process.env.BROWSERS?.split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (!wanted?.length) return [...BROWSER_NAMES];
  const unknown = wanted.filter((b) => !(BROWSER_NAMES as readonly string[]).includes(b));
  if (unknown.length)
    throw new Error(`BROWSERS: unknown ${unknown.join(', ')} (know ${BROWSER_NAMES.join(', ')})`);
  return wanted as BrowserName[];
}

/**
 * A browser test suite, once per browser: `describe('<browser>', describe(name, …))`. The browser's
 * name is the outer suite so the run can count each browser's tests (tests/harness/browser-counts.ts).
 * A test that cannot run in one of them skips there and says why.
 */
export function describeInBrowsers(name: string, body: (browser: BrowserName) => void): void {
  for (const browser of browsersToTest()) {
    describe.runIf(browserAvailable(browser))(browser, () => {
      describe(name, () => body(browser));
    });
  }
}

export function launchBrowser(
  name: BrowserName,
  options: { port: number; headless?: boolean; lang?: 'ko' | 'en' },
): Promise<ExtensionBrowser> {
  return name === 'firefox' ? launchFirefoxWithExtension(options) : launchWithExtension(options);
}

/** The same browser, set up the same way, with no extension: what a page sees without us. */
export function launchBrowserWithoutExtension(
  name: BrowserName,
  options: { port: number },
): Promise<{ browser: Browser; close(): Promise<void> }> {
  return name === 'firefox' ? launchFirefoxWithoutExtension(options) : launchWithoutExtension(options);
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

export async function startSession(
  options: { browser?: BrowserName; lang?: 'ko' | 'en' } = {},
): Promise<Session> {
  const server = await startReplicaServer();
  const ext = await launchBrowser(options.browser ?? 'chromium', {
    port: server.port,
    lang: options.lang,
  }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    server,
    ext,
    worker: () => ext.worker(),
    async open(url) {
      const page = await ext.browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        pressOk(dialog);
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
    const stored = (await chrome.storage.session.get(key)) as Record<
      string,
      { problems: StoredProblem[] } | undefined
    >;
    return stored[key]?.problems ?? [];
  }, tabId);
}

export async function badgeText(worker: WorkerHandle, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until `read` returns a value `accept` likes; polls, because the extension works asynchronously. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

/**
 * Runs `fn` on the in-page hint's shadow root and returns its result (JSON), or null when there is
 * no hint. The root is closed, so no page script can reach it: the test goes through the browser's
 * remote protocol, which sees closed roots (hint-root.ts), the way a person's browser tools would.
 */
export async function inHint<R, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R,
  arg?: A,
): Promise<R | null> {
  try {
    const json = await callOnHint(
      page,
      'root',
      `function (arg) { return JSON.stringify((${fn.toString()})(this, arg) ?? null); }`,
      [arg ?? null],
    );
    return JSON.parse(json) as R | null;
  } catch (error) {
    // No hint, or one that went away while it was being looked up.
    if (/no hint|No node with given id|no such node/i.test(String(error))) return null;
    throw error;
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

/**
 * Clicks a control of the hint as a person does: a real (trusted) mouse click on its place. The
 * control is named by its text or label, or by a CSS selector (`{ selector }`).
 */
export async function clickInHint(page: Page, control: string | { selector: string }): Promise<void> {
  const label = typeof control === 'string' ? control : control.selector;
  const point = await inHint(
    page,
    (root, wanted: { text?: string; selector?: string }) => {
      const button = wanted.selector
        ? root.querySelector(wanted.selector)
        : Array.from(root.querySelectorAll('button')).find(
            (b) => b.textContent?.trim() === wanted.text || b.getAttribute('aria-label') === wanted.text,
          );
      if (!button) return null;
      // The card scrolls when it is taller than its room: bring the control into view first.
      button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = button.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    typeof control === 'string' ? { text: control } : { selector: control.selector },
  );
  if (!point) throw new Error(`no "${label}" in the hint`);
  await page.bringToFront();
  await page.mouse.click(point.x, point.y);
}

/** Opens the popup page for a tab and returns its visible text. */
export async function popupText(ext: ExtensionBrowser, tabId: number): Promise<{ page: Page; text: string }> {
  const page = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  await waitForSelector(page, 'main.popup');
  const text = await page.evaluate(() => document.body.innerText);
  return { page, text };
}

/**
 * Waits until `fn` returns a truthy value in the page, and returns it (JSON). Chromium uses
 * puppeteer's own waitForFunction; Firefox 140's BiDi lacks what that needs, so there the page is
 * polled (the same in 153, so the fallback is what the tests exercise).
 */
export async function waitForFunction<R, A extends unknown[]>(
  page: Page,
  fn: (...args: A) => R,
  options: { timeout?: number } = {},
  ...args: A
): Promise<NonNullable<R>> {
  const timeout = options.timeout ?? 10_000;
  if ((page.browser() as unknown as { protocol: string }).protocol === 'cdp') {
    const handle = await page.waitForFunction(fn as (...a: unknown[]) => R, { timeout }, ...args);
    return (await handle.jsonValue()) as NonNullable<R>;
  }
  return poll(
    () => page.evaluate(fn as (...a: unknown[]) => R, ...args) as Promise<R>,
    timeout,
    `waitForFunction(${fn.toString().slice(0, 80)})`,
  );
}

export const waitForSelector = (
  page: Page,
  selector: string,
  options: { timeout?: number } = {},
): Promise<boolean> =>
  waitForFunction(page, (s: string) => document.querySelector(s) !== null, options, selector);
