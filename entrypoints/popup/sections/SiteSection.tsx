import { t, type Lang } from '../../../utils/i18n';
import type { TabView } from '../../../utils/protocol';

interface Props {
  lang: Lang;
  site: TabView['site'];
  enabled: boolean;
  onToggle(enabled: boolean): void;
}

/** The current site: its name, an on/off switch and its customer centre. */
export function SiteSection({ lang, site, enabled, onToggle }: Props) {
  if (!site) return <p class="site">{t('popupNotListed', lang)}</p>;
  return (
    <div class="site">
      <p>
        {t('popupSite', lang)}: <strong>{site.name}</strong>
      </p>
      <label class="switch">
        <input type="checkbox" role="switch" checked={enabled} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('popupSiteSwitch', lang)}</span>
      </label>
      {!enabled && <p class="note">{t('popupSiteOff', lang)}</p>}
      {site.centre && (
        <p class="centre">
          {t('hintCall', lang)}: <a href={`tel:${site.centre.phone}`}>{site.centre.phone}</a>
          {site.centre.hours && ` (${site.centre.hours})`}
        </p>
      )}
    </div>
  );
}
