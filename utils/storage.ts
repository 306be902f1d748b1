import { storage } from 'wxt/utils/storage';
import { sanitiseHistory, type HistoryEntry } from './history-schema';
import type { Reminder, Settings } from './settings';
import {
  DEFAULT_SETTINGS,
  migrateSettingsV1,
  migrateSettingsV2,
  readSettings,
  sanitiseReminders,
} from './settings-schema';

// Every key the extension stores, in one place (WXT's utils/storage.ts pattern). Only the
// background writes settings and reminders; the popup and the options page read them from here.
//
// local:    settings, reminders, history (kept 7 days), mailAdviceDelayMinutes (tests only)
// session:  history (this browser session), tab:<tabId>, checks:<scope>
//
// Anything may have been left under these keys (an older version, a corrupted profile): every
// reader below passes what it reads through the checks in settings-schema.ts or history-schema.ts.

/**
 * Settings versions: 1 (the first layout, without custom sites), 2 (custom sites), 3 (site groups:
 * the groups switched off, and the sites known, so sites added later follow their group). A
 * migration runs once per version step when an older value is read; wxt/storage records the version
 * beside the value. A function, so tests can read stored values through a fresh item.
 */
export const defineSettingsItem = () =>
  storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 3,
    migrations: { 2: migrateSettingsV1, 3: migrateSettingsV2 },
  });

export const settingsItem = defineSettingsItem();

export const remindersItem = storage.defineItem<Reminder[]>('local:reminders', { fallback: [], version: 1 });

/** The settings as stored, whatever state they are in. */
export const readStoredSettings = (): Promise<Settings> => readSettings(() => settingsItem.getValue());

export const readStoredReminders = async (): Promise<Reminder[]> =>
  sanitiseReminders(await remindersItem.getValue().catch(() => []));

/** Where the history is kept: `local` for 7 days, `session` for this browser session. */
export type HistoryArea = 'local' | 'session';
const historyItems: Record<HistoryArea, ReturnType<typeof storage.defineItem<unknown>>> = {
  local: storage.defineItem<unknown>('local:history', { fallback: [] }),
  session: storage.defineItem<unknown>('session:history', { fallback: [] }),
};

/** Checked row by row: one bad row must not keep the options page (and "clear all data") from showing. */
export const readHistoryIn = async (area: HistoryArea): Promise<HistoryEntry[]> =>
  sanitiseHistory(await historyItems[area].getValue().catch(() => []));

export const writeHistoryIn = (area: HistoryArea, entries: HistoryEntry[]): Promise<void> =>
  historyItems[area].setValue(entries);

/** Both areas' rows, newest first. */
export async function readHistory(): Promise<HistoryEntry[]> {
  return [...(await readHistoryIn('local')), ...(await readHistoryIn('session'))].sort(
    (a, b) => b.time - a.time,
  );
}

/**
 * What was seen on a tab. storage.session survives a service-worker restart but not the browser
 * session, and is not exposed to content scripts: the right home for it.
 */
export const tabKey = (tabId: number) => `session:tab:${tabId}` as const;

/**
 * Ticked checklist items in the popup: per tab for a tab's problems (cleared with the tab's
 * problems), per browser session for the preflight list.
 */
export type CheckScope = `tab-${number}` | 'preflight';
export const checksKey = (scope: CheckScope) => `session:checks:${scope}` as const;

/**
 * Not a setting: a test hook. How many minutes after a confirmed guide or verification mail the
 * "mail not received?" advice is offered; nothing in the extension writes it, and the browser tests
 * shorten it. A value that is not a sensible number falls back to 5.
 */
const mailAdviceDelayItem = storage.defineItem<unknown>('local:mailAdviceDelayMinutes');
export async function readMailAdviceDelayMinutes(): Promise<number> {
  const stored = await mailAdviceDelayItem.getValue().catch(() => undefined);
  return typeof stored === 'number' && Number.isFinite(stored) ? Math.min(Math.max(0, stored), 60) : 5;
}
