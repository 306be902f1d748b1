import type { Reminder, Settings } from './settings';
import { sanitiseReminders, sanitiseSettings } from './settings-schema';

// The export/import file. Import is all or nothing: a file that is not exactly ours changes nothing.

export const SETTINGS_FILE_FORMAT = 'reissue-helper-settings';
export const SETTINGS_FILE_VERSION = 2;
const MAX_FILE_CHARS = 256 * 1024;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  reminders: Reminder[];
}

export type ImportError = 'importNotJson' | 'importWrongFormat' | 'importTooLarge' | 'importNewerVersion';

export function exportSettings(settings: Settings, reminders: Reminder[], now: Date): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings,
    reminders,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseSettingsFile(
  text: string,
): { settings: Settings; reminders: Reminder[] } | { error: ImportError } {
  if (text.length > MAX_FILE_CHARS) return { error: 'importTooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'importNotJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: 'importWrongFormat' };
  const file = value as Partial<Record<keyof SettingsFile, unknown>>;
  if (
    file.format !== SETTINGS_FILE_FORMAT ||
    typeof file.version !== 'number' ||
    typeof file.settings !== 'object' ||
    file.settings === null
  ) {
    return { error: 'importWrongFormat' };
  }
  if (file.version > SETTINGS_FILE_VERSION) return { error: 'importNewerVersion' };
  if (file.reminders !== undefined && !Array.isArray(file.reminders)) return { error: 'importWrongFormat' };
  return { settings: sanitiseSettings(file.settings), reminders: sanitiseReminders(file.reminders ?? []) };
}
