// When to remind about a certificate's expiry: 30 and 7 days before it, at 09:00 in Korea (KST,
// UTC+9, no daylight saving). Pure date arithmetic on calendar dates, so month and year ends and
// leap days come out right.

export const REMIND_DAYS_BEFORE = [30, 7] as const;
const REMIND_HOUR_KST = 9;
const DAY_MS = 86_400_000;

/**
 * Certificate expiry dates the reminders take: a certificate lasts one to three years, so anything
 * outside these years is a typo or a planted value ("0000-01-01", "9999-12-31"), not an expiry.
 */
export const EXPIRY_YEARS = { first: 2000, last: 2099 } as const;

function parseDate(expiry: string): { y: number; m: number; d: number } | undefined {
  const match = typeof expiry === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(expiry) : null;
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < EXPIRY_YEARS.first || y > EXPIRY_YEARS.last) return undefined;
  const check = new Date(Date.UTC(y, m - 1, d));
  // Stryker disable next-line ConditionalExpression: a date that Date.UTC rolls over differs in two of year, month and day, so each test is implied by the others
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    return undefined;
  return { y, m, d };
}

/** 09:00 KST on the day `daysBefore` days before the expiry date, as a UTC timestamp. */
export function reminderTime(expiry: string, daysBefore: number): number | undefined {
  const date = parseDate(expiry);
  if (!date) return undefined;
  return Date.UTC(date.y, date.m - 1, date.d - daysBefore, REMIND_HOUR_KST - 9);
}

/** The reminders still to come for one certificate. */
export function upcomingReminders(expiry: string, now: number): Array<{ daysBefore: number; when: number }> {
  return REMIND_DAYS_BEFORE.flatMap((daysBefore) => {
    const when = reminderTime(expiry, daysBefore);
    return when !== undefined && when > now ? [{ daysBefore, when }] : [];
  });
}

/** Whole days from today (in Korea) to the expiry date: 0 on the day itself, negative after it. */
export function daysLeft(expiry: string, now: number): number | undefined {
  const date = parseDate(expiry);
  if (!date) return undefined;
  const kst = new Date(now + 9 * 3_600_000);
  const today = Date.UTC(kst.getUTCFullYear(), kst.getUTCMonth(), kst.getUTCDate());
  return Math.round((Date.UTC(date.y, date.m - 1, date.d) - today) / DAY_MS);
}

export const isValidExpiry = (expiry: string): boolean => parseDate(expiry) !== undefined;
