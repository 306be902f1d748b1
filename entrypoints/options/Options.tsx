import { sites } from '../../rules';
import type { SiteKind } from '../../rules/types';
import { t, type Lang, type MessageKey } from '../../utils/i18n';

const KIND_LABEL: Record<SiteKind, MessageKey> = { ca: 'kindCa', bank: 'kindBank', public: 'kindPublic', other: 'kindOther' };
const KINDS: SiteKind[] = ['ca', 'bank', 'public', 'other'];

/** The sites the extension works on, grouped by kind. */
export function Options({ lang }: { lang: Lang }) {
  return (
    <main class="options">
      <h1>{t('optionsTitle', lang)}</h1>
      <h2>{t('optionsSitesHeading', lang)}</h2>
      {KINDS.map((kind) => {
        const group = sites.filter((s) => s.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h3 id={`kind-${kind}`}>{t(KIND_LABEL[kind], lang)}</h3>
            <ul>
              {group.map((site) => (
                <li key={site.id}>
                  {site.name[lang]} <span class="hosts">{site.matches.join(', ')}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
