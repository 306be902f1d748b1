// The headed demo: Chromium with the built extension, its window used whole, on the tour's start
// page; whenever the extension finds a failure in a tab, its popup (popup.html bound to that tab, as
// the tests open it) is shown in a window beside the page.
import type { CDPSession, Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/harness/chromium';
import { startReplicaServer, type ReplicaServer } from '../../tests/harness/server';
import { guideLines, SCENARIOS, START_HOST, START_URL, startPage } from './tour';

/** The popup window's width: the toolbar popup's own width and a little frame. */
const POPUP_WIDTH = 420;
/** Narrower screens get the popup over the page's right edge instead of beside it. */
const MIN_SIDE_BY_SIDE = 1200;
/** How often the tour asks the extension what it found. */
const WATCH_MS = 700;

export interface TourFinding {
  tabId: number;
  url: string;
  categories: string[];
}

export interface Tour {
  server: ReplicaServer;
  ext: ExtensionBrowser;
  /** The tab showing the start page. */
  startPage: Page;
  /** Where the page window and the popup window were put, in screen pixels. */
  layout: { page: Bounds; popup: Bounds };
  /** What has been found so far, in order, as the popup was opened for it. */
  findings: TourFinding[];
  /** Resolves when the person closes the browser. */
  closed: Promise<void>;
  close(): Promise<void>;
}

interface Bounds {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Puts the page's window on the left of the screen and returns where the popup goes. */
async function arrange(page: Page): Promise<{ page: Bounds; popup: Bounds }> {
  const screen = await page.evaluate(() => ({
    left: (window.screen as Screen & { availLeft?: number }).availLeft ?? 0,
    top: (window.screen as Screen & { availTop?: number }).availTop ?? 0,
    width: window.screen.availWidth,
    height: window.screen.availHeight,
  }));
  const sideBySide = screen.width >= MIN_SIDE_BY_SIDE;
  const pageBounds = {
    left: screen.left,
    top: screen.top,
    width: sideBySide ? screen.width - POPUP_WIDTH : screen.width,
    height: screen.height,
  };
  const popup = {
    left: screen.left + screen.width - POPUP_WIDTH,
    top: screen.top,
    width: POPUP_WIDTH,
    height: Math.min(screen.height, 860),
  };
  const cdp: CDPSession = await page.createCDPSession();
  try {
    const { windowId } = await cdp.send('Browser.getWindowForTarget');
    // A maximised window takes new bounds only once it is back to normal.
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: pageBounds });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  // The window takes its bounds at once, the page its size a moment later: start once the page has it.
  await page
    .waitForFunction(
      (width: number) => innerWidth === width && outerWidth === width,
      { timeout: 5_000 },
      pageBounds.width,
    )
    .catch(() => undefined);
  return { page: pageBounds, popup };
}

/** Every tab with problems, as the extension's background holds them (storage.session, as the popup reads it). */
async function tabsWithProblems(ext: ExtensionBrowser): Promise<TourFinding[]> {
  return (await ext.worker()).evaluate(async () => {
    const all = (await chrome.storage.session.get(null)) as Record<
      string,
      { problems?: Array<{ category: string }> } | undefined
    >;
    const found: Array<{ tabId: number; url: string; categories: string[] }> = [];
    for (const [key, value] of Object.entries(all)) {
      const problems = value?.problems ?? [];
      if (!key.startsWith('tab:') || problems.length === 0) continue;
      const tabId = Number(key.slice(4));
      const tab = await chrome.tabs.get(tabId).catch(() => undefined);
      if (tab?.url) found.push({ tabId, url: tab.url, categories: problems.map((p) => p.category) });
    }
    return found;
  });
}

/** Shows popup.html bound to `tabId` in the window beside the page (made, or reused while it is open). */
async function showPopup(
  ext: ExtensionBrowser,
  tabId: number,
  bounds: Bounds,
  windowId: number | undefined,
): Promise<number> {
  return (await ext.worker()).evaluate(
    async (url, where, existing) => {
      if (existing !== null) {
        const open = await chrome.windows.get(existing, { populate: true }).catch(() => undefined);
        const tab = open?.tabs?.[0];
        if (tab?.id !== undefined) {
          await chrome.tabs.update(tab.id, { url });
          return existing;
        }
      }
      const made = await chrome.windows.create({ url, type: 'popup', focused: false, ...where });
      return made?.id ?? -1;
    },
    ext.extensionUrl(`popup.html?tab=${tabId}`),
    bounds,
    windowId ?? null,
  );
}

/**
 * Starts the headed tour. `env` reaches the browser (a DISPLAY); `log` gets the guide and what is
 * found, line by line.
 */
export async function startTour(
  options: { env?: Record<string, string>; log?: (line: string) => void } = {},
): Promise<Tour> {
  const log = options.log ?? ((line: string) => console.log(line));
  const server = await startReplicaServer(undefined, { [`${START_HOST}/`]: startPage() });
  let ext: ExtensionBrowser;
  try {
    ext = await launchWithExtension({
      port: server.port,
      headless: false,
      wholeWindow: true,
      ...(options.env ? { env: options.env } : {}),
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  // The extension opens its first-run page on install, in a tab of its own: it stays behind the
  // start page, which is brought to the front (a tab that is not in front renders nothing).
  await ext.browser
    .waitForTarget((t) => t.url() === ext.extensionUrl('onboarding.html'), { timeout: 5_000 })
    .catch(() => undefined);
  const page =
    (await ext.browser.pages()).find((p) => p.url() === 'about:blank') ?? (await ext.browser.newPage());
  await page.goto(START_URL, { waitUntil: 'load' });
  await page.bringToFront();
  const layout = await arrange(page);
  for (const line of guideLines()) log(line);
  log('Chromium is open on the start page. Close its window (or press Ctrl+C here) to stop.');

  const findings: TourFinding[] = [];
  const seen = new Map<number, string>();
  let popupWindow: number | undefined;
  let stopped = false;
  const closed = new Promise<void>((done) => ext.browser.once('disconnected', () => done()));
  void closed.then(() => (stopped = true));

  const watch = async (): Promise<void> => {
    while (!stopped) {
      try {
        const now = await tabsWithProblems(ext);
        // A tab that moved to another site starts again: the same problem there is news.
        for (const tabId of seen.keys()) if (!now.some((f) => f.tabId === tabId)) seen.delete(tabId);
        for (const found of now) {
          const signature = found.categories.join(',');
          if (seen.get(found.tabId) === signature) continue;
          seen.set(found.tabId, signature);
          popupWindow = await showPopup(ext, found.tabId, layout.popup, popupWindow);
          findings.push(found);
          const scenario = SCENARIOS.find((s) => s.url === found.url);
          log(
            `→ ${scenario ? scenario.title.ko : found.url}: found ${found.categories.join(', ')}; the popup is beside the page.`,
          );
        }
      } catch (error) {
        // The browser is closing, or the worker is between lives: the next turn tries again.
        if (stopped) return;
        if (!/Target closed|Session closed|did not answer|Protocol error|No target/i.test(String(error)))
          log(`(tour: ${String(error)})`);
      }
      await new Promise((r) => setTimeout(r, WATCH_MS));
    }
  };
  const watching = watch();

  return {
    server,
    ext,
    startPage: page,
    layout,
    findings,
    closed,
    async close() {
      stopped = true;
      await ext.close();
      await watching;
      await server.close();
    },
  };
}
