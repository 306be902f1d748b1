import { storage } from 'wxt/utils/storage';
import type { SiteKind } from '../rules/types';
import type { LanguageSetting } from './i18n';
import { DEFAULT_SETTINGS, migrateSettingsV1, migrateSettingsV2 } from './settings-schema';

export { DEFAULT_SETTINGS };

/** A site the user added; its host permission is optional and asked for when it is added. */
export interface CustomSite {
  host: string;
  addedAt: number;
}

/** Everything the user can set. Stored as one versioned item; settings-schema.ts checks it. */
export interface Settings {
  /** Site keys (built-in ids, or `custom:<host>`) the user switched off. */
  disabledSites: string[];
  hintsEnabled: boolean;
  badgeEnabled: boolean;
  hintLanguage: LanguageSetting;
  /** How long the diagnosis history is kept: not at all, for the browser session, or 7 days. */
  retention: 'none' | 'session' | '7d';
  /** Hosts where the user chose "이 사이트에서 숨기기". */
  hintHiddenHosts: string[];
  /** Since version 2. */
  customSites: CustomSite[];
  /** Since version 3: groups of built-in sites the user switched off as a whole; sites added to them later start off. */
  disabledGroups: SiteKind[];
  /** Since version 3: the built-in site ids these settings have seen, so that sites added later are told apart. */
  knownSites: string[];
}

/**
 * Versions: 1 (the first layout, without custom sites), 2 (custom sites), 3 (site groups: the
 * groups switched off, and the sites known, so sites added later follow their group). A migration
 * runs once per version step when an older value is read; wxt/storage records the version beside
 * the value.
 */
export const defineSettingsItem = () =>
  storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 3,
    migrations: { 2: migrateSettingsV1, 3: migrateSettingsV2 },
  });

export const settingsItem = defineSettingsItem();

/** A certificate's expiry the user wants to be reminded of. Nothing else about the certificate is kept. */
export interface Reminder {
  id: string;
  label: string;
  /** YYYY-MM-DD, a date in Korea. */
  expiry: string;
}

// Stryker disable next-line ObjectLiteral,ArrayDeclaration: every read goes through sanitiseReminders, which makes a missing or odd fallback []
export const remindersItem = storage.defineItem<Reminder[]>('local:reminders', { fallback: [], version: 1 });

/**
 * How long after a confirmed guide/verification mail the "mail not received?" advice is offered.
 * Minutes; tests shorten it.
 */
// Stryker disable next-line ObjectLiteral: mail-advice.ts falls back to 5 for a value that is not a number
export const mailAdviceDelayMinutes = storage.defineItem<number>('local:mailAdviceDelayMinutes', { fallback: 5, version: 1 });
