import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium, launchWithExtension, REPLICA_HOSTS, type ExtensionBrowser } from '../tests/harness/chromium';

/** Two browsers with the same flags, one with the extension and one without, for ratios in the same run. */
export interface BrowserPair {
  with: ExtensionBrowser;
  without: Browser;
  close(): Promise<void>;
}

export async function launchPair(port: number): Promise<BrowserPair> {
  const withExtension = await launchWithExtension({ port });
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found');
  // The same arguments the harness uses, minus the extension.
  const without = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    ignoreDefaultArgs: ['--disable-popup-blocking'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-features=HttpsUpgrades', '--lang=ko',
      `--host-resolver-rules=${[...REPLICA_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`,
    ],
  });
  return {
    with: withExtension,
    without,
    async close() {
      await withExtension.close();
      await without.close();
    },
  };
}

export type Metrics = Record<string, number>;

/** Loads `url` in a fresh tab, waits for `done` in the page, and returns the renderer's metrics. */
export async function measurePage(browser: Browser, url: string, done: (page: Page) => Promise<unknown>, settleMs: number): Promise<{ metrics: Metrics; loadMs: number }> {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await done(page);
  // The extension batches its work per frame: let it finish before reading the totals.
  await new Promise((r) => setTimeout(r, settleMs));
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const loadMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd - nav.startTime : NaN;
  });
  await page.close();
  return { metrics: Object.fromEntries(metrics.map((m) => [m.name, m.value])), loadMs };
}
