import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { candidateLimiter, onCandidate } from '../../../entrypoints/background/candidates';
import { readTab } from '../../../entrypoints/background/tab-store';
import type { Source } from '../../../utils/protocol';
import { fakeExtension, type FakeExtension } from './fake-extension';

// A text a content script sent: what the background makes of it, seen from what it keeps and shows.

let ext: FakeExtension;
let nextTab = 100;
/** What the browser tells the background about a message from a tab's top frame. */
const sender = (url: string, tabId = nextTab++) => ({
  tab: { id: tabId, url } as Browser.tabs.Tab & { id: number },
  frameId: 0,
});
const candidate = (text: string, source: Source = 'alert') => ({ type: 'candidate' as const, source, text });

describe('onCandidate', () => {
  beforeEach(() => {
    ext = fakeExtension();
  });

  it('reads the text with the page it was seen on: a site-scoped problem on its site, the generic one elsewhere', async () => {
    // Hometax and Gov24 call a certificate renewed at a bank "revoked": there the fix is registering it.
    const hometax = sender('https://www.hometax.go.kr/websquare/websquare.html');
    await onCandidate(candidate('인증서가 폐지되었습니다'), hometax);
    expect((await readTab(hometax.tab.id))?.problems.map((p) => [p.problemId, p.fixId])).toEqual([
      ['revoked-at-public-site', 'fix-register-renewed-cert'],
    ]);
    const bank = sender('https://obank.kbstar.com/quics?page=C018872');
    await onCandidate(candidate('인증서가 폐지되었습니다'), bank);
    expect((await readTab(bank.tab.id))?.problems.map((p) => [p.problemId, p.fixId])).toEqual([
      ['cert-revoked', 'fix-cert-revoked'],
    ]);
  });

  it('credits the problem to the site of the tab, and keeps the text only redacted', async () => {
    const s = sender('https://www.yessign.or.kr/reissue');
    // Content scripts send the page's text as it is: the background masks it before anything else.
    await onCandidate(candidate('홍길동(900101) 고객님, 본인확인에 실패하였습니다 010-1234-5678'), s);
    const state = await readTab(s.tab.id);
    expect(state?.site).toBe('yessign');
    expect(state?.problems).toEqual([
      expect.objectContaining({
        problemId: 'identity-mismatch',
        source: 'alert',
        text: '***(******) 고객님, 본인확인에 실패하였습니다 ***-****-****',
      }),
    ]);
  });

  it('reads a dialog as a dialog and page text as page text: a weak failure word counts only in a dialog', async () => {
    // "다시 선택" suggests a mistake in a dialog; on a page it is usually an instruction.
    const text = '인증서 저장 위치를 다시 선택해주세요.';
    const dialog = sender('https://www.yessign.or.kr/');
    expect(await onCandidate(candidate(text, 'alert'), dialog)).toBe(true);
    expect((await readTab(dialog.tab.id))?.problems.map((p) => p.category)).toEqual(['storage-media']);
    const layer = sender('https://www.yessign.or.kr/');
    await onCandidate(candidate(text, 'layer'), layer);
    expect((await readTab(layer.tab.id))?.problems.map((p) => p.category)).toEqual(['storage-media']);
    const page = sender('https://www.yessign.or.kr/');
    expect(await onCandidate(candidate(text, 'inline'), page)).toBe(true);
    expect(await readTab(page.tab.id)).toBeUndefined();
  });

  it('reads what to do as a report in an alert only: a layer may be a set-up notice shown at load', async () => {
    const text = '팝업차단을 해제 하세요.';
    const alert = sender('https://www.yessign.or.kr/');
    await onCandidate(candidate(text, 'alert'), alert);
    expect((await readTab(alert.tab.id))?.problems.map((p) => p.category)).toEqual(['popup-blocked']);
    for (const source of ['layer', 'inline'] as const) {
      const elsewhere = sender('https://www.yessign.or.kr/');
      await onCandidate(candidate(text, source), elsewhere);
      expect(await readTab(elsewhere.tab.id), source).toBeUndefined();
    }
  });

  it('keeps a clear failure of no known kind for the popup, with no badge and no hint', async () => {
    const s = sender('https://www.yessign.or.kr/');
    // The dialog program's own internals failed: real, but none of the catalogue's problems.
    await onCandidate(candidate('암호화 Init을 실패하였습니다'), s);
    const state = await readTab(s.tab.id);
    expect(state?.problems).toEqual([]);
    expect(state?.unknown).toEqual([
      expect.objectContaining({ source: 'alert', text: '암호화 Init을 실패하였습니다' }),
    ]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: s.tab.id })).toBe('');
    expect(ext.sent).toEqual([]);
  });

  it('starts the wait for a guide mail the page says it sent', async () => {
    const s = sender('https://www.yessign.or.kr/');
    await onCandidate(candidate('인증서 발급 안내 메일이 발송되었습니다.', 'inline'), s);
    expect(await fakeBrowser.alarms.get(`mail-advice:${s.tab.id}`)).toBeDefined();
    expect(await readTab(s.tab.id)).toBeUndefined();
    // Ordinary text starts nothing.
    const other = sender('https://www.yessign.or.kr/');
    await onCandidate(candidate('인증서 재발급 안내', 'inline'), other);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('ignores what comes from no tab, a tab without an address, or a negative tab id, and says it was looked at', async () => {
    const message = candidate('본인확인에 실패하였습니다');
    expect(await onCandidate(message, {})).toBe(true);
    expect(await onCandidate(message, { tab: { id: 7 } as Browser.tabs.Tab })).toBe(true);
    expect(
      await onCandidate(message, { tab: { id: -1, url: 'https://www.yessign.or.kr/' } as Browser.tabs.Tab }),
    ).toBe(true);
    expect(await readTab(7)).toBeUndefined();
    expect(await readTab(-1)).toBeUndefined();
  });

  it('declines past 60 texts a second from one tab, asking for them again, and takes other tabs', async () => {
    const s = sender('https://www.yessign.or.kr/');
    candidateLimiter.forget(s.tab.id);
    const answers: boolean[] = [];
    for (let i = 0; i < 61; i++) answers.push(await onCandidate(candidate(`안내 ${i}`, 'inline'), s));
    expect(answers.filter((a) => a)).toHaveLength(60);
    expect(answers.at(-1)).toBe(false);
    expect(await onCandidate(candidate('본인확인에 실패하였습니다'), s)).toBe(false);
    expect(
      await onCandidate(candidate('본인확인에 실패하였습니다'), sender('https://www.yessign.or.kr/')),
    ).toBe(true);
  });

  it('on an unlisted page records nothing', async () => {
    const s = sender('https://example.com/');
    expect(await onCandidate(candidate('본인확인에 실패하였습니다'), s)).toBe(true);
    expect(await readTab(s.tab.id)).toBeUndefined();
    expect(ext.sent).toEqual([]);
  });
});
