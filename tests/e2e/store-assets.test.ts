import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pngSize } from '../harness/png';
import {
  describeInBrowsers,
  eventually,
  hintText,
  inHint,
  startSession,
  tabProblems,
  waitForSelector,
  type Session,
} from '../harness/session';

// The store images, made from the real extension on the replica pages: 1280×800 screenshots (what
// the Chrome Web Store and AMO show) and the Chrome Web Store's 440×280 promo tile. Every run makes
// them into a temporary folder and checks them; `npm run store-assets` (STORE_ASSETS=1, Chromium)
// writes them to store/images/.
const STORE = process.env.STORE_ASSETS ? resolve('store/images') : undefined;
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const Y = 'http://www.yessign.or.kr';

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const FONT = "'NanumSquare', 'NanumGothic', sans-serif";

/** A caption on the left, one of the extension's pages (as a picture) on the right. */
const framed = (title: string, body: string, picture: string) => `<!doctype html><meta charset="utf-8">
<style>
  html, body { margin: 0; width: ${SCREEN.width}px; height: ${SCREEN.height}px; overflow: hidden; }
  body { display: flex; align-items: center; gap: 64px; padding: 0 80px; box-sizing: border-box; font-family: ${FONT};
         background: linear-gradient(135deg, #e8f0fe, #f8fafd); color: #1f1f1f; }
  .text { flex: 1; }
  h1 { font-size: 44px; line-height: 1.3; margin: 0 0 24px; color: #0b57d0; font-weight: 800; }
  p { font-size: 24px; line-height: 1.6; margin: 0; }
  img { display: block; max-height: 720px; border-radius: 12px; box-shadow: 0 8px 32px rgb(0 0 0 / 0.18); }
</style>
<div class="text"><h1>${title}</h1><p>${body}</p></div><img src="${picture}" alt="">`;

const tile = (icon: string) => `<!doctype html><meta charset="utf-8">
<style>
  html, body { margin: 0; width: ${TILE.width}px; height: ${TILE.height}px; overflow: hidden; }
  body { display: flex; align-items: center; gap: 24px; padding: 0 32px; box-sizing: border-box; font-family: ${FONT};
         background: linear-gradient(135deg, #0b57d0, #174ea6); color: #fff; }
  img { width: 112px; height: 112px; flex: none; }
  h1 { font-size: 34px; margin: 0 0 10px; font-weight: 800; }
  p { font-size: 17px; line-height: 1.5; margin: 0; }
</style>
<img src="${icon}" alt=""><div><h1>재발급 도우미</h1><p>인증서 재발급이 막힐 때</p><p>원인과 해결 방법을 그 자리에서</p></div>`;

/** Renders a made-up page at its size and checks that nothing in it is cut off. */
async function render(page: Page, html: string, size: { width: number; height: number }): Promise<void> {
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await waitForSelector(page, 'img');
  expect(
    await page.evaluate(() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0)),
  ).toBe(true);
  const overflow = await page.evaluate(
    (w, h) =>
      Array.from(document.querySelectorAll('body *'))
        .map((el) => [el.tagName, el.getBoundingClientRect()] as const)
        .filter(([, r]) => r.left < 0 || r.top < 0 || r.right > w || r.bottom > h || r.width === 0)
        .map(([tag]) => tag),
    size.width,
    size.height,
  );
  expect(overflow).toEqual([]);
}

describeInBrowsers('store images', (browser) => {
  let session: Session;
  const out =
    STORE && browser === 'chromium' ? STORE : mkdtempSync(join(tmpdir(), `reissue-helper-store-${browser}-`));
  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
    if (out !== STORE) rmSync(out, { recursive: true, force: true });
  });

  async function shoot(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
    const path = join(out, `${name}.png`);
    await page.screenshot({ path });
    expect(pngSize(path)).toEqual(size);
  }

  it('1: the hint on a reissue page, at 1280×800', async () => {
    const { page } = await session.open(`${Y}/reissue/inline.html`);
    await session.ext.setViewport(page, SCREEN);
    await eventually(
      () => hintText(page),
      (t) => t !== null,
    );
    await new Promise((r) => setTimeout(r, 400)); // the hint's entrance animation
    // The hint's root is closed to the page: measured through the browser's protocol.
    const box = (await inHint(page, (root) => {
      const r = root.querySelector('.hint')!.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    }))!;
    expect(box[0]).toBeGreaterThanOrEqual(0);
    expect(box[1]).toBeGreaterThanOrEqual(0);
    expect(box[2]).toBeLessThanOrEqual(SCREEN.width);
    expect(box[3]).toBeLessThanOrEqual(SCREEN.height);
    await shoot(page, 'screenshot-1-hint', SCREEN);
    await page.close();
  });

  it('2: the popup with the fix steps, framed at 1280×800', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/inline.html`);
    await eventually(
      async () => tabProblems(await session.worker(), tabId),
      (p) => p.length > 0,
    );
    // Tall enough for all of it, then cut to the popup's own height, as the browser sizes it.
    const popup = await session.ext.openExtensionPage(`popup.html?tab=${tabId}`, {
      viewport: { width: 380, height: 1000 },
    });
    await waitForSelector(popup, 'main.popup li.problem');
    const height = await popup.evaluate(() =>
      Math.ceil(document.querySelector('main.popup')!.getBoundingClientRect().bottom),
    );
    expect(height).toBeLessThanOrEqual(1000);
    const picture = Buffer.from(
      await popup.screenshot({ encoding: 'base64', clip: { x: 0, y: 0, width: 380, height } }),
      'base64',
    );
    await popup.close();
    await page.close();
    const frame = await session.ext.browser.newPage();
    await session.ext.setViewport(frame, SCREEN);
    await render(
      frame,
      framed(
        '막힌 이유와 해결 방법을 한눈에',
        '도구 모음의 재발급 도우미를 누르면 이 페이지에서 발견된 문제와 해결 단계, 재발급 전 체크리스트를 볼 수 있어요.',
        dataUrl(picture),
      ),
      SCREEN,
    );
    await shoot(frame, 'screenshot-2-popup', SCREEN);
    await frame.close();
  });

  it('3: the options page at 1280×800', async () => {
    const options = await session.ext.openExtensionPage('options.html', { viewport: SCREEN });
    await waitForSelector(options, 'main.options');
    await shoot(options, 'screenshot-3-options', SCREEN);
    await options.close();
  });

  it('promo tile, 440×280', async () => {
    const page = await session.ext.browser.newPage();
    await session.ext.setViewport(page, TILE);
    await render(page, tile(dataUrl(readFileSync(resolve('public/icon/128.png')))), TILE);
    await shoot(page, 'promo-tile-440x280', TILE);
    await page.close();
  });
});
