import type { Browser, Dialog } from 'puppeteer-core';

// The page's view of the browser (tests/replicas/www.yessign.or.kr/probe/probe.js), read the same
// way in any browser puppeteer drives: with and without the extension, Chromium or Firefox.

export const PROBE_URL = 'http://www.yessign.or.kr/probe/';

export interface ProbeResult {
  values: Record<string, string>;
  dialogs: string[];
}

/**
 * Answers a dialog as a person pressing OK (a prompt keeps its default answer). The page or its frame
 * may be gone by the time the answer arrives (Firefox over WebDriver BiDi then rejects with "no such
 * frame"): nothing is left to answer, and an unhandled rejection would fail the whole run.
 */
export function pressOk(dialog: Dialog): void {
  dialog.accept(dialog.type() === 'prompt' ? dialog.defaultValue() : undefined).catch((error: unknown) => {
    // Any other failure stays an unhandled rejection, which fails the run as it should.
    if (!GONE.test(String(error))) throw error;
  });
}

/** What the browser says when the dialog's page or frame is no longer there. */
const GONE = /no such frame|target closed|session closed|detached|no dialog is showing/i;

/** The probe pages: the page's view of functions, globals and events; and a page that tampers. */
export const PROBE_PAGES = [PROBE_URL, `${PROBE_URL}tampered.html`];

/**
 * Loads a probe page (tests/replicas/www.yessign.or.kr/probe/) and returns what it read, plus the
 * dialogs it showed. Works with any puppeteer browser, so another browser's harness can use it.
 */
export async function readProbe(browser: Browser, url = PROBE_URL): Promise<ProbeResult> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    pressOk(dialog);
  });
  await page.goto(url, { waitUntil: 'load' });
  // The page publishes what it read as JSON in the DOM when it is done.
  const result = await page.waitForSelector('#probe-result', { timeout: 30_000 });
  const values = JSON.parse((await result!.evaluate((element) => element.textContent)) ?? '{}') as Record<
    string,
    string
  >;
  await page.close();
  return { values, dialogs };
}

/**
 * Every key whose value differs, shortened for reading; `tolerated` may excuse a known difference
 * between two values (the caller says which, and why).
 */
export function differences(
  without: Record<string, string>,
  withExtension: Record<string, string>,
  tolerated: (without: string, withExtension: string, key: string) => boolean = () => false,
): string[] {
  const cut = (s: string | undefined) =>
    s === undefined ? '(missing)' : s.length > 400 ? `${s.slice(0, 400)}…` : s;
  const keys = [...new Set([...Object.keys(without), ...Object.keys(withExtension)])].sort();
  return keys
    .filter((k) => without[k] !== withExtension[k])
    .filter(
      (k) =>
        without[k] === undefined ||
        withExtension[k] === undefined ||
        !tolerated(without[k]!, withExtension[k]!, k),
    )
    .map((k) => `${k}\n  without: ${cut(without[k])}\n  with:    ${cut(withExtension[k])}`);
}
