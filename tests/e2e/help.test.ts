import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, browserAvailable, clickInHint, eventually, hintText, inHint, startSession, tabProblems, type Session } from '../harness/session';

const Y = 'http://www.yessign.or.kr';
/** `npm run screenshots` sets this to refresh the README's pictures. */
const SHOTS = process.env.UPDATE_SCREENSHOTS ? resolve('tests/screenshots') : undefined;

async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await new Promise((r) => setTimeout(r, 300)); // the hint's entrance animation
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), ...options });
}

describe.runIf(browserAvailable())('help: hint, badge and popup', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openPopup(tabId: number, dark = false): Promise<Page> {
    const popup = await session.ext.browser.newPage();
    await popup.setViewport({ width: 380, height: 600 });
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
    await popup.goto(`chrome-extension://${session.ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main.popup');
    return popup;
  }

  it('shows the hint with the fix soon after a failure; Esc closes it', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/inline.html`);
    await page.setViewport({ width: 1100, height: 720 });
    const text = await eventually(() => hintText(page), (t) => t !== null);
    expect(text).toContain('본인확인 정보가 맞지 않아요');
    const steps = await inHint(page, (root) => root.querySelectorAll('ol > li').length);
    expect(steps).toBe(4);
    expect(await badgeText(await session.worker(), tabId)).toBe('1');
    // The page's form keeps focus; the hint does not take it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await shoot(page, 'hint');
    await page.keyboard.press('Escape');
    await eventually(() => hintText(page), (t) => t === null);
    await page.close();
  });

  it('"이 사이트에서 숨기기" keeps the hint hidden after a reload, while the badge still counts', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/inline.html`);
    await eventually(() => hintText(page), (t) => t !== null);
    await clickInHint(page, '이 사이트에서 숨기기');
    await eventually(() => hintText(page), (t) => t === null);
    await page.reload({ waitUntil: 'load' });
    await page.goto(`${Y}/reissue/delayed.html`, { waitUntil: 'load' });
    await eventually(async () => tabProblems(await session.worker(), tabId), (p) => p.length === 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(await hintText(page)).toBeNull();
    expect(await badgeText(await session.worker(), tabId)).toBe('2');
    // Undo, for the tests after this one.
    const worker = await session.worker();
    await worker.evaluate(async () => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings: { hintHiddenHosts: string[] } };
      await chrome.storage.local.set({ settings: { ...settings, hintHiddenHosts: [] } });
    });
    await page.close();
  });

  it('the popup lists the problem with its checklist; a tick survives closing and reopening', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/inline.html`);
    await eventually(async () => tabProblems(await session.worker(), tabId), (p) => p.length > 0);
    let popup = await openPopup(tabId);
    const text = await popup.$eval('main.popup', (el) => (el as HTMLElement).innerText);
    expect(text).toContain('이 페이지에서 발견된 문제');
    expect(text).toContain('본인확인 정보가 맞지 않아요');
    expect(text).toContain('재발급 전 체크리스트');
    // 380 px wide and nothing wider inside it.
    expect(await popup.evaluate(() => [document.documentElement.scrollWidth <= document.documentElement.clientWidth, document.querySelector('main')!.getBoundingClientRect().width])).toEqual([true, 380]);
    const steps = await popup.$$('li.problem input[type="checkbox"]');
    expect(steps).toHaveLength(4);
    await steps[1]!.click();
    await shoot(popup, 'popup-light', { fullPage: true });
    await popup.close();

    popup = await openPopup(tabId, true);
    await popup.waitForFunction(() => (document.querySelectorAll('li.problem input[type="checkbox"]')[1] as HTMLInputElement)?.checked === true);
    const ticks = await popup.$$eval('li.problem input[type="checkbox"]', (boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
    expect(ticks).toEqual([false, true, false, false]);
    await shoot(popup, 'popup-dark', { fullPage: true });
    await popup.close();
    await page.close();
  });

  it('the copied report has none of the page\'s personal numbers', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/personal.html`);
    const [problem] = await eventually(async () => tabProblems(await session.worker(), tabId), (p) => p.length > 0);
    // Even what the background keeps of the message is redacted.
    expect(problem?.text).toContain('******-*******');
    expect(problem?.text).not.toMatch(/900101|1234567|010-1234|홍길동/);

    const origin = `chrome-extension://${session.ext.extensionId}`;
    await session.ext.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const popup = await openPopup(tabId);
    await popup.bringToFront();
    await popup.click('.report button.primary');
    await popup.waitForFunction(() => document.querySelector('.report .status')?.textContent?.includes('복사했어요'));
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('[재발급 도우미 진단 보고서]');
    expect(copied).toContain('본인확인 정보가 맞지 않아요');
    expect(copied).toMatch(/시각: \d{4}-\d{2}-\d{2} \(.\) \d{2}:\d{2} KST/);
    expect(copied).not.toMatch(/900101|1234567|1234-5678|홍길동/);
    expect(copied).not.toMatch(/\d{7,}/);
    await popup.close();
    await page.close();
  });
});
