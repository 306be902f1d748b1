import { fixFor, problemFor, siteById } from '../../../rules';
import { formatKst } from '../../../rules/timing';
import { t, type Lang } from '../../../utils/i18n';
import { customHostOf } from '../../../utils/site-key';

export interface HistoryRow {
  site: string;
  problemId: string;
  code?: string;
  time: number;
}

/** The diagnosis history, as long as the user chose to keep it. No page text is kept. */
export function HistorySection({ lang, history }: { lang: Lang; history: HistoryRow[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('optionsHistoryHeading', lang)}</h2>
      {history.length === 0 ? (
        <p class="muted">{t('optionsHistoryNone', lang)}</p>
      ) : (
        <ul class="history">
          {history.slice(0, 50).map((row) => {
            const problem = problemFor(row.problemId);
            const title = problem ? (fixFor(problem.fix)?.title[lang] ?? row.problemId) : row.problemId;
            const site = customHostOf(row.site) ?? siteById(row.site)?.name[lang] ?? row.site;
            return (
              <li key={`${row.time}-${row.problemId}`}>
                <time>{formatKst(new Date(row.time), lang)}</time> · {site} · {title}
                {row.code && ` (${t('popupCode', lang)} ${row.code})`}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
