import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../rules';
import { readFileSync, readdirSync } from 'node:fs';
import {
  browserAvailable,
  clickInHint,
  eventually,
  hintText,
  popupText,
  startSession,
  tabProblems,
  type Session,
  type StoredProblem,
} from '../harness/session';

const Y = 'http://www.yessign.or.kr';
const GENUINE = '본인확인에 실패하였습니다. 입력하신 정보를 다시 확인해 주세요.';

/** One real message per problem from the corpus, to forge with: the page can say anything. */
function onePerProblem(): Map<string, string> {
  const byProblem = new Map<string, string>();
  const dir = 'rules/corpus';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
    for (const line of readFileSync(`${dir}/${file}`, 'utf8').split('\n').slice(1)) {
      const text = line.split('\t')[1];
      if (!text || text.length > 200 || line.startsWith('#')) continue;
      const [best] = classify(text);
      if (best && !byProblem.has(best.problemId)) byProblem.set(best.problemId, text);
    }
  }
  return byProblem;
}

/**
 * Failures a page makes up. The hook's channel to the content script is private (a MessagePort
 * handed over at document_start), but any script in the page can still show whatever it likes:
 * here through alert(), as the forged dialog reports did, and as an alert loop would.
 */
const forgeDialog = (page: Page, texts: string[]) =>
  page.evaluate((all) => {
    for (const text of all) alert(text);
  }, texts);

/**
 * Runs an expression in the extension's content-script world of the page's top frame, through
 * DevTools: what code that got into that world (a compromised renderer, a bug) could do.
 */
async function inContentScriptWorld(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.createCDPSession();
  try {
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const frameId = (page.mainFrame() as unknown as { _id: string })._id;
    const context = contexts.find(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.origin.startsWith(`chrome-extension://${extensionId}`) &&
        (!frameId || c.auxData?.frameId === frameId),
    );
    if (!context)
      throw new Error(
        `no content-script world among ${JSON.stringify(contexts.map((c) => [c.origin, c.auxData?.type]))}`,
      );
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: context.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) return { error: exceptionDetails.exception?.description ?? exceptionDetails.text };
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

// The page is hostile (issue 11): each row of the table as a test that failed before the fix.
describe.runIf(browserAvailable())('a hostile page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  // Each row on its own: whatever one did to the settings (a hidden hint) does not reach the next.
  afterEach(async () => {
    await session
      .worker()
      .then((w) => w.evaluate(() => chrome.storage.local.remove(['settings', 'history', 'reminders'])));
  });

  const problemsOf = async (
    tabId: number,
    accept: (p: StoredProblem[]) => boolean = (p) => p.length > 0,
    timeoutMs = 5_000,
  ) => eventually(async () => tabProblems(await session.worker(), tabId), accept, timeoutMs);
  const settings = async () =>
    session
      .worker()
      .then((w) =>
        w.evaluate(
          async () =>
            ((await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> })
              .settings ?? {},
        ),
      );

  /** The replica's own way of showing a real failure in a layer, as a site's script does. */
  const showGenuineFailure = (page: Page) =>
    page.evaluate((t) => (window as unknown as { showFailure(t: string): number }).showFailure(t), GENUINE);
  const hintShown = (page: Page) =>
    eventually(
      () => hintText(page),
      (t) => t !== null,
    );

  it('row 1: a script cannot click the hint\'s "이 사이트에서 숨기기" (or close it); a person can', async () => {
    const { page, tabId } = await session.open(`${Y}/hostile/index.html`);
    await showGenuineFailure(page);
    await hintShown(page);
    const reached = await page.evaluate(() => {
      const host = document.querySelector('reissue-helper-hint');
      let clicked = 0;
      for (const button of Array.from(host?.shadowRoot?.querySelectorAll('button') ?? [])) {
        (button as HTMLButtonElement).click();
        clicked++;
      }
      // Untrusted key presses and clicks at the hint's place.
      for (const target of [window, document, document.body, host])
        target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return { host: Boolean(host), open: host?.shadowRoot !== null, clicked };
    });
    expect(reached).toEqual({ host: true, open: false, clicked: 0 });
    await new Promise((r) => setTimeout(r, 500));
    expect(await hintText(page)).toContain('본인확인 정보가 맞지 않아요');
    expect((await settings()).hintHiddenHosts ?? []).toEqual([]);
    // A person's click still works.
    await clickInHint(page, '이 사이트에서 숨기기');
    await eventually(
      () => hintText(page),
      (t) => t === null,
    );
    expect(
      await eventually(settings, (s) => Array.isArray(s.hintHiddenHosts) && s.hintHiddenHosts.length === 1),
    ).toMatchObject({ hintHiddenHosts: ['www.yessign.or.kr'] });
    expect(tabId).toBeGreaterThan(0);
    await page.close();
  });

  it('row 2: a script cannot read or rewrite the hint', async () => {
    const { page } = await session.open(`${Y}/hostile/index.html`);
    await showGenuineFailure(page);
    await hintShown(page);
    const attempts = await page.evaluate(() => {
      const host = document.querySelector('reissue-helper-hint')!;
      const tried: string[] = [];
      try {
        host.shadowRoot!.innerHTML =
          '<p>지금 바로 전화하세요 1600-0000 <a href="https://phish.example/">여기</a></p>';
        tried.push('shadowRoot rewritten');
      } catch {
        tried.push('no shadowRoot');
      }
      try {
        host.attachShadow({ mode: 'open' }).innerHTML = '<p>지금 바로 전화하세요 1600-0000</p>';
        tried.push('second root attached');
      } catch {
        tried.push('no second root');
      }
      host.innerHTML = '<p>지금 바로 전화하세요 1600-0000</p>';
      return { tried, text: host.shadowRoot?.textContent ?? null };
    });
    expect(attempts).toEqual({ tried: ['no shadowRoot', 'no second root'], text: null });
    const text = await hintText(page);
    expect(text).toContain('본인확인 정보가 맞지 않아요');
    expect(text).not.toContain('1600-0000');
    // What a person sees at the hint's place is the hint, not the page's light-DOM text.
    const shown = await page.evaluate(() => {
      const host = document.querySelector('reissue-helper-hint') as HTMLElement;
      return host.innerText;
    });
    expect(shown).not.toContain('1600-0000');
    await page.close();
  });

  it('row 3: ~25 harmless alerts in a second, then a real failure: the failure is diagnosed', async () => {
    const { page, tabId } = await session.open(`${Y}/hostile/index.html`);
    const started = Date.now();
    await page.evaluate(() => {
      for (let i = 0; i < 30; i++) alert(`저장되었습니다 (${i + 1}번째 항목)`);
      alert('본인확인에 실패하였습니다.');
    });
    const [problem] = await problemsOf(tabId);
    expect(problem).toMatchObject({ category: 'identity-verification', source: 'alert' });
    expect((problem as unknown as { time: number }).time - started).toBeLessThan(5_000);
    await page.close();
  });

  it('row 4: 20 forged problems (made-up dialogs) never keep a later genuine failure out', async () => {
    const { page, tabId } = await session.open(`${Y}/hostile/index.html`);
    const forged = [...onePerProblem()]
      .filter(([id]) => id !== 'identity-mismatch')
      .slice(0, 21)
      .map(([, text]) => text);
    expect(forged).toHaveLength(21);
    await forgeDialog(page, forged);
    await problemsOf(tabId, (p) => p.length >= 20, 10_000);
    await new Promise((r) => setTimeout(r, 1_200));
    await showGenuineFailure(page);
    const all = await problemsOf(tabId, (p) => p.some((x) => x.problemId === 'identity-mismatch'), 10_000);
    expect(all.find((x) => x.problemId === 'identity-mismatch')).toMatchObject({
      source: 'layer',
      text: GENUINE,
    });
    await page.close();
  });

  it('row 5: a forged "error code" that is phone- or date-shaped is never shown as 오류코드', async () => {
    const { page, tabId } = await session.open(`${Y}/hostile/index.html`);
    await forgeDialog(page, [
      '본인확인에 실패하였습니다. 오류코드: 1577-1000',
      '인증서가 폐지되었습니다 [900101]',
    ]);
    const stored = await problemsOf(tabId, (p) => p.length >= 2);
    expect(stored.map((p) => p.code)).toEqual([undefined, undefined]);
    const { page: popup, text } = await popupText(session.ext, tabId);
    expect(text).not.toMatch(/1577|900101/);
    await popup.close();
    await page.close();
  });

  it('row 6: code in the content-script world cannot write (or read) storage.local or storage.session', async () => {
    const { page } = await session.open(`${Y}/hostile/index.html`);
    await showGenuineFailure(page);
    await hintShown(page);
    const before = await settings();
    const attempts = await inContentScriptWorld(
      page,
      session.ext.extensionId,
      `(async () => {
        const out = {};
        for (const [name, run] of Object.entries({
          writeLocal: () => chrome.storage.local.set({ settings: { hintsEnabled: false, customSites: [{ host: 'evil.example.kr', addedAt: 1 }] }, reminders: [{ id: 'x', label: '상담 010-1234-5678', expiry: '2027-01-01' }] }),
          readLocal: () => chrome.storage.local.get(null),
          writeSession: () => chrome.storage.session.set({ 'tab:1': { site: 'yessign', problems: [] } }),
        })) {
          try { await run(); out[name] = 'allowed'; } catch (e) { out[name] = 'refused'; }
        }
        return out;
      })()`,
    );
    expect(attempts).toEqual({ writeLocal: 'refused', readLocal: 'refused', writeSession: 'refused' });
    expect(await settings()).toEqual(before);
    const reminders = await session
      .worker()
      .then((w) => w.evaluate(async () => (await chrome.storage.local.get('reminders')).reminders ?? null));
    expect(JSON.stringify(reminders)).not.toContain('010-1234');
    await page.close();
  });

  it('row 7: a history row whose site is not a string leaves the options page (and "clear all data") working', async () => {
    const worker = await session.worker();
    await worker.evaluate(async () => {
      const good = {
        site: 'yessign',
        problemId: 'identity-mismatch',
        category: 'identity-verification',
        time: Date.now() - 1_000,
      };
      await chrome.storage.local.set({
        history: [good, { ...good, site: 42 }, { ...good, site: null, time: 5 }, 'junk'],
      });
    });
    const options = await session.ext.browser.newPage();
    await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
    await options.waitForSelector('main.options', { timeout: 5_000 });
    const text = await options.$eval('main.options', (el) => (el as HTMLElement).innerText);
    expect(text).toContain('본인확인 정보가 맞지 않아요');
    await worker.evaluate(() => chrome.storage.local.remove('history'));
    await options.close();
  });

  it('row 10: failure text far down a long page is reported, at the latest once scrolled to', async () => {
    const { page, tabId } = await session.open(`${Y}/hostile/long.html`);
    await page.evaluate(() => document.getElementById('failure')!.scrollIntoView());
    const [problem] = await problemsOf(tabId, undefined, 10_000);
    expect(problem).toMatchObject({ category: 'identity-verification', source: 'inline' });
    await page.close();
  });

  it('row 11: +82 numbers, birth dates, 9-digit accounts and labelled names are masked before storage; a bracketed birth date is no code', async () => {
    const { page, tabId } = await session.open(`${Y}/hostile/index.html`);
    await page.evaluate(() => {
      const show = (window as unknown as { showFailure(t: string): number }).showFailure;
      show('고객명 홍길동, 연락처 +82 10 1234 5678 로 본인확인에 실패하였습니다.');
      show(
        '홍길동(900101) 고객님의 인증서가 폐지되었습니다 [900101] 출금계좌 123-456-789 생년월일 1990.01.01',
      );
    });
    const stored = await problemsOf(tabId, (p) => p.length >= 2);
    const dump = JSON.stringify(
      await session
        .worker()
        .then((w) =>
          w.evaluate(async () => [
            await chrome.storage.session.get(null),
            await chrome.storage.local.get(null),
          ]),
        ),
    );
    expect(dump).not.toMatch(/홍길동|1234 5678|900101|123-456-789|1990\.01\.01/);
    expect(stored.map((p) => p.code)).toEqual([undefined, undefined]);
    await page.close();
  });

  it('row 13: reminder dates 2026-02-30, 0000-01-01 and 9999-12-31 are not taken, nor shown as "오늘 만료" or millions of days', async () => {
    const worker = await session.worker();
    await worker.evaluate(() =>
      chrome.storage.local.set({
        reminders: [
          { id: 'a', label: '없는 날', expiry: '2026-02-30' },
          { id: 'b', label: '0년', expiry: '0000-01-01' },
          { id: 'c', label: '먼 미래', expiry: '9999-12-31' },
          { id: 'd', label: '내 인증서', expiry: '2027-03-15' },
        ],
      }),
    );
    const options = await session.ext.browser.newPage();
    await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
    await options.waitForSelector('main.options');
    const text = await options.$eval('main.options', (el) => (el as HTMLElement).innerText);
    expect(text).toContain('내 인증서');
    expect(text).not.toMatch(/없는 날|0년|먼 미래|오늘 만료|\d{5,}일/);
    // Nor can the options page add one: the background refuses it.
    const added = await options.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'reminders',
        change: { op: 'add', reminder: { id: 'e', label: 'x', expiry: '2026-02-30' } },
      }),
    );
    expect(added).toBeUndefined();
    await options.close();
  });
});
