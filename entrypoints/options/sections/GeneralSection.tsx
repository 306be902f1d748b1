import { t, type Lang } from '../../../utils/i18n';
import type { Settings } from '../../../utils/settings';
import type { SettingsChange } from '../../../utils/settings-changes';

interface Props {
  lang: Lang;
  settings: Settings;
  onChange(change: SettingsChange): void;
}

/** Global switches, hint language and how long history is kept. */
export function GeneralSection({ lang, settings, onChange }: Props) {
  return (
    <section aria-labelledby="general-heading">
      <h2 id="general-heading">{t('optionsGeneralHeading', lang)}</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          name="hints"
          checked={settings.hintsEnabled}
          onChange={(e) =>
            onChange({ op: 'hints-enabled', value: (e.currentTarget as HTMLInputElement).checked })
          }
        />
        <span>{t('optionsHints', lang)}</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          name="badge"
          checked={settings.badgeEnabled}
          onChange={(e) =>
            onChange({ op: 'badge-enabled', value: (e.currentTarget as HTMLInputElement).checked })
          }
        />
        <span>{t('optionsBadge', lang)}</span>
      </label>
      <label class="field">
        <span>{t('optionsLanguage', lang)}</span>
        <select
          name="language"
          value={settings.hintLanguage}
          onChange={(e) =>
            onChange({
              op: 'hint-language',
              value: (e.currentTarget as HTMLSelectElement).value as Settings['hintLanguage'],
            })
          }
        >
          <option value="auto">{t('optionsLanguageAuto', lang)}</option>
          <option value="ko">한국어</option>
          <option value="en">English</option>
        </select>
      </label>
      <label class="field">
        <span>{t('optionsRetention', lang)}</span>
        <select
          name="retention"
          value={settings.retention}
          onChange={(e) =>
            onChange({
              op: 'retention',
              value: (e.currentTarget as HTMLSelectElement).value as Settings['retention'],
            })
          }
        >
          <option value="none">{t('optionsRetentionNone', lang)}</option>
          <option value="session">{t('optionsRetentionSession', lang)}</option>
          <option value="7d">{t('optionsRetention7d', lang)}</option>
        </select>
      </label>
    </section>
  );
}
