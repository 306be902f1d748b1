import { storage } from 'wxt/utils/storage';
import { sanitiseHistory, type HistoryEntry } from '../../utils/history-schema';
import type { Settings } from '../../utils/settings';
import { serialQueue } from './serial-queue';

// A short record of past diagnoses for the options page: which site, which problem, which code,
// when. No page text. Kept as long as the user chose: not at all, this browser session, or 7 days.
// Every read goes through sanitiseHistory: a bad row is dropped, never passed on.

export type { HistoryEntry };

const MAX_ENTRIES = 200;
const WEEK_MS = 7 * 86_400_000;
const sessionItem = storage.defineItem<unknown>('session:history', { fallback: [] });
const localItem = storage.defineItem<unknown>('local:history', { fallback: [] });
const checked = (item: typeof sessionItem) => ({
  getValue: async (): Promise<HistoryEntry[]> => sanitiseHistory(await item.getValue().catch(() => [])),
  setValue: (entries: HistoryEntry[]) => item.setValue(entries),
});
const sessionHistory = checked(sessionItem);
const localHistory = checked(localItem);

export function pruneHistory(entries: HistoryEntry[], retention: Settings['retention'], now: number): HistoryEntry[] {
  if (retention === 'none') return [];
  const fresh = retention === '7d' ? entries.filter((e) => now - e.time < WEEK_MS) : entries;
  return fresh.slice(-MAX_ENTRIES);
}

// Diagnoses from several frames arrive at once: appends and moves take turns.
const serially = serialQueue();

export function appendHistory(entry: HistoryEntry, retention: Settings['retention']): Promise<void> {
  if (retention === 'none') return Promise.resolve();
  const item = retention === '7d' ? localHistory : sessionHistory;
  return serially(async () => {
    await item.setValue(pruneHistory([...(await item.getValue()), entry], retention, entry.time));
  });
}

/** After the retention setting changed: move or drop what is kept so it matches the new choice. */
export function applyRetention(retention: Settings['retention'], now = Date.now()): Promise<void> {
  return serially(() => moveHistory(retention, now));
}

async function moveHistory(retention: Settings['retention'], now: number): Promise<void> {
  const all = [...(await localHistory.getValue()), ...(await sessionHistory.getValue())].sort((a, b) => a.time - b.time);
  await localHistory.setValue(retention === '7d' ? pruneHistory(all, retention, now) : []);
  await sessionHistory.setValue(retention === 'session' ? pruneHistory(all, retention, now) : []);
}

export async function readHistory(): Promise<HistoryEntry[]> {
  return [...(await localHistory.getValue()), ...(await sessionHistory.getValue())].sort((a, b) => b.time - a.time);
}
