import { SITE_KINDS, sites } from '../rules/catalogue/sites';
import { redact } from '../rules/redact';
import type { SiteKind } from '../rules/types';
import type { LanguageSetting } from './i18n';
import { isRecord } from './is-record';
import { isValidExpiry } from './reminder-schedule';
import type { CustomSite, Reminder, Settings } from './settings';

// Stored values come from older versions, imports, other tools or a corrupted profile: every field
// is checked on its own and falls back to its default, so one bad value never breaks the rest.
// This module does not touch storage (that is storage.ts).

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  hintsEnabled: true,
  badgeEnabled: true,
  hintLanguage: 'auto',
  retention: 'session',
  hintHiddenHosts: [],
  customSites: [],
  disabledGroups: [],
  // Pure: the content script reaches this module through protocol.ts but never needs the catalogue.
  knownSites: /* @__PURE__ */ sites.map((s) => s.id),
};

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const LANGUAGES: readonly LanguageSetting[] = ['auto', 'ko', 'en'];
const RETENTIONS: readonly Settings['retention'][] = ['none', 'session', '7d'];
const MAX_LIST = 500;
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
/** Text the UI shows as it is: no control or format characters (line breaks, bidi overrides). */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const MAX_ID = 64;
const MAX_LABEL = 80;
const MAX_REMINDERS = 50;
/** Site keys and hosts: a built-in id, `custom:<host>` or a host name; nothing longer or stranger. */
const KEY = /^[a-z0-9][a-z0-9:._[\]-]{0,260}$/;

export const isValidHost = (host: string): boolean => HOST.test(host);

function customSites(value: unknown): CustomSite[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const sites: CustomSite[] = [];
  for (const entry of value.slice(0, MAX_LIST)) {
    if (!isRecord(entry) || typeof entry.host !== 'string') continue;
    const host = entry.host.toLowerCase();
    if (!isValidHost(host) || seen.has(host)) continue;
    seen.add(host);
    sites.push({
      host,
      addedAt: typeof entry.addedAt === 'number' && Number.isFinite(entry.addedAt) ? entry.addedAt : 0,
    });
  }
  return sites;
}

/**
 * The built-in sites version 2 knew, with the group each was in then (MG새마을금고 was a bank).
 * Frozen: it describes stored data, not the catalogue.
 */
const V2_SITES: Readonly<Record<string, SiteKind>> = {
  yessign: 'ca',
  yeskey: 'ca',
  signgate: 'ca',
  crosscert: 'ca',
  signkorea: 'ca',
  tradesign: 'ca',
  inipass: 'ca',
  certbiz: 'ca',
  kbstar: 'bank',
  wooribank: 'bank',
  shinhan: 'bank',
  hana: 'bank',
  nonghyup: 'bank',
  ibk: 'bank',
  scbank: 'bank',
  kfcc: 'bank',
  hometax: 'public',
  gov24: 'public',
  iros: 'public',
};

/** Version 2 had no group switch: a group whose every site the user had switched off counts as switched off. */
function groupsOffInV2(disabledSites: readonly string[]): SiteKind[] {
  const kinds = [...new Set(Object.values(V2_SITES))];
  return kinds.filter((kind) =>
    Object.entries(V2_SITES).every(([id, k]) => k !== kind || disabledSites.includes(id)),
  );
}

/**
 * Sites the catalogue gained since these settings were written start off in a group the user
 * switched off and on everywhere else; from then on they are known like the rest.
 */
function adoptNewSites(settings: Settings): Settings {
  const known = new Set(settings.knownSites);
  const added = sites
    .filter((site) => !known.has(site.id) && settings.disabledGroups.includes(site.kind))
    .map((site) => site.id);
  return {
    ...settings,
    disabledSites: added.length
      ? [...new Set([...settings.disabledSites, ...added])]
      : settings.disabledSites,
    knownSites: sites.map((site) => site.id),
  };
}

export function sanitiseSettings(value: unknown): Settings {
  const input = isRecord(value) ? value : {};
  const list = (v: unknown, fallback: string[]) =>
    isStringArray(v) ? [...new Set(v.filter((key) => KEY.test(key)))].slice(0, MAX_LIST) : [...fallback];
  const disabledSites = list(input.disabledSites, DEFAULT_SETTINGS.disabledSites);
  // Without these two fields a value comes from version 2 or older (or a file it exported).
  const disabledGroups = isStringArray(input.disabledGroups)
    ? SITE_KINDS.filter((kind) => (input.disabledGroups as string[]).includes(kind))
    : groupsOffInV2(disabledSites);
  const knownSites = isStringArray(input.knownSites)
    ? input.knownSites.filter((key) => KEY.test(key)).slice(0, MAX_LIST)
    : Object.keys(V2_SITES);
  return adoptNewSites({
    disabledSites,
    hintsEnabled:
      typeof input.hintsEnabled === 'boolean' ? input.hintsEnabled : DEFAULT_SETTINGS.hintsEnabled,
    badgeEnabled:
      typeof input.badgeEnabled === 'boolean' ? input.badgeEnabled : DEFAULT_SETTINGS.badgeEnabled,
    hintLanguage: LANGUAGES.includes(input.hintLanguage as LanguageSetting)
      ? (input.hintLanguage as LanguageSetting)
      : DEFAULT_SETTINGS.hintLanguage,
    retention: RETENTIONS.includes(input.retention as Settings['retention'])
      ? (input.retention as Settings['retention'])
      : DEFAULT_SETTINGS.retention,
    hintHiddenHosts: list(input.hintHiddenHosts, DEFAULT_SETTINGS.hintHiddenHosts),
    customSites: customSites(input.customSites),
    disabledGroups,
    knownSites,
  });
}

/** Version 1 → 2: custom sites arrived. Whatever v1 held is kept where it still means the same. */
export function migrateSettingsV1(v1: unknown): Settings {
  return sanitiseSettings({ ...(isRecord(v1) ? v1 : {}), customSites: [] });
}

/**
 * Version 2 → 3: site groups arrived, and with them many new sites. The new sites are on, except
 * in a group whose every site the user had switched off (see groupsOffInV2); per-site choices stay.
 */
export function migrateSettingsV2(v2: unknown): Settings {
  const { disabledGroups: _groups, knownSites: _known, ...rest } = isRecord(v2) ? v2 : {};
  return sanitiseSettings(rest);
}

/** Reads settings as stored, whatever state they are in. */
export async function readSettings(read: () => Promise<unknown>): Promise<Settings> {
  try {
    return sanitiseSettings(await read());
  } catch {
    return sanitiseSettings(undefined);
  }
}

/**
 * Reminders as stored, imported or sent: a real calendar date within the years a certificate can
 * expire in, a label shown as plain text with personal numbers masked (it is shown in the popup,
 * the options page and a notification), and ids unique so each row can be told apart.
 */
export function sanitiseReminders(value: unknown): Reminder[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const reminders: Reminder[] = [];
  for (const r of value.slice(0, MAX_REMINDERS * 4)) {
    if (reminders.length >= MAX_REMINDERS) break;
    if (
      !isRecord(r) ||
      typeof r.id !== 'string' ||
      typeof r.label !== 'string' ||
      typeof r.expiry !== 'string'
    )
      continue;
    const id = r.id.slice(0, MAX_ID);
    if (!id || seen.has(id) || !isValidExpiry(r.expiry)) continue;
    seen.add(id);
    reminders.push({
      id,
      label: redact(r.label.replace(INVISIBLE, ' ').trim().slice(0, MAX_LABEL)),
      expiry: r.expiry,
    });
  }
  return reminders;
}
