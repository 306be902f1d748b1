import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowsers,
  eventually,
  hintText,
  type Session,
  startSession,
  type StoredProblem,
  tabProblems,
  waitForFunction,
  waitForSelector,
} from '../harness/session';

const SHOTS = process.env.UPDATE_SCREENSHOTS ? resolve('tests/screenshots') : undefined;
const FRAME = '*://4user.yeskey.or.kr/*';

// The new kinds of site, each on its replica host with a failure of its own, and the options page
// that has to hold eighty of them.
describeInBrowsers('sites beyond the certificate authorities', (browser) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
  });

  const problemsOf = async (tabId: number, accept: (p: StoredProblem[]) => boolean = (p) => p.length > 0) =>
    eventually(async () => tabProblems(await session.worker(), tabId), accept);
  /** The site a tab's problems are credited to, as the background stored it. */
  const storedSite = async (tabId: number) =>
    (await session.worker()).evaluate(async (id) => {
      const key = `tab:${id}`;
      return ((await chrome.storage.session.get(key)) as Record<string, { site: string } | undefined>)[key]
        ?.site;
    }, tabId);
  const registeredMatches = async () =>
    (await (await session.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts())).flatMap(
      (s) => s.matches ?? [],
    );

  async function openOptions(): Promise<Page> {
    const page = await session.ext.openExtensionPage('options.html', {
      viewport: { width: 900, height: 900 },
    });
    await waitForSelector(page, 'main.options');
    return page;
  }

  it("a securities firm: 키움증권's certificate dialog fails through alert(); the hint names the firm", async () => {
    const { page, tabId, dialogs } = await session.open('http://www.kiwoom.com/cert/reissue.html');
    // Chromium holds a background tab's alert() until the tab is shown.
    await page.bringToFront();
    await page.click('#select');
    const [problem] = await problemsOf(tabId);
    expect(problem).toMatchObject({ category: 'cert-expired', source: 'alert' });
    expect(dialogs).toEqual(['인증서의 유효기간이 만료되었습니다. 인증서를 재발급 받으시기 바랍니다.']);
    expect(await page.evaluate(() => document.body.dataset.alertReturned)).toBe('yes');
    expect(await storedSite(tabId)).toBe('kiwoom');
    expect(
      await eventually(
        () => hintText(page),
        (t) => t !== null,
      ),
    ).toContain('키움증권');
    await page.close();
  });

  it('a savings bank on the shared 저축은행중앙회 platform: credited to OK저축은행, not to the platform', async () => {
    const { page, tabId } = await session.open('http://ok.ibs.fsb.or.kr/');
    await page.click('#check');
    const [problem] = await problemsOf(tabId);
    expect(problem).toMatchObject({ category: 'identity-verification', source: 'inline' });
    expect(await storedSite(tabId)).toBe('oksb');
    expect(
      await eventually(
        () => hintText(page),
        (t) => t !== null,
      ),
    ).toContain('OK저축은행');
    await page.close();
  });

  it("a public portal: 위택스's layer says the certificate is not registered", async () => {
    const { page, tabId } = await session.open('http://www.wetax.go.kr/');
    await page.click('#login');
    const [problem] = await problemsOf(tabId);
    expect(problem).toMatchObject({ category: 'cert-registration', source: 'layer' });
    expect(await storedSite(tabId)).toBe('wetax');
    expect(
      await eventually(
        () => hintText(page),
        (t) => t !== null,
      ),
    ).toContain('위택스');
    await page.close();
  });

  it("the 금융인증서 frame inside a bank page: cross-origin, watched even with yeskey.or.kr switched off, its failure shown in the top page with the bank's name", async () => {
    // Switch off the 금융인증서 site itself: its dialog inside a bank is the bank's page.
    const options = await openOptions();
    await options.click('button[data-expand="ca"]');
    await options.click('input[data-site="yeskey"]');
    await eventually(registeredMatches, (m) => !m.includes('*://*.yeskey.or.kr/*') && m.includes(FRAME));
    await options.close();
    try {
      const { page, tabId } = await session.open('http://www.busanbank.co.kr/cert/');
      const frame = page.frames().find((f) => f.url().startsWith('http://4user.yeskey.or.kr/'));
      expect(
        frame,
        page
          .frames()
          .map((f) => f.url())
          .join(', '),
      ).toBeDefined();
      // Cross-origin: the bank's page cannot reach into the dialog.
      expect(
        await page.evaluate(() => (document.getElementById('fincert') as HTMLIFrameElement).contentDocument),
      ).toBeNull();
      // A click into another process's frame can come before that frame takes input on a loaded
      // machine (CI once saw no message at all); the dialog's own text says whether it arrived.
      await eventually(
        async () => {
          await frame!.click('#ok');
          return frame!.$eval('#message', (el) => el.textContent);
        },
        (t) => Boolean(t),
      );
      const [problem] = await problemsOf(tabId);
      expect(problem).toMatchObject({
        category: 'cert-password',
        source: 'inline',
        text: '비밀번호 입력 횟수를 초과하였습니다. 금융인증서를 재발급해 주세요.',
      });
      expect(await storedSite(tabId)).toBe('busanbank');
      const hint = await eventually(
        () => hintText(page),
        (t) => t !== null,
      );
      expect(hint).toContain('BNK부산은행');
      expect(hint).toContain('인증서 비밀번호가 맞지 않아요');
      // The hint lives in the top page, not in the frame.
      expect(await frame!.evaluate(() => document.querySelector('reissue-helper-hint'))).toBeNull();
      await page.close();
    } finally {
      // Switched back on even when a step above failed: the next test counts every site as on.
      const restore = await openOptions();
      await restore.click('button[data-expand="ca"]');
      await restore.click('input[data-site="yeskey"]');
      await eventually(registeredMatches, (m) => m.includes('*://*.yeskey.or.kr/*'));
      await restore.close();
    }
  });

  it("options: five folded groups with counts; a group switch takes its sites' scripts away and is remembered; search unfolds matches", async () => {
    const options = await openOptions();
    const kinds = await options.$$eval('fieldset.site-group', (sets) =>
      sets.map((s) => (s as HTMLElement).dataset.kind),
    );
    expect(kinds).toEqual(['ca', 'bank', 'securities', 'savings', 'public']);
    const total = await options.$$eval('input[data-site]', (inputs) => inputs.length);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(await options.$eval('#sites-count', (el) => el.textContent)).toBe(
      `${total}곳 중 ${total}곳에서 켜져 있어요.`,
    );
    // Folded: no site switch is visible until its group is opened.
    expect(await options.$eval('#sites-securities', (el) => (el as HTMLElement).hidden)).toBe(true);

    await options.click('input[data-group="securities"]');
    const securities = await options.$$eval('#sites-securities input[data-site]', (inputs) => inputs.length);
    await waitForFunction(
      options,
      (n: number) =>
        document.querySelector('[data-count="securities"]')?.textContent === `${n}곳 중 0곳 켜짐`,
      {},
      securities,
    );
    expect(await options.$eval('#sites-count', (el) => el.textContent)).toBe(
      `${total}곳 중 ${total - securities}곳에서 켜져 있어요.`,
    );
    expect(await options.$eval('fieldset[data-kind="securities"]', (el) => el.textContent)).toContain(
      '나중에 추가되는 사이트도 꺼진 채로 시작해요',
    );
    await eventually(
      registeredMatches,
      (m) => !m.includes('*://*.kiwoom.com/*') && m.includes('*://*.kbstar.com/*'),
    );
    const stored = await (
      await session.worker()
    ).evaluate(
      async () => (await chrome.storage.local.get('settings')).settings as { disabledGroups: string[] },
    );
    expect(stored.disabledGroups).toEqual(['securities']);

    // Nothing runs on a securities firm now: the alert is the browser's own again.
    const { page } = await session.open('http://www.kiwoom.com/cert/reissue.html');
    expect(await page.evaluate(() => window.alert.toString())).toContain('[native code]');
    await page.close();

    await options.bringToFront();
    await options.type('input[type="search"]', '저축');
    await waitForFunction(
      options,
      () =>
        [...document.querySelectorAll('fieldset.site-group')]
          .map((s) => (s as HTMLElement).dataset.kind)
          .join() === 'savings',
    );
    expect(await options.$eval('#sites-savings', (el) => (el as HTMLElement).hidden)).toBe(false);
    expect(
      await options.$$eval('#sites-savings input[data-site]', (inputs) =>
        inputs.map((i) => (i as HTMLElement).dataset.site),
      ),
    ).toContain('oksb');
    await options.$eval('input[type="search"]', (el) => {
      (el as HTMLInputElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitForFunction(options, () => document.querySelectorAll('fieldset.site-group').length === 5);

    // The README's picture comes from the Chromium run.
    if (SHOTS && browser === 'chromium') {
      mkdirSync(SHOTS, { recursive: true });
      await options.click('button[data-expand="bank"]');
      await session.ext.setViewport(options, { width: 900, height: 1200 });
      const section = await options.$('section.sites');
      await section!.screenshot({ path: resolve(SHOTS, 'options-sites.png') });
      await options.click('button[data-expand="bank"]');
    }

    await options.click('input[data-group="securities"]');
    await eventually(registeredMatches, (m) => m.includes('*://*.kiwoom.com/*'));
    await waitForFunction(
      options,
      (n: number) =>
        document.querySelector('#sites-count')?.textContent === `${n}곳 중 ${n}곳에서 켜져 있어요.`,
      {},
      total,
    );
    await options.close();
  });
});
