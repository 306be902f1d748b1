import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  badgeText,
  describeInBrowsers,
  eventually,
  hintText,
  popupText,
  startSession,
  tabProblems,
  type Session,
} from '../harness/session';

// One failure, end to end, in a real Chromium and a real Firefox with the built extension:
// page → content script (or MAIN-world hook) → background → hint, badge and popup.
describeInBrowsers('walking skeleton: detect → diagnose → help', (browser) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an inline failure gives the hint, badge "1" and the popup steps', async () => {
    const { page, tabId } = await session.open('http://www.yessign.or.kr/reissue/inline.html');
    const worker = await session.worker();

    const problems = await eventually(
      () => tabProblems(worker, tabId),
      (p) => p.length > 0,
    );
    expect(problems.map((p) => p.category)).toEqual(['identity-verification']);
    // The message is in the page's text, in a role="alert" paragraph: announced as a message, it is read as a layer.
    expect(problems[0]?.source).toBe('layer');

    expect(
      await eventually(
        () => hintText(page),
        (t) => t !== null,
      ),
    ).toContain('본인확인 정보가 맞지 않아요');
    expect(await badgeText(worker, tabId)).toBe('1');

    const popup = await popupText(session.ext, tabId);
    expect(popup.text).toContain('본인확인 정보가 맞지 않아요');
    expect(popup.text).toContain(
      '주민등록번호(사업자는 사업자등록번호)를 인증서를 발급받을 때와 똑같이 입력했는지 확인해 주세요.',
    );
    await popup.page.close();
    await page.close();
  });

  it('an alert() failure gives the same help, and the alert still shows and returns', async () => {
    const { page, dialogs, tabId } = await session.open('http://www.yessign.or.kr/reissue/alert.html');
    const worker = await session.worker();
    expect(await tabProblems(worker, tabId)).toEqual([]);

    await page.click('#submit');
    // The user still saw the site's own dialog, with its own text, and the page carried on after it.
    await eventually(
      async () => dialogs,
      (d) => d.length === 1,
    );
    expect(dialogs).toEqual(['본인확인에 실패하였습니다.']);
    expect(await page.evaluate(() => document.body.dataset.alertReturned)).toBe('yes');

    const problems = await eventually(
      () => tabProblems(worker, tabId),
      (p) => p.length > 0,
    );
    expect(problems.map((p) => [p.category, p.source])).toEqual([['identity-verification', 'alert']]);
    expect(
      await eventually(
        () => hintText(page),
        (t) => t !== null,
      ),
    ).toContain('본인확인 정보가 맞지 않아요');
    expect(await badgeText(worker, tabId)).toBe('1');

    const popup = await popupText(session.ext, tabId);
    expect(popup.text).toContain('휴대폰 인증은 본인 명의 휴대폰으로만 할 수 있어요.');
    await popup.page.close();
    await page.close();
  });

  it('instructions on a listed site give nothing, and an unlisted site is left alone', async () => {
    const benign = await session.open('http://www.yessign.or.kr/reissue/benign.html');
    const unlisted = await session.open('http://www.unlisted-example.kr/');
    const worker = await session.worker();
    // Give the extension the time it would need to react, then check it did not.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await tabProblems(worker, benign.tabId)).toEqual([]);
    expect(await badgeText(worker, benign.tabId)).toBe('');
    expect(await hintText(benign.page)).toBeNull();
    expect(await unlisted.page.evaluate(() => document.querySelector('reissue-helper-hint'))).toBeNull();
    expect(await unlisted.page.evaluate(() => window.alert.toString())).toContain('[native code]');
    await benign.page.close();
    await unlisted.page.close();
  });
});
