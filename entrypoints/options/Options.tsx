import { t, type Lang, type MessageKey } from '../../utils/i18n';
import type { Reminder, Settings } from '../../utils/settings';
import type { SettingsChange } from '../../utils/settings-changes';
import { AboutSection } from './sections/AboutSection';
import { CustomSitesSection } from './sections/CustomSitesSection';
import { DataSection } from './sections/DataSection';
import { GeneralSection } from './sections/GeneralSection';
import { HiddenHintsSection } from './sections/HiddenHintsSection';
import { HistorySection, type HistoryRow } from './sections/HistorySection';
import { RemindersSection } from './sections/RemindersSection';
import { SitesSection } from './sections/SitesSection';

export interface OptionsProps {
  lang: Lang;
  settings: Settings;
  reminders: Reminder[];
  history: HistoryRow[];
  grantedOrigins: string[];
  now: number;
  version: string;
  shortcut: string;
  onChange(change: SettingsChange): void;
  onAddSite(input: string): Promise<MessageKey | undefined>;
  onAddReminder(reminder: Reminder): void;
  onRemoveReminder(id: string): void;
  onExport(): void;
  onImport(text: string): Promise<MessageKey | undefined>;
  onClear(): Promise<void>;
  onOpenGuide(): void;
}

export function Options(props: OptionsProps) {
  const { lang, settings, onChange } = props;
  return (
    <main class="options">
      <h1>{t('optionsTitle', lang)}</h1>
      <p class="muted">{t('optionsIntro', lang)}</p>
      <SitesSection
        lang={lang}
        disabled={settings.disabledSites}
        disabledGroups={settings.disabledGroups}
        onToggle={(siteId, enabled) => onChange({ op: 'site-enabled', siteId, enabled })}
        onGroupToggle={(kind, enabled) => onChange({ op: 'group-enabled', kind, enabled })}
      />
      <CustomSitesSection
        lang={lang}
        sites={settings.customSites}
        grantedOrigins={props.grantedOrigins}
        onAdd={props.onAddSite}
        onRemove={(host) => onChange({ op: 'custom-site-remove', host })}
      />
      <GeneralSection lang={lang} settings={settings} onChange={onChange} />
      <HiddenHintsSection
        lang={lang}
        hosts={settings.hintHiddenHosts}
        onShowAgain={(host) => onChange({ op: 'hint-hidden-host', host, hidden: false })}
      />
      <RemindersSection
        lang={lang}
        reminders={props.reminders}
        now={props.now}
        onAdd={props.onAddReminder}
        onRemove={props.onRemoveReminder}
      />
      <HistorySection lang={lang} history={props.history} />
      <DataSection lang={lang} onExport={props.onExport} onImport={props.onImport} onClear={props.onClear} />
      <AboutSection
        lang={lang}
        version={props.version}
        shortcut={props.shortcut}
        onOpenGuide={props.onOpenGuide}
      />
    </main>
  );
}
