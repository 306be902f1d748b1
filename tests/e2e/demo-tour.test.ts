import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS, START_URL } from '../../scripts/lib/tour';
import { startTour, type Tour } from '../../scripts/lib/tour-browser';
import { pngSize } from '../harness/png';
import { browserAvailable, browsersToTest, eventually, hintText } from '../harness/session';
import { startXvfb, xvfbInstalled, type VirtualDisplay } from '../harness/xvfb';

// Issue 19: `npm run demo` with a display is a guided tour. It runs here headed, under Xvfb (never on
// a real display), as a newcomer would see it: its first screen is the start page, using the whole
// window, with no hint on it; the terminal prints the same guide; the popup opens beside the page
// when a failure is found. The demo drives Chromium only, so this suite runs in Chromium.
// UPDATE_SCREENSHOTS=1 keeps the first screen for the README (tests/screenshots/demo-tour-start.png).
const SHOTS = process.env.UPDATE_SCREENSHOTS ? resolve('tests/screenshots') : undefined;
const SETTLE_MS = 1_500;

function xvfbAvailable(): boolean {
  if (xvfbInstalled()) return true;
  const message = 'No Xvfb found (apt-get install -y xvfb): the headed demo cannot be tested.';
  if (process.env.CI) throw new Error(message);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING THE HEADED DEMO TEST. ${message}\n${'!'.repeat(78)}\n`);
  return false;
}

const clickAndWait = (page: Page, selector: string) =>
  Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);

describe.runIf(browsersToTest().includes('chromium') && browserAvailable('chromium') && xvfbAvailable())(
  'chromium',
  () => {
    describe('the headed demo: a guided tour', () => {
      let display: VirtualDisplay;
      let tour: Tour;
      const printed: string[] = [];
      const out = SHOTS ?? mkdtempSync(join(tmpdir(), 'reissue-helper-tour-'));
      beforeAll(async () => {
        display = await startXvfb({ width: 1600, height: 900 });
        tour = await startTour({ env: { DISPLAY: display.display }, log: (line) => void printed.push(line) });
      });
      afterAll(async () => {
        await tour?.close();
        await display?.close();
        if (!SHOTS) rmSync(out, { recursive: true, force: true });
      });

      it('first screen: the start page fills the window, lists every scenario as the terminal does, and shows no hint', async () => {
        const page = tour.startPage;
        expect(page.url()).toBe(START_URL);
        // The window is used whole: no fixed 800×600 viewport inside a larger window.
        const size = await page.evaluate(() => ({
          inner: [innerWidth, innerHeight],
          outer: [outerWidth, outerHeight],
          visible: document.visibilityState,
        }));
        expect(size.visible).toBe('visible');
        expect(size.inner[0]).toBe(size.outer[0]);
        expect(size.inner[0]).toBe(tour.layout.page.width);
        expect(size.inner[0]).toBeGreaterThan(1_000);

        // One guide: the page's scenarios, in order, are the terminal's.
        const listed = await page.$$eval('main li', (items) =>
          items.map((li) => ({ href: li.querySelector('a')!.href, text: (li as HTMLElement).innerText })),
        );
        expect(listed.map((l) => l.href)).toEqual(SCENARIOS.map((s) => s.url));
        const guide = printed.join('\n');
        SCENARIOS.forEach((s, i) => {
          expect(listed[i]!.text).toContain(s.todo.ko);
          expect(listed[i]!.text).toContain(s.shows.ko);
          expect(guide).toContain(`${i + 1}. ${s.title.ko}`);
          expect(guide).toContain(s.todo.ko);
          expect(guide).toContain(s.shows.ko);
        });

        await new Promise((r) => setTimeout(r, SETTLE_MS));
        expect(await hintText(page)).toBeNull();
        expect(tour.findings).toEqual([]);
        const shot = join(out, 'demo-tour-start.png');
        await page.screenshot({ path: shot });
        expect(pngSize(shot)).toEqual({ width: size.inner[0], height: size.inner[1] });
      });

      it('the first scenario, links named after failures, shows nothing either', async () => {
        const page = tour.startPage;
        await clickAndWait(page, `a[href="${SCENARIOS[0]!.url}"]`);
        expect(SCENARIOS[0]!.expect).toBeUndefined();
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        expect(await hintText(page)).toBeNull();
        expect(tour.findings).toEqual([]);
        await page.goBack({ waitUntil: 'load' });
      });

      it('a failing scenario: the hint on the page, and the popup bound to its tab in a window beside it', async () => {
        const page = tour.startPage;
        const inline = SCENARIOS.find((s) => s.id === 'yessign-inline')!;
        await clickAndWait(page, `a[href="${inline.url}"]`);
        expect(
          await eventually(
            () => hintText(page),
            (t) => t !== null,
          ),
        ).toContain('본인확인 정보가 맞지 않아요');
        const found = await eventually(
          async () => tour.findings,
          (f) => f.length > 0,
          10_000,
        );
        expect(found.map((f) => [f.url, f.categories])).toEqual([[inline.url, [inline.expect]]]);
        const popupTarget = await tour.ext.browser.waitForTarget(
          (t) => t.url() === tour.ext.extensionUrl(`popup.html?tab=${found[0]!.tabId}`),
          { timeout: 10_000 },
        );
        const popup = (await popupTarget.asPage())!;
        await popup.waitForSelector('main.popup li.problem');
        expect(await popup.evaluate(() => document.body.innerText)).toContain('본인확인 정보가 맞지 않아요');
        // Beside the page: its own window, to the right of the page's window, which keeps the focus.
        const cdp = await popup.createCDPSession();
        const { windowId, bounds } = await cdp.send('Browser.getWindowForTarget');
        await cdp.detach();
        const pageCdp = await page.createCDPSession();
        const { windowId: pageWindow } = await pageCdp.send('Browser.getWindowForTarget');
        await pageCdp.detach();
        expect(windowId).not.toBe(pageWindow);
        expect(bounds.left).toBeGreaterThanOrEqual(tour.layout.page.left + tour.layout.page.width);
        expect(printed.at(-1)).toContain(inline.title.ko);
        expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
      });
    });
  },
);

// The same guide, done by the demo itself without a display: what `npm run demo` does in CI or over SSH.
describe.runIf(browsersToTest().includes('chromium') && browserAvailable('chromium'))('chromium', () => {
  describe('the headless demo', () => {
    it('does each scenario, prints the table, saves the screenshots and the side-by-side picture, and exits 0', () => {
      const env = { ...process.env };
      delete env.DISPLAY;
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--headless'], {
        env,
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(run.stderr).not.toMatch(/Error/);
      expect(run.status).toBe(0);
      for (const s of SCENARIOS) {
        expect(run.stdout).toMatch(new RegExp(`^✔\\s+${s.id}\\s+${s.expect ?? 'nothing'}\\s`, 'm'));
        expect(existsSync(resolve('demo-output', `${s.id}.png`))).toBe(true);
      }
      expect(run.stdout).toContain(`All ${SCENARIOS.length} scenarios behaved as the guide says.`);
      const both = pngSize(resolve('demo-output/hint-and-popup.png'));
      expect(both.width).toBeGreaterThan(1_400);
      // The README's first picture is that one (npm run screenshots rewrites it), and its tour picture is this suite's.
      const readme = readFileSync('README.md', 'utf8');
      expect(readme.indexOf('tests/screenshots/demo-hint-and-popup.png')).toBeLessThan(readme.indexOf('## '));
      expect(readme).toContain('tests/screenshots/demo-tour-start.png');
      expect(pngSize(resolve('tests/screenshots/demo-hint-and-popup.png'))).toEqual(both);
    }, 300_000);
  });
});
