import { t, type Lang } from '../../../utils/i18n';
import type { Settings } from '../../../utils/settings';
import type { SettingsChange } from '../../../utils/settings-changes';

interface Props {
  lang: Lang;
  settings: Settings;
  onChange(change: SettingsChange): void;
}

/** An on/off setting, as a checkbox with the switch role. */
function Switch({
  name,
  label,
  checked,
  onToggle,
}: {
  name: string;
  label: string;
  checked: boolean;
  onToggle(value: boolean): void;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        name={name}
        checked={checked}
        onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/** Global switches, hint language and how long history is kept. */
export function GeneralSection({ lang, settings, onChange }: Props) {
  return (
    <section aria-labelledby="general-heading">
      <h2 id="general-heading">{t('optionsGeneralHeading', lang)}</h2>
      <Switch
        name="hints"
        label={t('optionsHints', lang)}
        checked={settings.hintsEnabled}
        onToggle={(value) => onChange({ op: 'hints-enabled', value })}
      />
      <Switch
        name="badge"
        label={t('optionsBadge', lang)}
        checked={settings.badgeEnabled}
        onToggle={(value) => onChange({ op: 'badge-enabled', value })}
      />
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
