import { useState } from 'preact/hooks';
import { useFocusAfterRemoval } from '../../../components/focus';
import { t, type Lang, type MessageKey } from '../../../utils/i18n';
import type { CustomSite } from '../../../utils/settings';
import { customSitePattern } from '../../../utils/site-input';

interface Props {
  lang: Lang;
  sites: CustomSite[];
  grantedOrigins: string[];
  /** Resolves to an error message key, or undefined when the site was added. */
  onAdd(input: string): Promise<MessageKey | undefined>;
  onRemove(host: string): void;
}

/** Sites the user adds: validated, asked for as an optional permission, and removable. */
export function CustomSitesSection({ lang, sites, grantedOrigins, onAdd, onRemove }: Props) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<MessageKey | undefined>();
  const { section, removing } = useFocusAfterRemoval(sites, 'button[data-remove]', (s) => s.host);
  const submit = (event: Event) => {
    event.preventDefault();
    // onAdd asks for the permission at once, inside this click, as browsers require.
    void onAdd(input).then((problem) => {
      setError(problem);
      if (!problem) setInput('');
    });
  };
  return (
    <section ref={section} aria-labelledby="custom-heading">
      <h2 id="custom-heading" tabIndex={-1}>
        {t('optionsCustomHeading', lang)}
      </h2>
      <p class="muted">{t('optionsCustomHelp', lang)}</p>
      <form class="row" onSubmit={submit}>
        <label>
          <span class="visually-hidden">{t('optionsCustomLabel', lang)}</span>
          <input
            name="custom-site"
            type="text"
            inputMode="url"
            placeholder="www.mybank.co.kr"
            value={input}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? 'custom-error' : undefined}
            onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('optionsCustomAdd', lang)}</button>
      </form>
      {error && (
        <p id="custom-error" class="text-error" role="alert">
          {t(error, lang)}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="muted">{t('optionsCustomNone', lang)}</p>
      ) : (
        <ul class="custom-sites">
          {sites.map((site, index) => (
            <li key={site.host}>
              <span>{site.host}</span>{' '}
              {!grantedOrigins.includes(customSitePattern(site.host)) && (
                <span class="badge-warning">{t('optionsCustomNoAccess', lang)}</span>
              )}
              <button
                type="button"
                class="link"
                data-remove={site.host}
                aria-label={t('optionsRemoveNamed', lang, site.host)}
                onClick={() => {
                  removing(index, site.host);
                  onRemove(site.host);
                }}
              >
                {t('optionsCustomRemove', lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
