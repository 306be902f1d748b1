import { describe, expect, it } from 'vitest';
import { busyPeriod, formatKst, retryAdvice, toKst } from '../../../rules/timing';

/** A moment in Korea (UTC+9 all year). */
const kst = (y: number, m: number, d: number, h: number, min = 0) =>
  new Date(Date.UTC(y, m - 1, d, h - 9, min));

describe('KST', () => {
  it('is UTC+9 with no daylight saving, weekday and month length included', () => {
    expect(toKst(new Date(Date.UTC(2026, 6, 1, 15, 0)))).toEqual({
      year: 2026,
      month: 7,
      day: 2,
      weekday: 4,
      hour: 0,
      minute: 0,
      daysInMonth: 31,
    });
    expect(toKst(new Date(Date.UTC(2028, 1, 10, 3, 7)))).toEqual({
      year: 2028,
      month: 2,
      day: 10,
      weekday: 4,
      hour: 12,
      minute: 7,
      daysInMonth: 29,
    });
  });

  it('formats as the reports show it, with the weekday in the language', () => {
    expect(formatKst(kst(2026, 3, 5, 7, 4), 'ko')).toBe('2026-03-05 (목) 07:04 KST');
    expect(formatKst(kst(2026, 3, 8, 17, 30), 'en')).toBe('2026-03-08 (Sun) 17:30 KST');
  });
});

describe('busy periods', () => {
  it('the business-day switch runs from 23:50 to 00:10, every day', () => {
    expect(busyPeriod(kst(2026, 11, 25, 23, 49))).toBeUndefined();
    expect(busyPeriod(kst(2026, 11, 25, 23, 50))).toBe('business-day-switch');
    expect(busyPeriod(kst(2026, 11, 26, 0, 9))).toBe('business-day-switch');
    expect(busyPeriod(kst(2026, 11, 26, 0, 10))).toBeUndefined();
  });

  it('weekday mornings 9 to 10 are busy, weekends are not', () => {
    expect(busyPeriod(kst(2026, 11, 23, 8, 59))).toBeUndefined(); // Monday
    expect(busyPeriod(kst(2026, 11, 23, 9, 0))).toBe('morning');
    expect(busyPeriod(kst(2026, 11, 27, 9, 59))).toBe('morning'); // Friday
    expect(busyPeriod(kst(2026, 11, 23, 10, 0))).toBeUndefined();
    expect(busyPeriod(kst(2026, 11, 22, 9, 30))).toBeUndefined(); // Sunday
    expect(busyPeriod(kst(2026, 11, 21, 9, 30))).toBeUndefined(); // Saturday
  });

  it('lunch, 12 to 13, is busy every day', () => {
    expect(busyPeriod(kst(2026, 11, 22, 11, 59))).toBeUndefined();
    expect(busyPeriod(kst(2026, 11, 22, 12, 0))).toBe('lunch');
    expect(busyPeriod(kst(2026, 11, 22, 12, 59))).toBe('lunch');
    expect(busyPeriod(kst(2026, 11, 22, 13, 0))).toBeUndefined();
  });

  it('the last two days of a month and the first are busy', () => {
    expect(busyPeriod(kst(2026, 11, 28, 15))).toBeUndefined();
    expect(busyPeriod(kst(2026, 11, 29, 15))).toBe('month-end');
    expect(busyPeriod(kst(2026, 11, 30, 15))).toBe('month-end');
    expect(busyPeriod(kst(2026, 12, 1, 15))).toBe('month-end');
    expect(busyPeriod(kst(2026, 12, 2, 15))).toBeUndefined();
    expect(busyPeriod(kst(2027, 2, 27, 15))).toBe('month-end');
  });

  it('advises for the period, or says it is a quiet time', () => {
    expect(retryAdvice(kst(2026, 11, 25, 23, 55)).en).toContain('00:10');
    expect(retryAdvice(kst(2026, 11, 23, 9, 30)).ko).toContain('10시 이후');
    expect(retryAdvice(kst(2026, 11, 22, 12, 30)).en).toContain('13h');
    expect(retryAdvice(kst(2026, 11, 30, 15)).en).toContain('Month ends');
    expect(retryAdvice(kst(2026, 11, 25, 15)).en).toBe('This is not a busy time; try again in 5–10 minutes.');
  });
});
