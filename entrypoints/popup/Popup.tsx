import { t, type Lang, type MessageKey } from '../../utils/i18n';
import type { Reminder } from '../../utils/settings';
import { daysLeftText } from '../../utils/days-left';
import type { ProblemView, TabView } from '../../utils/protocol';
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
  /** "이 안내가 맞지 않아요" for one problem. */
  wrongHintReport(problem: ProblemView): string;
  reminders: Reminder[];
  siteEnabled: boolean;
  stepChecks: Set<string>;
  preflightChecks: Set<string>;
  onStepToggle(id: string, checked: boolean): void;
  onPreflightToggle(id: string, checked: boolean): void;
  onSiteToggle(enabled: boolean): void;
  onHintHidden(hidden: boolean): void;
  onAddSite(host: string): Promise<MessageKey | undefined>;
  copy(text: string): Promise<void>;
  onOpenOptions(): void;
  onOpenGuide(): void;
}

export function Popup(props: PopupProps) {
  const { lang, view } = props;
  const listed = Boolean(view?.site);
  const hasProblems = (view?.problems.length ?? 0) > 0;
  return (
    <main class="popup">
      <div class="popup-top">
        <h1>{t('extName', lang)}</h1>
        <SiteSection
          lang={lang}
          view={view}
          enabled={props.siteEnabled}
          onToggle={props.onSiteToggle}
          onHintHidden={props.onHintHidden}
          onAddSite={props.onAddSite}
        />
        {props.reminders.length > 0 && (
          <ul class="reminders-left">
            {props.reminders.map((r) => (
              <li key={r.id}>
                {r.label
                  ? t('popupReminder', lang, r.label, daysLeftText(r.expiry, props.now.getTime(), lang))
                  : t('popupReminderUnnamed', lang, daysLeftText(r.expiry, props.now.getTime(), lang))}
              </li>
            ))}
          </ul>
        )}
      </div>
      {/* On a site it does not look at, the popup says nothing about problems "found" there. */}
      {listed && (
        <ProblemsSection
          lang={lang}
          view={view}
          now={props.now}
          checked={props.stepChecks}
          onToggle={props.onStepToggle}
          wrongHintReport={props.wrongHintReport}
          copy={props.copy}
        />
      )}
      <UnknownSection
        lang={lang}
        unknown={view?.unknown ?? []}
        reportFor={props.missingRuleReport}
        copy={props.copy}
      />
      <PreflightSection
        lang={lang}
        open={!hasProblems && listed}
        checked={props.preflightChecks}
        onToggle={props.onPreflightToggle}
      />
      <ReadingSections lang={lang} />
      {listed && <ReportSection lang={lang} report={props.report} copy={props.copy} />}
      <footer>
        <button type="button" class="link" onClick={props.onOpenOptions}>
          {t('popupOptions', lang)}
        </button>
        <button type="button" class="link" onClick={props.onOpenGuide}>
          {t('popupGuide', lang)}
        </button>
      </footer>
    </main>
  );
}
