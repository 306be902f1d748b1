import { useState } from 'preact/hooks';
import { SITE_KINDS, sites, type SiteEntry } from '../../../rules/catalogue/sites';
import type { SiteKind } from '../../../rules/types';
import { t, type Lang, type MessageKey } from '../../../utils/i18n';

const KIND_LABEL: Record<SiteKind, MessageKey> = {
  ca: 'kindCa',
  bank: 'kindBank',
  securities: 'kindSecurities',
  savings: 'kindSavings',
  public: 'kindPublic',
};

interface Props {
  lang: Lang;
  disabled: string[];
  /** Groups the user switched off as a whole (sites added to them later start off). */
  disabledGroups: SiteKind[];
  onToggle(siteId: string, enabled: boolean): void;
  onGroupToggle(kind: SiteKind, enabled: boolean): void;
}

const hostsOf = (matches: readonly string[]) =>
  matches.map((m) => m.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, ''));
const searchText = (site: SiteEntry) =>
  `${site.name.ko} ${site.name.en} ${hostsOf(site.matches).join(' ')}`.toLowerCase();

/**
 * Built-in sites in groups by kind, each group folded by default with its own switch and count, so
 * eighty sites stay one short screen. Searching unfolds the groups that have a match.
 */
export function SitesSection({ lang, disabled, disabledGroups, onToggle, onGroupToggle }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<SiteKind[]>([]);
  const q = query.trim().toLowerCase();
  const isOn = (site: SiteEntry) => !disabled.includes(site.id);
  const matches = (site: SiteEntry) => !q || searchText(site).includes(q);
  const toggleOpen = (kind: SiteKind) =>
    setOpen(open.includes(kind) ? open.filter((k) => k !== kind) : [...open, kind]);

  return (
    <section aria-labelledby="sites-heading" class="sites">
      <h2 id="sites-heading">{t('optionsSitesHeading', lang)}</h2>
      <p id="sites-count" class="muted" aria-live="polite">
        {t('optionsSitesCount', lang, String(sites.filter(isOn).length), String(sites.length))}
      </p>
      <label class="search">
        <span class="visually-hidden">{t('optionsSearch', lang)}</span>
        <input
          type="search"
          placeholder={t('optionsSearch', lang)}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {q && !sites.some(matches) && <p class="muted">{t('optionsNoMatch', lang)}</p>}
      {SITE_KINDS.map((kind) => {
        const group = sites.filter((s) => s.kind === kind);
        const shown = group.filter(matches);
        if (shown.length === 0) return null;
        const on = group.filter(isOn).length;
        const expanded = Boolean(q) || open.includes(kind);
        const label = t(KIND_LABEL[kind], lang);
        const listId = `sites-${kind}`;
        return (
          <fieldset key={kind} class="site-group" data-kind={kind}>
            <legend>{label}</legend>
            <div class="site-group-head">
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  data-group={kind}
                  checked={on === group.length}
                  onChange={(e) => onGroupToggle(kind, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{t('optionsGroupSwitch', lang, label)}</span>
              </label>
              <span class="muted" data-count={kind}>
                {t('optionsGroupCount', lang, String(on), String(group.length))}
              </span>
              {!q && (
                <button
                  type="button"
                  class="link"
                  data-expand={kind}
                  aria-expanded={expanded}
                  aria-controls={listId}
                  onClick={() => toggleOpen(kind)}
                >
                  {t(expanded ? 'optionsGroupCollapse' : 'optionsGroupExpand', lang)}
                </button>
              )}
            </div>
            {disabledGroups.includes(kind) && <p class="muted">{t('optionsGroupOff', lang)}</p>}
            <ul id={listId} hidden={!expanded}>
              {shown.map((site) => (
                <li key={site.id}>
                  <label class="switch">
                    <input
                      type="checkbox"
                      role="switch"
                      data-site={site.id}
                      checked={isOn(site)}
                      onChange={(e) => onToggle(site.id, (e.currentTarget as HTMLInputElement).checked)}
                    />
                    <span>
                      {site.name[lang]} <small class="hosts">{hostsOf(site.matches).join(', ')}</small>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </section>
  );
}
