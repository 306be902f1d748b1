import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  badgeText,
  describeInBrowsers,
  eventually,
  hintText,
  type Session,
  startSession,
  tabProblems,
  waitForFunction,
  waitForSelector,
} from '../harness/session';
import { waitForContentScripts } from '../harness/chromium';

const Y = 'http://www.yessign.or.kr';
const CUSTOM = 'http://www.mybank-example.kr/';
const SHOTS = process.env.UPDATE_SCREENSHOTS ? resolve('tests/screenshots') : undefined;

describeInBrowsers('options and site control', (browser) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openOptions(): Promise<Page> {
    const page = await session.ext.openExtensionPage('options.html', {
      viewport: { width: 900, height: 900 },
    });
    await waitForSelector(page, 'main.options');
    return page;
  }

  const registeredMatches = async () =>
    (await (await session.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts())).flatMap(
      (s) => s.matches ?? [],
    );

  it('switching yessign off takes the hint away at once, and after a reload nothing runs there', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/inline.html`);
    await eventually(
      () => hintText(page),
      (t) => t !== null,
    );
    const options = await openOptions();
    // The certificate authorities' group is folded until opened.
    await options.click('button[data-expand="ca"]');
    await options.click('input[data-site="yessign"]');
    await eventually(
      () => hintText(page),
      (t) => t === null,
    );
    expect(await badgeText(await session.worker(), tabId)).toBe('');
    await eventually(registeredMatches, (m) => !m.includes('*://*.yessign.or.kr/*'));

    await page.goto(`${Y}/reissue/alert.html`, { waitUntil: 'load' });
    // Chromium holds a background tab's alert() until the tab is shown, as a user would see it.
    await page.bringToFront();
    // No hook: alert is the browser's own again, and no script reports anything.
    expect(await page.evaluate(() => window.alert.toString())).toContain('[native code]');
    await page.click('#submit');
    await new Promise((r) => setTimeout(r, 800));
    expect(await hintText(page)).toBeNull();
    expect(await badgeText(await session.worker(), tabId)).toBe('');
    expect(await page.evaluate(() => document.querySelector('reissue-helper-hint'))).toBeNull();

    await options.bringToFront();
    await options.click('input[data-site="yessign"]');
    await eventually(registeredMatches, (m) => m.includes('*://*.yessign.or.kr/*'));
    await options.close();
    await page.close();
  });

  it('a site the user adds works after the grant, and nothing runs there once it is removed', async () => {
    // Before: the made-up host is not listed, so nothing runs there.
    let { page } = await session.open(CUSTOM);
    expect(await page.evaluate(() => window.alert.toString())).toContain('[native code]');
    await page.close();

    // The user grants the site (the test cannot click the browser's permission prompt; the harness
    // says how each browser does it); the options page's request then resolves without asking again.
    await session.ext.grantHostPermission('*://www.mybank-example.kr/*');

    const options = await openOptions();
    await options.type('input[name="custom-site"]', 'not a site');
    await options.click('form.row button[type="submit"]');
    await waitForSelector(options, '#custom-error');
    expect(await options.$eval('#custom-error', (el) => el.textContent)).toContain(
      '올바른 사이트 주소가 아니에요',
    );
    await options.$eval('input[name="custom-site"]', (el) => ((el as HTMLInputElement).value = ''));
    await options.type('input[name="custom-site"]', 'https://www.mybank-example.kr/cert/reissue');
    await options.click('form.row button[type="submit"]');
    await waitForFunction(options, () =>
      document.querySelector('.custom-sites')?.textContent?.includes('www.mybank-example.kr'),
    );
    await eventually(registeredMatches, (m) => m.includes('*://www.mybank-example.kr/*'));

    const opened = await session.open(CUSTOM);
    page = opened.page;
    const [problem] = await eventually(
      async () => tabProblems(await session.worker(), opened.tabId),
      (p) => p.length > 0,
    );
    expect(problem).toMatchObject({ category: 'session-expired', source: 'inline' });
    await page.bringToFront();
    await page.click('#submit');
    await eventually(
      async () => tabProblems(await session.worker(), opened.tabId),
      (p) => p.some((x) => x.category === 'cert-password' && x.source === 'alert'),
    );
    // The hint stacks both problems once the second one has arrived, in the page's own word (암호).
    await eventually(
      () => hintText(page),
      (t) => t?.includes('인증서 암호가 맞지 않아요') === true,
    );
    await options.bringToFront();
    // The README's picture comes from the Chromium run.
    if (SHOTS && browser === 'chromium') {
      mkdirSync(SHOTS, { recursive: true });
      await options.reload();
      await waitForSelector(options, 'main.options');
      await options.screenshot({ path: resolve(SHOTS, 'options.png'), fullPage: true });
    }

    await options.click('button[data-remove="www.mybank-example.kr"]');
    await waitForFunction(options, () => !document.querySelector('[data-remove="www.mybank-example.kr"]'));
    await eventually(registeredMatches, (m) => !m.includes('*://www.mybank-example.kr/*'));
    const permissions = await (await session.worker()).evaluate(() => chrome.permissions.getAll());
    expect(permissions.origins ?? []).not.toContain('*://www.mybank-example.kr/*');

    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => window.alert.toString())).toContain('[native code]');
    expect(await page.evaluate(() => document.querySelector('reissue-helper-hint'))).toBeNull();
    await options.close();
    await page.close();
  });

  it('switching the language applies at once: the options page, an open popup and the hint, without a reload', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/inline.html`);
    await eventually(
      async () => tabProblems(await session.worker(), tabId),
      (p) => p.length > 0,
    );
    await eventually(
      () => hintText(page),
      (t) => t?.includes('본인확인 정보가 맞지 않아요') === true,
    );
    const popup = await session.ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await waitForSelector(popup, 'li.problem', { timeout: 10_000 });
    const options = await openOptions();
    await options.select('select[name="language"]', 'en');
    try {
      await waitForFunction(
        options,
        () =>
          document.querySelector('h1')?.textContent === 'Reissue Helper settings' &&
          document.documentElement.lang === 'en',
        { timeout: 10_000 },
      );
      expect(await options.title()).toBe('Reissue Helper settings');
      await waitForFunction(
        popup,
        () =>
          document
            .querySelector('li.problem h3')
            ?.textContent?.includes('Your identity details did not match'),
        { timeout: 10_000 },
      );
      await eventually(
        () => hintText(page),
        (t) => t?.includes('Your identity details did not match') === true,
      );
    } finally {
      // And back, whatever happened, for the tests after this one.
      await options.select('select[name="language"]', 'auto');
    }
    await waitForFunction(options, () => document.querySelector('h1')?.textContent === '재발급 도우미 설정', {
      timeout: 10_000,
    });
    await eventually(
      () => hintText(page),
      (t) => t?.includes('본인확인 정보가 맞지 않아요') === true,
    );
    await Promise.all([popup.close(), options.close(), page.close()]);
  });

  it('shows the version, the privacy statement, the help link and the hint shortcut', async () => {
    const options = await openOptions();
    const text = await options.$eval('section.about', (el) => (el as HTMLElement).innerText);
    expect(text).toContain('0.1.0');
    expect(text).toContain('어떤 정보도 밖으로 보내지 않아요');
    expect(text).toContain('PRIVACY.md');
    expect(text).toContain('Alt+Shift+H');
    expect(await options.$eval('section.about button.link', (el) => el.textContent)).toBe('사용 안내 보기');
    await options.close();
  });

  it('a corrupted stored setting still gives a working options page', async () => {
    const worker = await session.worker();
    await worker.evaluate(() =>
      chrome.storage.local.set({
        settings: 'this is not an object',
        settings$: { v: 2 },
        reminders: { broken: true },
      }),
    );
    const options = await openOptions();
    expect(
      await options.$$eval('input[role="switch"][data-site]', (inputs) =>
        inputs.every((i) => (i as HTMLInputElement).checked),
      ),
    ).toBe(true);
    expect(await options.$eval('select[name="language"]', (el) => (el as HTMLSelectElement).value)).toBe(
      'auto',
    );
    // And it still changes settings, now written back whole.
    await options.click('input[name="badge"]');
    await eventually(
      () =>
        worker.evaluate(
          async () =>
            (await chrome.storage.local.get('settings')).settings as { badgeEnabled?: boolean } | string,
        ),
      (s) => typeof s === 'object' && s.badgeEnabled === false,
    );
    await options.click('input[name="badge"]');
    await options.close();
    await waitForContentScripts(session.ext);
  });
});
