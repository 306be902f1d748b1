import { useState } from 'preact/hooks';
import { CentreLine } from '../../../components/ProblemSteps';
import { t, type Lang, type MessageKey } from '../../../utils/i18n';
import type { TabView } from '../../../utils/protocol';

interface Props {
  lang: Lang;
  view: TabView | undefined;
  enabled: boolean;
  onToggle(enabled: boolean): void;
  /** "이 사이트에서 숨기기" undone (or done again) from here. */
  onHintHidden(hidden: boolean): void;
  /** Asks for the site's permission and adds it; resolves to an error message key, or undefined. */
  onAddSite(host: string): Promise<MessageKey | undefined>;
}

/** An unlisted site: said plainly, with a way to add it (the browser asks for access). */
function UnlistedSite({
  lang,
  host,
  onAddSite,
}: {
  lang: Lang;
  host: string | undefined;
  onAddSite: Props['onAddSite'];
}) {
  const [error, setError] = useState<MessageKey | undefined>();
  const [busy, setBusy] = useState(false);
  return (
    <div class="site unlisted">
      <p>
        <strong>{t('popupNotListed', lang)}</strong>
      </p>
      {host ? (
        <>
          <p>{t('popupAddSiteHelp', lang, host)}</p>
          <div class="actions">
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                // Asked inside this click, as browsers require for a permission request.
                void onAddSite(host).then((problem) => {
                  setBusy(false);
                  setError(problem);
                });
              }}
            >
              {t('popupAddSite', lang)}
            </button>
          </div>
          {error && (
            <p class="text-error" role="alert">
              {t(error, lang)}
            </p>
          )}
        </>
      ) : (
        <p>{t('popupNotListedHelp', lang)}</p>
      )}
    </div>
  );
}

/** The current site: its name, switches for the helper and for the in-page hint, its centre and reissue page. */
export function SiteSection({ lang, view, enabled, onToggle, onHintHidden, onAddSite }: Props) {
  const site = view?.site;
  if (!site) return <UnlistedSite lang={lang} host={view?.host} onAddSite={onAddSite} />;
  return (
    <div class="site">
      <p>
        {t('popupSite', lang)}: <strong>{site.name}</strong>
      </p>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          name="site-enabled"
          checked={enabled}
          onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('popupSiteSwitch', lang)}</span>
      </label>
      {!enabled && <p class="note">{t('popupSiteOff', lang)}</p>}
      {enabled && view?.host && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            name="hint-shown"
            checked={!view.hintHidden}
            onChange={(e) => onHintHidden(!(e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('popupHintSwitch', lang)}</span>
        </label>
      )}
      {enabled && view?.hintHidden && <p class="note">{t('popupHintHidden', lang)}</p>}
      {site.centre && <CentreLine centre={site.centre} label={t('hintCall', lang)} />}
      {site.reissueUrl && (
        <p>
          <a href={site.reissueUrl} target="_blank" rel="noopener noreferrer">
            {t('popupReissuePage', lang, site.name)}
          </a>
        </p>
      )}
    </div>
  );
}
