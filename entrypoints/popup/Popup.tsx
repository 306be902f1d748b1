import { t, type Lang } from '../../utils/i18n';
import type { Reminder } from '../../utils/settings';
import { daysLeftText } from '../../utils/days-left';
import type { TabView } from '../../utils/protocol';
import { PreflightSection, ReadingSections } from './sections/GuideSections';
import { ProblemsSection } from './sections/ProblemsSection';
import { ReportSection } from './sections/ReportSection';
import { SiteSection } from './sections/SiteSection';
import { UnknownSection } from './sections/UnknownSection';

export interface PopupProps {
  lang: Lang;
  view: TabView | undefined;
  now: Date;
  report: string;
  /** The missing-rule report for one unrecognised text. */
  missingRuleReport(text: string, seenAt: number): string;
  reminders: Reminder[];
  siteEnabled: boolean;
  stepChecks: Set<string>;
  preflightChecks: Set<string>;
  onStepToggle(id: string, checked: boolean): void;
  onPreflightToggle(id: string, checked: boolean): void;
  onSiteToggle(enabled: boolean): void;
  copy(text: string): Promise<void>;
  onOpenOptions(): void;
}

export function Popup(props: PopupProps) {
  const { lang, view } = props;
  const hasProblems = (view?.problems.length ?? 0) > 0;
  return (
    <main class="popup">
      <header>
        <h1>{t('extName', lang)}</h1>
        <SiteSection lang={lang} site={view?.site} enabled={props.siteEnabled} onToggle={props.onSiteToggle} />
        {props.reminders.length > 0 && (
          <ul class="reminders-left">
            {props.reminders.map((r) => (
              <li key={r.id}>{t('popupReminder', lang, r.label || t('reminderUnnamed', lang), daysLeftText(r.expiry, props.now.getTime(), lang))}</li>
            ))}
          </ul>
        )}
      </header>
      <ProblemsSection lang={lang} view={view} now={props.now} checked={props.stepChecks} onToggle={props.onStepToggle} />
      <UnknownSection lang={lang} unknown={view?.unknown ?? []} reportFor={props.missingRuleReport} copy={props.copy} />
      <PreflightSection lang={lang} open={!hasProblems} checked={props.preflightChecks} onToggle={props.onPreflightToggle} />
      <ReadingSections lang={lang} />
      <ReportSection lang={lang} report={props.report} copy={props.copy} />
      <footer>
        <button type="button" class="link" onClick={props.onOpenOptions}>
          {t('popupOptions', lang)}
        </button>
      </footer>
    </main>
  );
}
