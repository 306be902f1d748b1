import type { LanguageSetting } from './i18n';
import { DEFAULT_SETTINGS, type Settings } from './settings';

// Stored values come from older versions, other tools, or a corrupted profile: every field is
// checked on its own and falls back to its default, so one bad value never breaks the rest.

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const LANGUAGES: readonly LanguageSetting[] = ['auto', 'ko', 'en'];
const RETENTIONS: readonly Settings['retention'][] = ['none', 'session', '7d'];
const MAX_LIST = 500;

export function sanitiseSettings(value: unknown): Settings {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const list = (v: unknown, fallback: string[]) => (isStringArray(v) ? [...new Set(v)].slice(0, MAX_LIST) : fallback);
  return {
    disabledSites: list(input.disabledSites, DEFAULT_SETTINGS.disabledSites),
    hintsEnabled: typeof input.hintsEnabled === 'boolean' ? input.hintsEnabled : DEFAULT_SETTINGS.hintsEnabled,
    badgeEnabled: typeof input.badgeEnabled === 'boolean' ? input.badgeEnabled : DEFAULT_SETTINGS.badgeEnabled,
    hintLanguage: LANGUAGES.includes(input.hintLanguage as LanguageSetting) ? (input.hintLanguage as LanguageSetting) : DEFAULT_SETTINGS.hintLanguage,
    retention: RETENTIONS.includes(input.retention as Settings['retention']) ? (input.retention as Settings['retention']) : DEFAULT_SETTINGS.retention,
    hintHiddenHosts: list(input.hintHiddenHosts, DEFAULT_SETTINGS.hintHiddenHosts),
  };
}

/** Reads settings as stored, whatever state they are in. */
export async function readSettings(read: () => Promise<unknown>): Promise<Settings> {
  try {
    return sanitiseSettings(await read());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}
