import { describe, expect, it } from 'vitest';
import { sanitiseTabState } from '../../../entrypoints/background/tab-state';
import { daysLeftText } from '../../../utils/days-left';
import { sanitiseHistory } from '../../../utils/history-schema';
import { isValidExpiry } from '../../../utils/reminder-schedule';
import { sanitiseReminders, sanitiseSettings } from '../../../utils/settings-schema';

// Whatever storage holds (an older version, a corrupted profile, a write from where none should
// come) is checked where it is read (issue 11).
describe('stored values are validated where they are read', () => {
  const row = {
    site: 'yessign',
    problemId: 'identity-mismatch',
    category: 'identity-verification',
    time: 1_700_000_000_000,
  };

  it('a history row whose site is not a string is left out, and the others kept', () => {
    const rows = sanitiseHistory([
      row,
      { ...row, site: 42 },
      { ...row, site: { toString: 1 } },
      null,
      'x',
      { ...row, time: 'soon' },
      { ...row, problemId: '010-1234-5678' },
    ]);
    expect(rows).toEqual([row]);
    expect(sanitiseHistory({ not: 'a list' })).toEqual([]);
    expect(sanitiseHistory(undefined)).toEqual([]);
  });

  it('history codes must be code-shaped: no phone or birth date shown as 오류코드', () => {
    expect(
      sanitiseHistory([
        { ...row, code: '2417' },
        { ...row, code: 'ERR_TIMED_OUT' },
        { ...row, code: '010-1234-5678' },
        { ...row, code: '900101' },
      ]).map((r) => r.code),
    ).toEqual(['2417', 'ERR_TIMED_OUT']);
    expect(
      sanitiseHistory([
        { ...row, site: 'custom:www.mybank.co.kr' },
        { ...row, site: 'custom:not a host' },
        { ...row, site: 'nowhere' },
      ]),
    ).toHaveLength(1);
  });

  it.each(['2026-02-30', '0000-01-01', '9999-12-31', '1999-12-31', '2100-01-01', '2026-2-3'])(
    'a reminder dated %s is rejected',
    (expiry) => {
      expect(isValidExpiry(expiry)).toBe(false);
      expect(sanitiseReminders([{ id: 'a', label: 'x', expiry }])).toEqual([]);
    },
  );

  it('a reminder that is kept can be shown: a real date, a plain label without personal numbers, a unique id', () => {
    const kept = sanitiseReminders([
      { id: 'a', label: '내 인증서 010-1234-5678\u202e', expiry: '2027-03-15' },
      { id: 'a', label: 'duplicate', expiry: '2027-03-16' },
      { id: '', label: 'no id', expiry: '2027-03-16' },
      { id: 'b', label: 7, expiry: '2027-03-16' },
    ]);
    expect(kept).toEqual([{ id: 'a', label: '내 인증서 ***-****-****', expiry: '2027-03-15' }]);
    const now = Date.UTC(2027, 0, 1);
    expect(daysLeftText(kept[0]!.expiry, now, 'ko')).toMatch(/^\d+일 남음$/);
  });

  it('settings lists keep only site keys and host names', () => {
    const settings = sanitiseSettings({
      disabledSites: ['yessign', 'custom:www.mybank.co.kr', '전화 010-1234-5678', 'x'.repeat(1000)],
      hintHiddenHosts: ['www.yessign.or.kr', '<img src=x>'],
    });
    expect(settings.disabledSites).toEqual(['yessign', 'custom:www.mybank.co.kr']);
    expect(settings.hintHiddenHosts).toEqual(['www.yessign.or.kr']);
  });

  it('a tab state read back keeps only well-formed problems, redacted', () => {
    const problem = {
      problemId: 'identity-mismatch',
      category: 'identity-verification',
      fixId: 'fix-identity-verification',
      confidence: 0.9,
      source: 'alert',
      text: '홍길동(900101) 본인확인 실패',
      time: 1_700_000_000_000,
    };
    const state = sanitiseTabState({
      site: 'yessign',
      problems: [
        problem,
        problem,
        { ...problem, problemId: 'made-up' },
        { ...problem, problemId: 'cert-revoked', source: 'telepathy' },
        { ...problem, problemId: 'cert-revoked', code: '010-1234-5678' },
      ],
    });
    expect(state?.problems).toEqual([{ ...problem, text: '***(******) 본인확인 실패' }]);
    expect(sanitiseTabState({ site: 1, problems: [] })).toBeUndefined();
    expect(sanitiseTabState('tab')).toBeUndefined();
  });
});
