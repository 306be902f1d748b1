import { CATEGORIES, type Category } from '../rules/types';
import { isShowableCode } from '../rules/codes';
import { problemFor, siteById } from '../rules';
import { isRecord } from './is-record';
import { isValidHost } from './settings-schema';
import { customHostOf } from './site-key';

// A short record of past diagnoses for the options page: which site, which problem, which code,
// when. No page text. Read back from storage, where anything may have been left (an older version,
// a corrupted profile): each row is checked on its own and a bad one is left out, so one row can
// never keep the options page (and its "clear all data") from showing.

export interface HistoryEntry {
  /** A built-in site id or `custom:<host>`. */
  site: string;
  problemId: string;
  category: Category;
  code?: string;
  time: number;
}

const MAX_ROWS = 500;
/** Times a row can have: after this extension existed, before dates stop being dates people read. */
export const isShowableTime = (time: unknown): time is number =>
  typeof time === 'number' && time >= Date.UTC(2020, 0, 1) && time < Date.UTC(2100, 0, 1);

function isSiteKey(site: unknown): site is string {
  if (typeof site !== 'string') return false;
  const host = customHostOf(site);
  return host === undefined ? siteById(site) !== undefined : isValidHost(host);
}

export function sanitiseHistoryEntry(value: unknown): HistoryEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { site, problemId, category, code, time } = value;
  if (!isSiteKey(site) || typeof problemId !== 'string' || !problemFor(problemId)) return undefined;
  if (!(CATEGORIES as readonly unknown[]).includes(category)) return undefined;
  if (!isShowableTime(time)) return undefined;
  if (code !== undefined && !isShowableCode(code)) return undefined;
  return { site, problemId, category: category as Category, ...(code !== undefined ? { code } : {}), time };
}

export function sanitiseHistory(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.slice(-MAX_ROWS).flatMap((row) => sanitiseHistoryEntry(row) ?? []);
}
