import { t, type Lang } from './i18n';
import { daysLeft } from './reminder-schedule';

/** "23일 남음" / "오늘 만료" / "2일 지남", as the popup and the options page show a reminder. */
export function daysLeftText(expiry: string, now: number, lang: Lang): string {
  const days = daysLeft(expiry, now) ?? 0;
  if (days === 0) return t('daysToday', lang);
  // Stryker disable next-line EqualityOperator: 0 returned above, so > 0 and >= 0 agree
  return days > 0 ? t('daysLeft', lang, String(days)) : t('daysExpired', lang, String(-days));
}
