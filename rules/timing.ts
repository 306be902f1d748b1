import type { Localised } from './types';

// When retrying is wise. Korea has one time zone and no daylight saving: KST is UTC+9 all year.
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

export interface KstTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  daysInMonth: number;
}

export function toKst(date: Date): KstTime {
  const shifted = new Date(date.getTime() + KST_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  return {
    year,
    month,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
  };
}

const WEEKDAYS: Record<'ko' | 'en', string[]> = {
  ko: ['일', '월', '화', '수', '목', '금', '토'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-25 (수) 15:04 KST" */
export function formatKst(date: Date, lang: 'ko' | 'en'): string {
  const t = toKst(date);
  return `${t.year}-${pad(t.month)}-${pad(t.day)} (${WEEKDAYS[lang][t.weekday]}) ${pad(t.hour)}:${pad(t.minute)} KST`;
}

export type BusyPeriod = 'business-day-switch' | 'morning' | 'lunch' | 'month-end';

/** Busy or closed periods: banks switch the business day around midnight; people crowd in at these times. */
export function busyPeriod(date: Date): BusyPeriod | undefined {
  const t = toKst(date);
  const minutes = t.hour * 60 + t.minute;
  if (minutes >= 23 * 60 + 50 || minutes < 10) return 'business-day-switch';
  const weekday = t.weekday >= 1 && t.weekday <= 5;
  if (weekday && minutes >= 9 * 60 && minutes < 10 * 60) return 'morning';
  if (minutes >= 12 * 60 && minutes < 13 * 60) return 'lunch';
  if (t.day >= t.daysInMonth - 1 || t.day === 1) return 'month-end';
  return undefined;
}

const ADVICE: Record<BusyPeriod | 'quiet', Localised> = {
  'business-day-switch': {
    ko: '은행이 영업일을 바꾸는 시간(23:50~00:10)이에요. 00:10 이후에 다시 시도해 주세요.',
    en: 'Banks are switching the business day (23:50–00:10). Try again after 00:10.',
  },
  morning: {
    ko: '평일 오전 9시대는 붐벼요. 10시 이후에 다시 시도하면 수월해요.',
    en: 'Weekday 9 o’clock is busy; after 10 it is usually easier.',
  },
  lunch: {
    ko: '점심시간(12~13시)은 붐벼요. 13시 이후에 다시 시도해 보세요.',
    en: 'Lunchtime (12–13h) is busy; try again after 13h.',
  },
  'month-end': {
    ko: '월말·월초는 접속이 많아요. 가능하면 평일 낮 다른 날에 시도해 주세요.',
    en: 'Month ends are busy; if you can, try on another weekday daytime.',
  },
  quiet: {
    ko: '지금은 붐비는 시간이 아니에요. 5~10분 뒤 다시 시도해 보세요.',
    en: 'This is not a busy time; try again in 5–10 minutes.',
  },
};

export function retryAdvice(date: Date): Localised {
  return ADVICE[busyPeriod(date) ?? 'quiet'];
}
