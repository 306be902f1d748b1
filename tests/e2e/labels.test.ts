import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  badgeText,
  describeInBrowsers,
  eventually,
  hintText,
  popupText,
  startSession,
  tabIdOf,
  tabProblems,
  waitForFunction,
  type Session,
} from '../harness/session';

// Issue 19: on a page with no failure, link, menu, tab, breadcrumb and heading texts named after
// failures ("본인확인 실패 (화면 안 메시지)") gave a hint. These pages must give no hint, no badge
// and nothing in the popup; a real failure on the same page must still be diagnosed, alone.

const Y = 'http://www.yessign.or.kr';
const FAQ = 'http://obank.kbstar.com/cert/faq.html';
/** Time the extension would need to react to what is on the page at load (see the checks after it). */
const SETTLE_MS = 1_500;

describeInBrowsers('link and menu text is not a failure report', (browser) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
  });

  const problemsOf = async (tabId: number) => tabProblems(await session.worker(), tabId);

  /** No hint, no badge, no problem in storage or in the popup bound to the tab. */
  async function expectNothing(page: Page, tabId: number): Promise<void> {
    expect(await problemsOf(tabId)).toEqual([]);
    expect(await hintText(page)).toBeNull();
    expect(await badgeText(await session.worker(), tabId)).toBe('');
    const popup = await popupText(session.ext, tabId);
    expect(await popup.page.evaluate(() => document.querySelectorAll('li.problem').length)).toBe(0);
    await popup.page.close();
  }

  it("the demo's index page: links named after failures give nothing; a clicked link's page is judged on its own", async () => {
    const { page, tabId } = await session.open(`${Y}/`);
    expect(await page.evaluate(() => document.body.innerText)).toContain('본인확인 실패 (화면 안 메시지)');
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await expectNothing(page, tabId);

    // The benign page behind one link: still nothing (nothing was carried over from the index).
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('a[href="/reissue/benign.html"]'),
    ]);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await problemsOf(tabId)).toEqual([]);
    expect(await hintText(page)).toBeNull();

    // Back, and the link named after the failure: its page's own message is what is diagnosed.
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.goBack()]);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('a[href="/reissue/inline.html"]'),
    ]);
    const problems = await eventually(
      () => problemsOf(tabId),
      (p) => p.length > 0,
    );
    // The page's message is a role="alert" paragraph: announced as a message, it is read as a layer.
    expect(problems.map((p) => [p.category, p.source])).toEqual([['identity-verification', 'layer']]);
    expect(problems[0]!.text).not.toContain('화면 안 메시지');
    expect(
      await eventually(
        () => hintText(page),
        (t) => t !== null,
      ),
    ).toContain('본인확인 정보가 맞지 않아요');
    await page.close();
  });

  it('a bank FAQ and menu page full of failure words gives nothing, in its frame and shadow root too; its real failure layer is still diagnosed', async () => {
    const { page, tabId } = await session.open(FAQ);
    // The page really carries those words, in each of the places the rules are about.
    const shown = await page.evaluate(() => ({
      gnb: document.querySelector('#gnb')!.textContent,
      tabs: document.querySelector('[role="tablist"]')!.textContent,
      shadowTabs: document.querySelector('kb-category-tabs')!.shadowRoot!.textContent,
      frame: (document.querySelector('iframe') as HTMLIFrameElement).contentDocument!.body.textContent,
    }));
    expect(shown.gnb).toContain('본인확인 실패');
    expect(shown.tabs).toContain('보안프로그램 설치 오류');
    expect(shown.shadowTabs).toContain('인증서 발급 실패');
    expect(shown.frame).toContain('금융인증서 비밀번호 오류 횟수 초과');
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await expectNothing(page, tabId);

    // A reader opens two questions: their answers (what to do when…) are not failures either.
    await page.click('a[aria-controls="faq1"]');
    await page.click('a[aria-controls="faq6"]');
    await waitForFunction(page, () => document.getElementById('faq6')!.classList.contains('on'));
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await problemsOf(tabId)).toEqual([]);

    // The page's own check answers with a failure layer: that, and only that, is diagnosed.
    await page.click('#check');
    const problems = await eventually(
      () => problemsOf(tabId),
      (p) => p.length > 0,
    );
    expect(problems.map((p) => [p.category, p.source, p.text])).toEqual([
      ['cert-expired', 'layer', '선택하신 인증서의 유효기간이 만료되었습니다.'],
    ]);
    expect(
      await eventually(
        () => hintText(page),
        (t) => t !== null,
      ),
    ).toBeTruthy();
    expect(await badgeText(await session.worker(), tabId)).toBe('1');
    const popup = await popupText(session.ext, tabId);
    expect(
      await popup.page.evaluate(() =>
        [...document.querySelectorAll('li.problem')].map((li) => li.getAttribute('data-category')),
      ),
    ).toEqual(['cert-expired']);
    await popup.page.close();
    expect(await tabIdOf(await session.worker(), page.url())).toBe(tabId);
    await page.close();
  });
});
