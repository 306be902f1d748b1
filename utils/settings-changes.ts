import { SITE_KINDS, sites } from '../rules/catalogue/sites';
import type { SiteKind } from '../rules/types';
import type { LanguageSetting } from './i18n';
import { isValidHost, sanitiseSettings } from './settings-schema';
import type { Settings } from './settings';
import { isRecord } from './is-record';
import { customSiteKey } from './site-key';

/** One change a page asks for. Small and specific, so two pages changing different things never clash. */
export type SettingsChange =
  | { op: 'site-enabled'; siteId: string; enabled: boolean }
  /** A whole group of built-in sites; switching it off also keeps sites added to it later off. */
  | { op: 'group-enabled'; kind: SiteKind; enabled: boolean }
  | { op: 'hints-enabled'; value: boolean }
  | { op: 'badge-enabled'; value: boolean }
  | { op: 'hint-language'; value: LanguageSetting }
  | { op: 'retention'; value: Settings['retention'] }
  | { op: 'hint-hidden-host'; host: string; hidden: boolean }
  | { op: 'custom-site-add'; host: string; addedAt: number }
  | { op: 'custom-site-remove'; host: string }
  | { op: 'replace'; settings: Settings };

const without = <T>(list: T[], item: T) => list.filter((x) => x !== item);
const withItem = <T>(list: T[], item: T) => (list.includes(item) ? list : [...list, item]);

export function applyChange(settings: Settings, change: SettingsChange): Settings {
  switch (change.op) {
    case 'site-enabled':
      return {
        ...settings,
        disabledSites: change.enabled
          ? without(settings.disabledSites, change.siteId)
          : withItem(settings.disabledSites, change.siteId),
      };
    case 'group-enabled': {
      const ids = new Set(sites.filter((site) => site.kind === change.kind).map((site) => site.id));
      return change.enabled
        ? {
            ...settings,
            disabledGroups: without(settings.disabledGroups, change.kind),
            disabledSites: settings.disabledSites.filter((id) => !ids.has(id)),
          }
        : {
            ...settings,
            disabledGroups: withItem(settings.disabledGroups, change.kind),
            disabledSites: [...new Set([...settings.disabledSites, ...ids])],
          };
    }
    case 'hints-enabled':
      return { ...settings, hintsEnabled: change.value };
    case 'badge-enabled':
      return { ...settings, badgeEnabled: change.value };
    case 'hint-language':
      return { ...settings, hintLanguage: change.value };
    case 'retention':
      return { ...settings, retention: change.value };
    case 'hint-hidden-host':
      return {
        ...settings,
        hintHiddenHosts: change.hidden
          ? withItem(settings.hintHiddenHosts, change.host)
          : without(settings.hintHiddenHosts, change.host),
      };
    case 'custom-site-add':
      return settings.customSites.some((s) => s.host === change.host)
        ? settings
        : {
            ...settings,
            customSites: [...settings.customSites, { host: change.host, addedAt: change.addedAt }],
          };
    case 'custom-site-remove':
      return {
        ...settings,
        customSites: settings.customSites.filter((s) => s.host !== change.host),
        disabledSites: without(settings.disabledSites, customSiteKey(change.host)),
      };
    case 'replace':
      return sanitiseSettings(change.settings);
  }
}

const shortString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 253;

/** Changes arrive as messages: accept only well-formed ones. */
export function parseSettingsChange(value: unknown): SettingsChange | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.op) {
    case 'site-enabled':
      return shortString(value.siteId) && typeof value.enabled === 'boolean'
        ? { op: value.op, siteId: value.siteId, enabled: value.enabled }
        : undefined;
    case 'group-enabled':
      return (SITE_KINDS as readonly unknown[]).includes(value.kind) && typeof value.enabled === 'boolean'
        ? { op: value.op, kind: value.kind as SiteKind, enabled: value.enabled }
        : undefined;
    case 'hints-enabled':
    case 'badge-enabled':
      return typeof value.value === 'boolean' ? { op: value.op, value: value.value } : undefined;
    case 'hint-language':
      return value.value === 'auto' || value.value === 'ko' || value.value === 'en'
        ? { op: value.op, value: value.value }
        : undefined;
    case 'retention':
      return value.value === 'none' || value.value === 'session' || value.value === '7d'
        ? { op: value.op, value: value.value }
        : undefined;
    case 'hint-hidden-host':
      return shortString(value.host) && typeof value.hidden === 'boolean'
        ? { op: value.op, host: value.host, hidden: value.hidden }
        : undefined;
    case 'custom-site-add':
      return typeof value.host === 'string' && isValidHost(value.host) && typeof value.addedAt === 'number'
        ? { op: value.op, host: value.host, addedAt: value.addedAt }
        : undefined;
    case 'custom-site-remove':
      return typeof value.host === 'string' && isValidHost(value.host)
        ? { op: value.op, host: value.host }
        : undefined;
    case 'replace':
      return isRecord(value.settings)
        ? { op: value.op, settings: sanitiseSettings(value.settings) }
        : undefined;
    default:
      return undefined;
  }
}
