import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowsers,
  eventually,
  startSession,
  tabProblems,
  waitForFunction,
  type Session,
  type StoredProblem,
} from '../harness/session';

const Y = 'http://www.yessign.or.kr';
const summary = (problems: StoredProblem[]) => problems.map((p) => `${p.category} · ${p.source}`).sort();

// The MAIN-world hook against a hostile page, and shadow roots found without it (issue #11's rows
// on tampered built-ins and nested shadow roots; issue #20's private channel).
describeInBrowsers('the dialog hook and shadow roots on hostile and component pages', (browser) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** How the engine itself shows a built-in function's source (V8 on one line, SpiderMonkey on three). */
  const native = (name: string) =>
    browser === 'firefox'
      ? `function ${name}() {\n    [native code]\n}`
      : `function ${name}() { [native code] }`;
  /** What the engine says when a Window method is called on something else. */
  const ILLEGAL_INVOCATION = {
    chromium: 'Illegal invocation',
    firefox: "'alert' called on an object that does not implement interface Window.",
  };
  /** What the engine says when a prototype chain would become a cycle. */
  const CYCLE = {
    chromium: 'Cyclic __proto__ value',
    firefox: "can't set prototype: it would cause a prototype chain cycle",
  };

  const problemsOf = async (tabId: number, accept: (p: StoredProblem[]) => boolean = (p) => p.length > 0) =>
    eventually(async () => tabProblems(await session.worker(), tabId), accept);

  it('a page that replaced Function.prototype.apply/call, queueMicrotask, RegExp.prototype.test and more after our hook: alert, confirm, prompt, window.open and attachShadow work as without us, and the failure is still diagnosed', async () => {
    const { page, dialogs, tabId } = await session.open(`${Y}/probe/tampered.html`);
    const result = await page.waitForSelector('#probe-result', { timeout: 30_000 });
    const values = JSON.parse((await result!.evaluate((el) => el.textContent)) ?? '{}') as Record<
      string,
      string
    >;
    const outcomes = JSON.parse(values['broken: outcomes']!) as Array<{
      returned?: string;
      name?: string;
      message?: string;
    }>;
    // alert, confirm, prompt, alert(), open noopener, open blocked, attachShadow, toString ×2.
    expect(outcomes.slice(0, 9)).toEqual([
      { returned: 'undefined' },
      { returned: 'true' },
      { returned: '기본값' },
      { returned: 'undefined' },
      { returned: 'null' },
      { returned: 'null' },
      { returned: '[object ShadowRoot]' },
      { returned: native('alert') },
      { returned: native('open') },
    ]);
    // The page's own errors, as the engine gives them.
    expect(outcomes.slice(9).map((o) => `${o.name}: ${o.message}`)).toEqual([
      `TypeError: ${ILLEGAL_INVOCATION[browser]}`,
      `TypeError: ${CYCLE[browser]}`,
    ]);
    // Nothing of ours called what the page broke, or read what it watched.
    expect(JSON.parse(values['broken: called']!)).toEqual([]);
    expect(JSON.parse(values['watched: accesses']!)).toEqual([]);
    expect(dialogs).toContain('본인확인에 실패하였습니다.');
    const problems = await problemsOf(tabId, (p) => p.some((x) => x.source === 'alert'));
    expect(summary(problems)).toEqual(
      expect.arrayContaining(['identity-verification · alert', 'popup-blocked · popup']),
    );
    await page.close();
  });

  it.each([
    ['open, open, open', ''],
    ['open, closed, open', '?closed'],
  ])('failure text three shadow roots deep (%s) in ordinary nested custom elements', async (_name, query) => {
    const { page, tabId } = await session.open(`${Y}/reissue/nested-shadow.html${query}`);
    const [problem] = await problemsOf(tabId);
    expect(problem).toMatchObject({
      category: 'cert-revoked',
      source: 'inline',
      text: '선택하신 인증서는 폐지된 인증서입니다.',
    });
    await page.close();
  });

  it('a custom element whose definition arrives late gets its closed root looked at', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/late-define.html`);
    const [problem] = await problemsOf(tabId);
    expect(problem).toMatchObject({ category: 'identity-verification', source: 'inline' });
    await page.close();
  });

  it('a root attached to an element already on the page, after a click and a wait, is found', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/widget.html`);
    // Past the sweeps that follow load, so that only the click's sweeps can find it in time.
    await new Promise((r) => setTimeout(r, 3_500));
    await page.click('#lookup');
    const [problem] = await problemsOf(tabId);
    expect(problem).toMatchObject({ category: 'cert-revoked', source: 'inline' });
    await page.close();
  });

  it.each([
    [
      'an about:blank frame the page makes, whose alert it calls at once',
      '#blank',
      'blank done; ',
      'session-expired · alert',
    ],
    ['a srcdoc frame whose own script calls alert', '#srcdoc', 'srcdoc done; ', 'cert-revoked · alert'],
  ])('an alert in %s is diagnosed', async (_name, button, done, expected) => {
    const { page, dialogs, tabId } = await session.open(`${Y}/reissue/frame-alert.html`);
    await page.click(button);
    await waitForFunction(page, (text) => document.getElementById('out')?.textContent === text, {}, done);
    expect(dialogs).toHaveLength(1);
    const problems = await problemsOf(tabId);
    expect(summary(problems)).toEqual([expected]);
    await page.close();
  });

  it("the channel is private: a page can neither hear it, nor get the hook's port, nor forge reports", async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/forged-channel.html`);
    expect(await page.$eval('#out', (el) => el.textContent)).toBe(
      'after ready: reissue-helper:ready; port taken: false',
    );
    // The forged reports were sent at load; give them time to arrive, were they taken.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await tabProblems(await session.worker(), tabId)).toEqual([]);
    // The real alert still gets through, unheard by the page.
    await page.click('#real');
    const problems = await problemsOf(tabId);
    expect(summary(problems)).toEqual(['session-expired · alert']);
    expect(await page.$eval('#out', (el) => el.textContent)).toBe(
      'after ready: reissue-helper:ready; port taken: false; heard during the alert: ',
    );
    await page.close();
  });
});
