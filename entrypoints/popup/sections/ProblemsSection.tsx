import { Checklist } from '../../../components/Checklist';
import { retryAdvice, formatKst } from '../../../rules/timing';
import { t, type Lang } from '../../../utils/i18n';
import type { ProblemView, TabView } from '../../../utils/protocol';

interface Props {
  lang: Lang;
  view: TabView | undefined;
  now: Date;
  checked: Set<string>;
  onToggle(id: string, checked: boolean): void;
}

const TIME_AWARE = new Set(['server-error', 'service-hours']);
export const stepId = (problem: ProblemView, index: number) => `${problem.problemId}:${index}`;

/** "이 페이지에서 발견된 문제": each problem's fix as a checklist, with time advice where time matters. */
export function ProblemsSection({ lang, view, now, checked, onToggle }: Props) {
  const problems = view?.problems ?? [];
  return (
    <section aria-labelledby="found">
      <h2 id="found">{t('popupFoundHeading', lang)}</h2>
      {problems.length === 0 && <p class="empty">{t('popupNoProblems', lang)}</p>}
      <ul class="problems">
        {problems.map((problem) => (
          <li key={problem.problemId} class={`problem ${problem.severity}`} data-category={problem.category}>
            <h3>{problem.title}</h3>
            <Checklist numbered items={problem.steps.map((text, i) => ({ id: stepId(problem, i), text }))} checked={checked} onToggle={onToggle} />
            {problem.code && (
              <p class="code">
                {t('popupCode', lang)}: <code>{problem.code}</code>
              </p>
            )}
            {problem.centre && (
              <p class="centre">
                {t('hintCall', lang)}: <a href={`tel:${problem.centre.phone}`}>{problem.centre.phone}</a>
                {problem.centre.hours && ` (${problem.centre.hours})`}
              </p>
            )}
            {TIME_AWARE.has(problem.category) && (
              <div class="timing" role="note" aria-label={t('popupRetry', lang)}>
                <p>{t('popupTimeNow', lang, formatKst(now, lang))}</p>
                {view?.site?.serviceHours && <p>{`${t('popupServiceHours', lang)}: ${view.site.serviceHours}`}</p>}
                <p>{retryAdvice(now)[lang]}</p>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
