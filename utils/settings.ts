import type { SiteKind } from '../rules/types';
import type { LanguageSetting } from './i18n';

// What is stored, as types. The checks and defaults: settings-schema.ts; the storage keys: storage.ts.

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

/** A certificate's expiry the user wants to be reminded of. Nothing else about the certificate is kept. */
export interface Reminder {
  id: string;
  label: string;
  /** YYYY-MM-DD, a date in Korea. */
  expiry: string;
}
