import { useFocusAfterRemoval } from '../../../components/focus';
import { t, type Lang } from '../../../utils/i18n';

interface Props {
  lang: Lang;
  hosts: string[];
  onShowAgain(host: string): void;
}

/** Sites where the user chose "이 사이트에서 숨기기": the way back. */
export function HiddenHintsSection({ lang, hosts, onShowAgain }: Props) {
  const { section, removing } = useFocusAfterRemoval(hosts, 'button[data-show-again]', (h) => h);
  return (
    <section ref={section} aria-labelledby="hidden-heading">
      <h2 id="hidden-heading" tabIndex={-1}>
        {t('optionsHiddenHeading', lang)}
      </h2>
      <p class="muted">{t('optionsHiddenHelp', lang)}</p>
      {hosts.length === 0 ? (
        <p class="muted">{t('optionsHiddenNone', lang)}</p>
      ) : (
        <ul class="hidden-hosts">
          {hosts.map((host, index) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button
                type="button"
                class="link"
                data-show-again={host}
                aria-label={t('optionsShowAgainNamed', lang, host)}
                onClick={() => {
                  removing(index, host);
                  onShowAgain(host);
                }}
              >
                {t('optionsShowAgain', lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
