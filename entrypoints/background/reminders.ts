import { browser } from 'wxt/browser';
import { t, type Lang } from '../../utils/i18n';
import { upcomingReminders, daysLeft } from '../../utils/reminder-schedule';
import type { Reminder } from '../../utils/settings';
import { readStoredReminders, remindersItem } from '../../utils/storage';
import type { ReminderChange } from '../../utils/protocol';
import { serialQueue } from './serial-queue';

const PREFIX = 'reminder:';

export const readReminders = readStoredReminders;

/** What one change leaves: an added reminder replaces one with its id. */
export function applyReminderChange(current: Reminder[], change: ReminderChange): Reminder[] {
  if (change.op === 'add') return [...current.filter((r) => r.id !== change.reminder.id), change.reminder];
  if (change.op === 'remove') return current.filter((r) => r.id !== change.id);
  return change.reminders;
}

const serially = serialQueue();

/**
 * The options page's changes, one after another (the background is the only writer), each followed
 * by the alarms it calls for. A change whose write failed is reported to its sender and the next one
 * is still applied.
 */
export function changeReminders(change: ReminderChange): Promise<Reminder[]> {
  return serially(async () => {
    const next = applyReminderChange(await readReminders(), change);
    await remindersItem.setValue(next);
    await scheduleReminders(next);
    return next;
  });
}

/** One alarm per reminder still to come; alarms survive the service worker stopping. */
export async function scheduleReminders(reminders: Reminder[], now = Date.now()): Promise<void> {
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(PREFIX));
  await Promise.all(existing.map((a) => browser.alarms.clear(a.name)));
  for (const reminder of reminders) {
    for (const { daysBefore, when } of upcomingReminders(reminder.expiry, now)) {
      await browser.alarms.create(`${PREFIX}${reminder.id}:${daysBefore}`, { when });
    }
  }
}

/** The notification's text. Unnamed: a sentence of its own ("Your certificate expires…"), not a made-up name in quotes. */
export const reminderText = (reminder: Reminder, days: number, lang: Lang): string =>
  reminder.label
    ? t('reminderMessage', lang, reminder.label, String(days), reminder.expiry)
    : t('reminderMessageUnnamed', lang, String(days), reminder.expiry);

export async function onReminderAlarm(alarm: { name: string }, lang: Lang): Promise<void> {
  if (!alarm.name.startsWith(PREFIX)) return;
  const id = alarm.name.slice(PREFIX.length).split(':')[0];
  const reminder = (await readReminders()).find((r) => r.id === id);
  if (!reminder) return;
  const days = daysLeft(reminder.expiry, Date.now()) ?? 0;
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminderTitle', lang),
    message: reminderText(reminder, days, lang),
  });
}
