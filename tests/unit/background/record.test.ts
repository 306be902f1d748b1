import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  langFor,
  present,
  presentAllTabs,
  recordDiagnosis,
  recordUnknown,
} from '../../../entrypoints/background/record';
import { readHistory } from '../../../entrypoints/background/history';
import { readTab } from '../../../entrypoints/background/tab-store';
import { addDiagnosis, type TabState } from '../../../entrypoints/background/tab-state';
import { diagnosisFor } from '../../../rules';
import type { HintMessage } from '../../../utils/protocol';
import { type Settings } from '../../../utils/settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { settingsItem } from '../../../utils/storage';
import { fakeExtension, openTab, type FakeExtension } from './fake-extension';

// How a problem reaches the user: tab state, badge, hint, history; and what the settings hold back.

const YESSIGN = 'https://www.yessign.or.kr/reissue';
const revoked = diagnosisFor('cert-revoked')!;
const identity = diagnosisFor('identity-mismatch')!;
const seen = (text: string) => ({ source: 'alert' as const, text });
const hints = (ext: FakeExtension) => ext.sent.map((s) => s.message as HintMessage);
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const colour = async (tabId: number) =>
  (await fakeBrowser.action.getBadgeBackgroundColor({ tabId })).slice(0, 3);
const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });
const stateWith = (...ids: string[]): TabState =>
  ids.reduce<TabState>(
    (s, id, i) =>
      addDiagnosis(s, 'yessign', diagnosisFor(id)!, {
        source: 'alert',
        text: id,
        time: 1_700_000_000_000 + i,
      }),
    { site: 'yessign', problems: [] },
  );

let ext: FakeExtension;

describe('present: badge and hint as the settings say', () => {
  beforeEach(() => {
    ext = fakeExtension();
  });

  it('shows the count on the badge, in the colour of the worst, and the hint with the problems newest first', async () => {
    await present(3, stateWith('identity-mismatch', 'cert-revoked'), YESSIGN, DEFAULT_SETTINGS);
    expect(await badge(3)).toBe('2');
    expect(await colour(3)).toEqual([0xc6, 0x28, 0x28]);
    expect(ext.injected).toEqual([3]);
    const [hint] = hints(ext);
    expect(hint?.type).toBe('hint');
    expect(hint?.view.problems.map((p) => p.problemId)).toEqual(['cert-revoked', 'identity-mismatch']);
    expect(hint?.view.labels.shortcut).toBe('Alt+Shift+H: 이 안내로 이동');
    expect(ext.sent[0]).toMatchObject({ tabId: 3, frameId: 0 });
  });

  it('shows no badge when the badge setting is off, and still the hint', async () => {
    await present(3, stateWith('cert-revoked'), YESSIGN, settings({ badgeEnabled: false }));
    expect(await badge(3)).toBe('');
    expect(hints(ext)[0]?.view.problems).toHaveLength(1);
  });

  it('takes the hint away (an empty view, no UI loaded) when hints are off or hidden on this host, and keeps the badge', async () => {
    for (const off of [
      settings({ hintsEnabled: false }),
      settings({ hintHiddenHosts: ['www.yessign.or.kr'] }),
    ]) {
      ext.sent.length = 0;
      await present(3, stateWith('cert-revoked'), YESSIGN, off);
      expect(hints(ext)).toEqual([
        expect.objectContaining({ type: 'hint', view: expect.objectContaining({ problems: [] }) }),
      ]);
      expect(hints(ext)[0]?.view.labels.shortcut).toBe('');
      expect(await badge(3)).toBe('1');
    }
    expect(ext.injected).toEqual([]);
    // Hidden on one host only: another host of the same site still gets it.
    await present(
      4,
      stateWith('cert-revoked'),
      'https://ca.yessign.or.kr/',
      settings({ hintHiddenHosts: ['www.yessign.or.kr'] }),
    );
    expect(ext.injected).toEqual([4]);
  });

  it('shows nothing on a site the user switched off, or a page on no listed site', async () => {
    await present(3, stateWith('cert-revoked'), YESSIGN, settings({ disabledSites: ['yessign'] }));
    await present(4, stateWith('cert-revoked'), 'https://example.com/', DEFAULT_SETTINGS);
    expect([await badge(3), await badge(4)]).toEqual(['', '']);
    expect(ext.injected).toEqual([]);
    expect(hints(ext).every((h) => h.view.problems.length === 0)).toBe(true);
  });

  it('sends no hint when the page refuses the hint UI (a browser error page)', async () => {
    ext.refuseInjection(true);
    await present(3, stateWith('cert-revoked'), YESSIGN, DEFAULT_SETTINGS);
    expect(ext.sent).toEqual([]);
    expect(await badge(3)).toBe('1');
  });

  it("speaks the language chosen, or the browser's when the choice is automatic (Korean unless English)", async () => {
    ext.setUiLanguage('en-US');
    expect(langFor(DEFAULT_SETTINGS)).toBe('en');
    expect(langFor(settings({ hintLanguage: 'ko' }))).toBe('ko');
    ext.setUiLanguage('ja');
    expect(langFor(DEFAULT_SETTINGS)).toBe('ko');
    expect(langFor(settings({ hintLanguage: 'en' }))).toBe('en');
    await present(3, stateWith('cert-revoked'), YESSIGN, settings({ hintLanguage: 'en' }));
    expect(hints(ext)[0]?.view).toMatchObject({
      lang: 'en',
      labels: expect.objectContaining({ close: 'Close' }),
    });
  });
});

describe('recordDiagnosis', () => {
  beforeEach(() => {
    ext = fakeExtension();
  });

  it('keeps the problem on the tab, sets the badge, shows the hint and writes one history row', async () => {
    await recordDiagnosis(5, YESSIGN, revoked, seen('인증서가 폐지되었습니다'));
    expect((await readTab(5))?.problems).toEqual([
      expect.objectContaining({
        problemId: 'cert-revoked',
        source: 'alert',
        text: '인증서가 폐지되었습니다',
      }),
    ]);
    expect(await badge(5)).toBe('1');
    expect(hints(ext).map((h) => h.view.problems.map((p) => p.problemId))).toEqual([['cert-revoked']]);
    expect(await readHistory()).toEqual([
      expect.objectContaining({ site: 'yessign', problemId: 'cert-revoked', category: 'cert-revoked' }),
    ]);
  });

  it('a problem the tab already has changes nothing and shows nothing again', async () => {
    await recordDiagnosis(5, YESSIGN, revoked, seen('인증서가 폐지되었습니다'));
    await recordDiagnosis(5, YESSIGN, revoked, seen('폐지된 인증서입니다'));
    expect(ext.sent).toHaveLength(1);
    expect((await readTab(5))?.problems.map((p) => p.text)).toEqual(['인증서가 폐지되었습니다']);
    expect(await readHistory()).toHaveLength(1);
  });

  it('a new problem opens the hint again, newest first', async () => {
    await recordDiagnosis(5, YESSIGN, identity, seen('본인확인에 실패하였습니다'));
    await recordDiagnosis(5, YESSIGN, revoked, seen('인증서가 폐지되었습니다'));
    expect(hints(ext).map((h) => h.view.problems.map((p) => p.problemId))).toEqual([
      ['identity-mismatch'],
      ['cert-revoked', 'identity-mismatch'],
    ]);
    expect(await badge(5)).toBe('2');
    expect((await readHistory()).map((r) => r.problemId).sort()).toEqual([
      'cert-revoked',
      'identity-mismatch',
    ]);
  });

  it('the same problem observed in more detail (its code) is shown again but is not a new history row', async () => {
    const server = diagnosisFor('server-error')!;
    await recordDiagnosis(5, YESSIGN, server, seen('서버 오류입니다'));
    await recordDiagnosis(
      5,
      YESSIGN,
      { ...server, code: '503' },
      { source: 'http', text: 'HTTP 503 · main_frame · www.yessign.or.kr' },
    );
    expect(ext.sent).toHaveLength(2);
    expect(hints(ext)[1]?.view.problems[0]?.code).toBe('503');
    expect(await readHistory()).toEqual([expect.not.objectContaining({ code: expect.anything() })]);
  });

  it('keeps the code in the history row when the first sighting has one', async () => {
    await recordDiagnosis(
      5,
      YESSIGN,
      { ...revoked, code: '2417' },
      seen('인증서가 폐지되었습니다 (오류코드 2417)'),
    );
    expect(await readHistory()).toEqual([expect.objectContaining({ code: '2417' })]);
  });

  it('writes no history when the user keeps none, and to the session by default', async () => {
    await settingsItem.setValue(settings({ retention: 'none' }));
    await recordDiagnosis(5, YESSIGN, revoked, seen('인증서가 폐지되었습니다'));
    expect(await readHistory()).toEqual([]);
    expect(await badge(5)).toBe('1');
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await recordDiagnosis(6, YESSIGN, revoked, seen('인증서가 폐지되었습니다'));
    expect(Object.keys(await fakeBrowser.storage.session.get('history'))).toEqual(['history']);
    expect(await fakeBrowser.storage.local.get('history')).toEqual({});
  });

  it('records nothing on a switched-off site or an unlisted page', async () => {
    await settingsItem.setValue(settings({ disabledSites: ['yessign'] }));
    await recordDiagnosis(5, YESSIGN, revoked, seen('인증서가 폐지되었습니다'));
    await recordDiagnosis(6, 'https://example.com/', revoked, seen('인증서가 폐지되었습니다'));
    expect([await readTab(5), await readTab(6)]).toEqual([undefined, undefined]);
    expect(ext.sent).toEqual([]);
    expect(await readHistory()).toEqual([]);
  });

  it('works on a site the user added, under its custom key', async () => {
    await settingsItem.setValue(settings({ customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }] }));
    await recordDiagnosis(5, 'https://www.mybank.co.kr/cert', revoked, seen('인증서가 폐지되었습니다'));
    expect((await readTab(5))?.site).toBe('custom:www.mybank.co.kr');
    expect((await readHistory())[0]?.site).toBe('custom:www.mybank.co.kr');
  });
});

describe('recordUnknown', () => {
  beforeEach(() => {
    ext = fakeExtension();
  });

  it('keeps the text for the popup only: no badge, no hint, no history', async () => {
    await recordUnknown(5, YESSIGN, seen('암호화 Init을 실패하였습니다'));
    expect((await readTab(5))?.unknown).toEqual([
      expect.objectContaining({ text: '암호화 Init을 실패하였습니다', source: 'alert' }),
    ]);
    expect(await badge(5)).toBe('');
    expect(ext.sent).toEqual([]);
    expect(await readHistory()).toEqual([]);
  });

  it('keeps nothing on a switched-off site', async () => {
    await settingsItem.setValue(settings({ disabledSites: ['yessign'] }));
    await recordUnknown(5, YESSIGN, seen('암호화 Init을 실패하였습니다'));
    expect(await readTab(5)).toBeUndefined();
  });
});

describe('presentAllTabs', () => {
  beforeEach(() => {
    ext = fakeExtension();
  });

  it('after a settings change, shows again on every tab of a listed site, and nowhere else', async () => {
    const listed = await openTab(YESSIGN);
    const unlisted = await openTab('https://example.com/');
    await recordDiagnosis(listed, YESSIGN, revoked, seen('인증서가 폐지되었습니다'));
    ext.sent.length = 0;
    await presentAllTabs(settings({ badgeEnabled: false }));
    expect(ext.sent.map((s) => s.tabId)).toEqual([listed]);
    expect(await badge(listed)).toBe('');
    expect(ext.sent.map((s) => s.tabId)).not.toContain(unlisted);
  });
});
