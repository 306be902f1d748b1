import { useState } from 'preact/hooks';
import { sites } from '../../../rules';
import type { SiteKind } from '../../../rules/types';
import { t, type Lang, type MessageKey } from '../../../utils/i18n';

const KIND_LABEL: Record<SiteKind, MessageKey> = { ca: 'kindCa', bank: 'kindBank', public: 'kindPublic', other: 'kindOther' };
const KINDS: SiteKind[] = ['ca', 'bank', 'public', 'other'];

interface Props {
  lang: Lang;
  disabled: string[];
  onToggle(siteId: string, enabled: boolean): void;
}

const hostsOf = (matches: readonly string[]) => matches.map((m) => m.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, ''));

/** Built-in sites by kind, with a search box and a switch each. */
export function SitesSection({ lang, disabled, onToggle }: Props) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const visible = sites.filter((s) => !q || `${s.name.ko} ${s.name.en} ${hostsOf(s.matches).join(' ')}`.toLowerCase().includes(q));
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading', lang)}</h2>
      <label class="search">
        <span class="visually-hidden">{t('optionsSearch', lang)}</span>
        <input type="search" placeholder={t('optionsSearch', lang)} value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {visible.length === 0 && <p class="muted">{t('optionsNoMatch', lang)}</p>}
      {KINDS.map((kind) => {
        const group = visible.filter((s) => s.kind === kind);
        if (group.length === 0) return null;
        return (
          <fieldset key={kind} class="site-group">
            <legend>{t(KIND_LABEL[kind], lang)}</legend>
            <ul>
              {group.map((site) => (
                <li key={site.id}>
                  <label class="switch">
                    <input type="checkbox" role="switch" data-site={site.id} checked={!disabled.includes(site.id)} onChange={(e) => onToggle(site.id, (e.currentTarget as HTMLInputElement).checked)} />
                    <span>
                      {site.name[lang]} <small class="muted">{hostsOf(site.matches).join(', ')}</small>
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
