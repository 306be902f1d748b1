import { describe, expect, it } from 'vitest';
import { daysLeft, isValidExpiry, reminderTime, upcomingReminders } from '../../../utils/reminder-schedule';

/** A moment in Korea, as a timestamp. */
const kst = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 9, min);

describe('expiry reminders (KST)', () => {
  it('fall at 09:00 KST 30 and 7 days before', () => {
    expect(reminderTime('2027-03-15', 30)).toBe(kst(2027, 2, 13, 9));
    expect(reminderTime('2027-03-15', 7)).toBe(kst(2027, 3, 8, 9));
  });

  it('cross month and year ends, and leap days, correctly', () => {
    expect(reminderTime('2027-01-05', 7)).toBe(kst(2026, 12, 29, 9));
    expect(reminderTime('2027-01-05', 30)).toBe(kst(2026, 12, 6, 9));
    expect(reminderTime('2028-03-01', 7)).toBe(kst(2028, 2, 23, 9));
    expect(reminderTime('2028-03-30', 30)).toBe(kst(2028, 2, 29, 9)); // 2028 is a leap year
    expect(reminderTime('2027-03-30', 30)).toBe(kst(2027, 2, 28, 9));
    expect(reminderTime('2026-12-31', 30)).toBe(kst(2026, 12, 1, 9));
  });

  it('keeps only the reminders still to come', () => {
    const expiry = '2026-12-31';
    expect(upcomingReminders(expiry, kst(2026, 12, 5)).map((r) => r.daysBefore)).toEqual([7]);
    expect(upcomingReminders(expiry, kst(2026, 11, 1)).map((r) => r.daysBefore)).toEqual([30, 7]);
    // 09:00 KST on 12-01 is 00:00 UTC: one minute before it, the 30-day reminder is still to come.
    expect(upcomingReminders(expiry, kst(2026, 12, 1, 8, 59)).map((r) => r.daysBefore)).toEqual([30, 7]);
    expect(upcomingReminders(expiry, kst(2026, 12, 25))).toEqual([]);
  });

  it('counts days left by the calendar in Korea, not in UTC', () => {
    // 2026-12-30 23:30 KST is still 12-30 in Korea (14:30 UTC): one day to 12-31.
    expect(daysLeft('2026-12-31', kst(2026, 12, 30, 23, 30))).toBe(1);
    // 2026-12-31 00:30 KST is 12-30 15:30 UTC, but in Korea it is the expiry day.
    expect(daysLeft('2026-12-31', kst(2026, 12, 31, 0, 30))).toBe(0);
    expect(daysLeft('2026-12-31', kst(2027, 1, 2, 12))).toBe(-2);
    expect(daysLeft('2027-03-01', kst(2027, 2, 27, 10))).toBe(2);
  });

  it('rejects dates that do not exist', () => {
    for (const bad of ['2027-02-29', '2026-13-01', '2026-04-31', '26-01-01', '2026/01/01', ''])
      expect(isValidExpiry(bad)).toBe(false);
    expect(isValidExpiry('2028-02-29')).toBe(true);
  });

  it('say "your certificate" in English when the reminder has no name, and quote the name when it has one', async () => {
    const { reminderText } = await import('../../../entrypoints/background/reminders');
    expect(reminderText({ id: 'a', label: '', expiry: '2026-12-01' }, 7, 'en')).toBe(
      'Your certificate expires in 7 days (2026-12-01). Renew it before then.',
    );
    expect(reminderText({ id: 'a', label: 'work bank', expiry: '2026-12-01' }, 7, 'en')).toBe(
      'Your certificate “work bank” expires in 7 days (2026-12-01). Renew it before then.',
    );
    expect(reminderText({ id: 'a', label: '', expiry: '2026-12-01' }, 30, 'ko')).toBe(
      '인증서가 30일 뒤(2026-12-01) 만료돼요. 만료 전에 갱신해 주세요.',
    );
  });
});
