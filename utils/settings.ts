import { storage } from 'wxt/utils/storage';
import type { LanguageSetting } from './i18n';

/** Everything the user can set. Stored as one versioned item; see settings-schema.ts for checks. */
export interface Settings {
  /** Built-in site ids the user switched off. */
  disabledSites: string[];
  hintsEnabled: boolean;
  badgeEnabled: boolean;
  hintLanguage: LanguageSetting;
  /** How long a tab's problems are kept: not at all, for the browser session, or 7 days. */
  retention: 'none' | 'session' | '7d';
  /** Hosts where the user chose "이 사이트에서 숨기기". */
  hintHiddenHosts: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  hintsEnabled: true,
  badgeEnabled: true,
  hintLanguage: 'auto',
  retention: 'session',
  hintHiddenHosts: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/**
 * How long after a confirmed guide/verification mail the "mail not received?" advice is offered.
 * Minutes; tests shorten it.
 */
export const mailAdviceDelayMinutes = storage.defineItem<number>('local:mailAdviceDelayMinutes', { fallback: 5, version: 1 });
