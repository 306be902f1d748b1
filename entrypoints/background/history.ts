import type { HistoryEntry } from '../../utils/history-schema';
import type { Settings } from '../../utils/settings';
import { readHistoryIn, writeHistoryIn, type HistoryArea } from '../../utils/storage';
import { serialQueue } from './serial-queue';

// A short record of past diagnoses for the options page: which site, which problem, which code,
// when. No page text. Kept as long as the user chose: not at all, this browser session, or 7 days.
// Every read goes through sanitiseHistory (utils/storage.ts): a bad row is dropped, never passed on.

export type { HistoryEntry };
export { readHistory } from '../../utils/storage';

const MAX_ENTRIES = 200;
const WEEK_MS = 7 * 86_400_000;

export function pruneHistory(
  entries: HistoryEntry[],
  retention: Settings['retention'],
  now: number,
): HistoryEntry[] {
  if (retention === 'none') return [];
  const fresh = retention === '7d' ? entries.filter((e) => now - e.time < WEEK_MS) : entries;
  return fresh.slice(-MAX_ENTRIES);
}

// Diagnoses from several frames arrive at once: appends and moves take turns.
const serially = serialQueue();

export function appendHistory(entry: HistoryEntry, retention: Settings['retention']): Promise<void> {
  if (retention === 'none') return Promise.resolve();
  const area: HistoryArea = retention === '7d' ? 'local' : 'session';
  return serially(async () => {
    await writeHistoryIn(area, pruneHistory([...(await readHistoryIn(area)), entry], retention, entry.time));
  });
}

/** After the retention setting changed: move or drop what is kept so it matches the new choice. */
export function applyRetention(retention: Settings['retention'], now = Date.now()): Promise<void> {
  return serially(() => moveHistory(retention, now));
}

async function moveHistory(retention: Settings['retention'], now: number): Promise<void> {
  const all = [...(await readHistoryIn('local')), ...(await readHistoryIn('session'))].sort(
    (a, b) => a.time - b.time,
  );
  await writeHistoryIn('local', retention === '7d' ? pruneHistory(all, retention, now) : []);
  await writeHistoryIn('session', retention === 'session' ? pruneHistory(all, retention, now) : []);
}
