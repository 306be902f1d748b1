import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  badgeText,
  clickInHint,
  describeInBrowsers,
  eventually,
  hintText,
  inHint,
  startSession,
  tabProblems,
  waitForFunction,
  waitForSelector,
  type BrowserName,
  type Session,
} from '../harness/session';

/** The hint's card (or chip) and the page's message element, as rectangles in the viewport. */
async function boxes(page: Page, messageSelector: string) {
  const box = (r: { left: number; top: number; right: number; bottom: number } | null) =>
    r && { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  // The hint's root is closed to the page: its card is measured through the browser's protocol.
  const hint = await inHint(page, (root) => {
    const r = root.querySelector('.card, .chip-button')?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  });
  const message = await page.evaluate((selector) => {
    const r = document.querySelector(selector)?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  }, messageSelector);
  return { hint: box(hint), message: box(message) };
}
const intersects = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const Y = 'http://www.yessign.or.kr';
/** `npm run screenshots` sets this to refresh the README's pictures. */
const SHOTS = process.env.UPDATE_SCREENSHOTS ? resolve('tests/screenshots') : undefined;

/** The README's pictures come from the Chromium run (the one Chrome, Edge and Whale users see). */
async function shoot(
  browser: BrowserName,
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (!SHOTS || browser !== 'chromium') return;
  mkdirSync(SHOTS, { recursive: true });
  await new Promise((r) => setTimeout(r, 300)); // the hint's entrance animation
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), ...options });
}

describeInBrowsers('help: hint, badge and popup', (browser) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openPopup(tabId: number, dark = false): Promise<Page> {
    const popup = await session.ext.openExtensionPage(`popup.html?tab=${tabId}`, {
      viewport: { width: 380, height: 600 },
      colorScheme: dark ? 'dark' : 'light',
    });
    await waitForSelector(popup, 'main.popup');
    return popup;
  }

  it('shows the hint with the fix soon after a failure; Esc closes it', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/inline.html`);
    await session.ext.setViewport(page, { width: 1100, height: 720 });
    const text = await eventually(
      () => hintText(page),
      (t) => t !== null,
    );
    expect(text).toContain('본인확인 정보가 맞지 않아요');
    const steps = await inHint(page, (root) => root.querySelectorAll('ol > li').length);
    expect(steps).toBe(3);
    expect(await badgeText(await session.worker(), tabId)).toBe('1');
    // The page's form keeps focus; the hint does not take it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.keyboard.press('Escape');
    await eventually(
      () => hintText(page),
      (t) => t === null,
    );
    await page.close();
  });

  it("the hint never covers the page's own message: 1280×720 and 800×600, at 100 % and 200 % zoom", async () => {
    // Zoom is the viewport in CSS pixels halved, at twice the pixel density, as the browser's zoom does.
    const sizes = [
      { name: '1280×720', width: 1280, height: 720 },
      { name: '800×600', width: 800, height: 600 },
    ];
    const pages: Array<[string, string]> = [
      [`${Y}/reissue/inline.html`, 'p.error'],
      [`${Y}/reissue/toast.html`, 'p.toast'],
    ];
    for (const [url, selector] of pages) {
      const { page } = await session.open(url);
      await page.bringToFront();
      for (const size of sizes) {
        for (const zoom of [1, 2]) {
          await session.ext.setViewport(page, {
            width: size.width / zoom,
            height: size.height / zoom,
            deviceScaleFactor: zoom,
          });
          // The user scrolls the message into view (zoomed in, it may have been below the fold).
          await page.evaluate(
            (sel) => document.querySelector(sel)!.scrollIntoView({ block: 'center' }),
            selector,
          );
          // Placement follows a resize on the next frame and a scroll once it stops: wait for it.
          const { hint, message } = await eventually(
            () => boxes(page, selector),
            (b) => b.hint !== null && b.message !== null && !intersects(b.hint, b.message),
          ).catch(async (error: Error) => ({ ...(await boxes(page, selector)), error }));
          expect(
            intersects(hint!, message!),
            `${url} ${size.name} ${zoom * 100} %: hint ${JSON.stringify(hint)} message ${JSON.stringify(message)}`,
          ).toBe(false);
          // Settled: it stays clear of the message.
          await new Promise((r) => setTimeout(r, 400));
          const after = await boxes(page, selector);
          expect(intersects(after.hint!, after.message!)).toBe(false);
          if (url.endsWith('inline.html') && size.name === '1280×720')
            await shoot(browser, page, zoom === 1 ? 'hint' : 'hint-zoom-200');
        }
      }
      await page.close();
    }
  });

  it('"이 사이트에서 숨기기" keeps the hint hidden after a reload, while the badge still counts', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/inline.html`);
    await eventually(
      () => hintText(page),
      (t) => t !== null,
    );
    await page.bringToFront();
    await clickInHint(page, '이 사이트에서 숨기기');
    await eventually(
      () => hintText(page),
      (t) => t === null,
    );
    await page.reload({ waitUntil: 'load' });
    await page.goto(`${Y}/reissue/delayed.html`, { waitUntil: 'load' });
    await eventually(
      async () => tabProblems(await session.worker(), tabId),
      (p) => p.length === 2,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(await hintText(page)).toBeNull();
    expect(await badgeText(await session.worker(), tabId)).toBe('2');
    // The popup shows it: the hint switch is off, with a note; switching it on undoes the hiding.
    const popup = await openPopup(tabId);
    const hintSwitch = 'input[name="hint-shown"]';
    expect(await popup.$eval(hintSwitch, (el) => (el as HTMLInputElement).checked)).toBe(false);
    expect(await popup.$eval('.site', (el) => (el as HTMLElement).innerText)).toContain(
      '화면 안 안내를 숨겼어요',
    );
    // The options page lists the site with "다시 보이기".
    const options = await session.ext.openExtensionPage('options.html');
    await waitForSelector(options, 'button[data-show-again="www.yessign.or.kr"]');
    await options.close();
    await popup.bringToFront();
    await popup.click(hintSwitch);
    await waitForFunction(
      popup,
      (sel: string) => (document.querySelector(sel) as HTMLInputElement).checked,
      {},
      hintSwitch,
    );
    // The hint comes back on the page at once.
    await eventually(
      () => hintText(page),
      (t) => t !== null,
    );
    await popup.close();
    await page.close();
  });

  it('the popup on an unlisted site says the helper does not work there and adds the site when asked', async () => {
    const { page } = await session.open('http://www.unlisted-example.kr/');
    // The browser's permission prompt cannot be clicked by a test: grant the site in the browser's
    // own extension settings first, so the popup's request resolves without asking.
    await session.ext.grantHostPermission('*://www.unlisted-example.kr/*');
    const popup = await session.ext.openActionPopup(page);
    await session.ext.setViewport(popup, { width: 380, height: 400 });
    await waitForSelector(popup, '.site.unlisted button');
    const text = await popup.$eval('main.popup', (el) => (el as HTMLElement).innerText);
    expect(text).toContain('이 사이트에서는 동작하지 않아요');
    expect(text).not.toContain('지켜보는');
    expect(text).not.toContain('발견된 문제가 없어요');
    await shoot(browser, popup, 'popup-unlisted');
    await popup.click('.site.unlisted button');
    // Added: the popup now shows it as a site of its own, with its switch.
    await waitForSelector(popup, 'input[name="site-enabled"]');
    const stored = await (
      await session.worker()
    ).evaluate(async () =>
      (
        (await chrome.storage.local.get('settings')).settings as { customSites: Array<{ host: string }> }
      ).customSites.map((s) => s.host),
    );
    expect(stored).toContain('www.unlisted-example.kr');
    await popup.close();
    await page.close();
  });

  it('the popup lists the problems with their checklists; a tick survives closing and reopening', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/inline.html`);
    await eventually(
      async () => tabProblems(await session.worker(), tabId),
      (p) => p.length > 0,
    );
    // A second problem, a warning: the blocked pop-up.
    await page.goto(`${Y}/reissue/popup.html`, { waitUntil: 'load' });
    await eventually(
      async () => tabProblems(await session.worker(), tabId),
      (p) => p.length === 2,
    );
    let popup = await openPopup(tabId);
    const text = await popup.$eval('main.popup', (el) => (el as HTMLElement).innerText);
    expect(text).toContain('이 페이지에서 발견된 문제');
    expect(text).toContain('본인확인 정보가 맞지 않아요');
    expect(text).toContain('재발급 전 체크리스트');
    // 380 px wide and nothing wider inside it.
    expect(
      await popup.evaluate(() => [
        document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        document.querySelector('main')!.getBoundingClientRect().width,
      ]),
    ).toEqual([true, 380]);
    const steps = await popup.$$('li.problem[data-category="identity-verification"] input[type="checkbox"]');
    expect(steps).toHaveLength(3);
    await steps[1]!.click();
    // Text is 14 px or more (Chromium's extension pages would make it 75 %), and severity is not text colour.
    expect(
      await popup.$eval('li.problem li span', (el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(14);
    expect(await popup.$eval('li.problem.severity-warning li span', (el) => getComputedStyle(el).color)).toBe(
      await popup.$eval('body', (el) => getComputedStyle(el).color),
    );
    await shoot(browser, popup, 'popup-light', { fullPage: true });
    await popup.close();

    popup = await openPopup(tabId, true);
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await waitForFunction(
      popup,
      () =>
        (
          document.querySelectorAll(
            'li.problem[data-category="identity-verification"] input[type="checkbox"]',
          )[1] as HTMLInputElement
        )?.checked === true,
    );
    const ticks = await popup.$$eval(
      'li.problem[data-category="identity-verification"] input[type="checkbox"]',
      (boxes) => boxes.map((b) => (b as HTMLInputElement).checked),
    );
    expect(ticks).toEqual([false, true, false]);
    await shoot(browser, popup, 'popup-dark', { fullPage: true });
    await popup.close();
    await page.close();
  });

  it('the first-run page opens once, on install, and says what the helper does, where, and that nothing leaves the browser', async () => {
    const onboarding = await session.ext.findExtensionPage('onboarding.html');
    expect(onboarding, 'the install opened the first-run page').toBeDefined();
    await session.ext.setViewport(onboarding!, { width: 900, height: 900 });
    await session.ext.reloadExtensionPage(onboarding!);
    await waitForSelector(onboarding!, 'main.onboarding');
    const text = await onboarding!.$eval('main', (el) => (el as HTMLElement).innerText);
    for (const part of [
      '이렇게 도와드려요',
      '아무것도 밖으로 보내지 않아요',
      '금융결제원 yessign',
      '다른 사이트 추가하기',
      '아이콘을 도구 모음에 고정하기',
      'Alt+Shift+H',
    ])
      expect(text).toContain(part);
    await shoot(browser, onboarding!, 'onboarding', { fullPage: true });
    await onboarding!.click('button.lang-switch');
    await waitForFunction(onboarding!, () => document.documentElement.lang === 'en');
    expect(await onboarding!.$eval('h1', (el) => el.textContent)).toBe(
      'Thanks for installing Reissue Helper',
    );
  });

  it("the copied report has none of the page's personal numbers", async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/personal.html`);
    const [problem] = await eventually(
      async () => tabProblems(await session.worker(), tabId),
      (p) => p.length > 0,
    );
    // Even what the background keeps of the message is redacted.
    expect(problem?.text).toContain('******-*******');
    expect(problem?.text).not.toMatch(/900101|1234567|010-1234|홍길동/);

    await session.ext.allowClipboard();
    const popup = await openPopup(tabId);
    await popup.bringToFront();
    await popup.click('.report button.primary');
    await waitForFunction(popup, () =>
      document.querySelector('.report .status')?.textContent?.includes('복사했어요'),
    );
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('[재발급 도우미 진단 보고서]');
    expect(copied).toContain('본인확인 정보가 맞지 않아요');
    expect(copied).toMatch(/시각: \d{4}-\d{2}-\d{2} \(.\) \d{2}:\d{2} KST/);
    // The page's own message, redacted; the OS; no internal ids.
    expect(copied).toMatch(/메시지: “.*\*{6}-\*{7}/);
    expect(copied).toMatch(/운영체제: Linux/);
    expect(copied).not.toMatch(/identity-verification|identity-mismatch/);
    expect(copied).not.toMatch(/900101|1234567|1234-5678|홍길동/);
    expect(copied).not.toMatch(/\d{7,}/);
    await popup.close();
    await page.close();
  });
});
