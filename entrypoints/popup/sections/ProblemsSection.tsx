import { useState } from 'preact/hooks';
import { Checklist } from '../../../components/Checklist';
import { ProblemSteps } from '../../../components/ProblemSteps';
import { retryAdvice, formatKst } from '../../../rules/timing';
import { t, type Lang } from '../../../utils/i18n';
import type { ProblemView, TabView } from '../../../utils/protocol';
import { useCopy } from './use-copy';

interface Props {
  lang: Lang;
  view: TabView | undefined;
  now: Date;
  checked: Set<string>;
  onToggle(id: string, checked: boolean): void;
  /** "이 안내가 맞지 않아요": the redacted report for one problem. */
  wrongHintReport(problem: ProblemView): string;
  copy(text: string): Promise<void>;
}

const TIME_AWARE = new Set(['server-error', 'service-hours']);
export const stepId = (problem: ProblemView, index: number) => `${problem.problemId}:${index}`;

/** "이 안내가 맞지 않아요": shows what would be copied first, then copies it on request. */
function WrongHint({
  lang,
  report,
  copy,
  id,
}: {
  lang: Lang;
  report: string;
  copy(text: string): Promise<void>;
  id: string;
}) {
  const [open, setOpen] = useState(false);
  const [status, copyReport] = useCopy(copy);
  return (
    <div class="wrong-hint">
      <button
        type="button"
        class="link"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {t('popupWrongHint', lang)}
      </button>
      {open && (
        <div id={`${id}-panel`} class="wrong-hint-panel">
          <p>{t('popupWrongHintHelp', lang)}</p>
          <pre class="report-text" aria-label={t('popupReportPreview', lang)}>
            {report}
          </pre>
          <button type="button" class="secondary" onClick={() => copyReport(report)}>
            {t('popupWrongHintCopy', lang)}
          </button>
        </div>
      )}
      <p class="status" role="status">
        {status === 'copied'
          ? t('popupWrongHintCopied', lang)
          : status === 'failed'
            ? t('popupReportFailed', lang)
            : ''}
      </p>
    </div>
  );
}

/** "이 페이지에서 발견된 문제": each problem's fix as a checklist, with time advice where time matters. */
export function ProblemsSection({ lang, view, now, checked, onToggle, wrongHintReport, copy }: Props) {
  const problems = view?.problems ?? [];
  return (
    <section aria-labelledby="found">
      <h2 id="found">{t('popupFoundHeading', lang)}</h2>
      {problems.length === 0 && <p class="empty">{t('popupNoProblems', lang)}</p>}
      <ul class="problems">
        {problems.map((problem, index) => (
          <li
            key={problem.problemId}
            class={`problem severity-${problem.severity}`}
            data-category={problem.category}
          >
            <h3>
              <span class="visually-hidden">
                {t(
                  problem.severity === 'warning'
                    ? 'severityWarning'
                    : problem.severity === 'error'
                      ? 'severityError'
                      : 'severityInfo',
                  lang,
                )}
                :{' '}
              </span>
              {problem.title}
            </h3>
            <ProblemSteps
              problem={problem}
              codeLabel={t('popupCode', lang)}
              callLabel={t('hintCall', lang)}
              programLabel={t('hintProgram', lang)}
              steps={
                <Checklist
                  numbered
                  items={problem.steps.map((text, i) => ({ id: stepId(problem, i), text }))}
                  checked={checked}
                  onToggle={onToggle}
                />
              }
            />
            {TIME_AWARE.has(problem.category) && (
              <div class="timing" role="note" aria-label={t('popupRetry', lang)}>
                <p>{t('popupTimeNow', lang, formatKst(now, lang))}</p>
                {view?.site?.serviceHours && (
                  <p>{`${t('popupServiceHours', lang)}: ${view.site.serviceHours}`}</p>
                )}
                <p>{retryAdvice(now)[lang]}</p>
              </div>
            )}
            <WrongHint lang={lang} id={`wrong-${index}`} report={wrongHintReport(problem)} copy={copy} />
          </li>
        ))}
      </ul>
    </section>
  );
}
