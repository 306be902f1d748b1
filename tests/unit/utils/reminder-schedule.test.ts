import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  EXPIRY_YEARS,
  isValidExpiry,
  REMIND_DAYS_BEFORE,
  reminderTime,
  upcomingReminders,
} from '../../../utils/reminder-schedule';

/** A moment in Korea, as a timestamp. */
const kst = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 9, min);

describe('reminder schedule at its edges', () => {
  it('reminds 30 and 7 days before', () => expect(REMIND_DAYS_BEFORE).toEqual([30, 7]));

  it('takes expiry years 2000 to 2099, written YYYY-MM-DD and nothing around it', () => {
    expect(EXPIRY_YEARS).toEqual({ first: 2000, last: 2099 });
    expect([isValidExpiry('2000-01-01'), isValidExpiry('2099-12-31')]).toEqual([true, true]);
    for (const bad of [
      '1999-12-31',
      '2100-01-01',
      'x2027-03-15',
      '2027-03-15x',
      ' 2027-03-15',
      '2027-03-15\n',
      '2027-3-15',
    ])
      expect(isValidExpiry(bad), bad).toBe(false);
    expect(isValidExpiry(undefined as unknown as string)).toBe(false);
  });

  it('has no time and no days left for a date that is not one', () => {
    expect(reminderTime('2027-02-30', 7)).toBeUndefined();
    expect(daysLeft('someday', kst(2027, 1, 1))).toBeUndefined();
    expect(upcomingReminders('someday', kst(2027, 1, 1))).toEqual([]);
  });

  it('counts a reminder whose moment is now as past', () => {
    const when = kst(2027, 3, 8, 9);
    expect(upcomingReminders('2027-03-15', when - 1).map((r) => r.daysBefore)).toEqual([7]);
    expect(upcomingReminders('2027-03-15', when)).toEqual([]);
    expect(upcomingReminders('2027-03-15', when - 1)).toEqual([{ daysBefore: 7, when }]);
  });
});
