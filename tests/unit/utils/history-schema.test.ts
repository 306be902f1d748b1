import { describe, expect, it } from 'vitest';
import { isShowableTime, sanitiseHistory, sanitiseHistoryEntry } from '../../../utils/history-schema';

const row = {
  site: 'yessign',
  problemId: 'identity-mismatch',
  category: 'identity-verification',
  time: 1_700_000_000_000,
};

describe('history rows as read back', () => {
  it('show times from 2020 up to the end of 2099 only', () => {
    const from = Date.UTC(2020, 0, 1);
    const until = Date.UTC(2100, 0, 1);
    expect([isShowableTime(from), isShowableTime(until - 1)]).toEqual([true, true]);
    expect([
      isShowableTime(from - 1),
      isShowableTime(until),
      isShowableTime(Number.NaN),
      isShowableTime(`${from}`),
      isShowableTime(undefined),
    ]).toEqual([false, false, false, false, false]);
  });

  it('keep a row whose every field is right, with its code only when it has one', () => {
    expect(sanitiseHistoryEntry(row)).toEqual(row);
    expect(Object.keys(sanitiseHistoryEntry(row)!)).not.toContain('code');
    expect(sanitiseHistoryEntry({ ...row, code: 'E1234', extra: 'dropped' })).toEqual({
      ...row,
      code: 'E1234',
    });
  });

  it.each([
    ['an unknown problem', { ...row, problemId: 'made-up' }],
    ['a problem id that is not a string', { ...row, problemId: 7 }],
    ['an unknown category', { ...row, category: 'gossip' }],
    ['an unknown site', { ...row, site: 'nowhere' }],
    ['a time before 2020', { ...row, time: 1 }],
    ['a code that is a phone number', { ...row, code: '010-1234-5678' }],
    ['a list', [row]],
  ])('drop %s', (_name, value) => {
    expect(sanitiseHistoryEntry(value)).toBeUndefined();
  });

  it('keep the newest 500 rows of a longer list', () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({ ...row, time: row.time + i }));
    const kept = sanitiseHistory(rows);
    expect(kept).toHaveLength(500);
    expect(kept[0]?.time).toBe(row.time + 100);
    expect(kept.at(-1)?.time).toBe(row.time + 599);
  });
});
