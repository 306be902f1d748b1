import { guide } from '../../rules';
import type { GuideItem } from '../../rules/catalogue/guide';
import { ProblemSteps } from '../../components/ProblemSteps';
import { t, type Lang } from '../../utils/i18n';
import type { TabView } from '../../utils/protocol';

interface Props {
  lang: Lang;
  view: TabView | undefined;
  onOpenOptions(): void;
}

function GuideList({ items, lang }: { items: GuideItem[]; lang: Lang }) {
  return (
    <ul class="guide">
      {items.map((item) => (
        <li key={item.id}>{item.text[lang]}</li>
      ))}
    </ul>
  );
}

export function Popup({ lang, view, onOpenOptions }: Props) {
  const problems = view?.problems ?? [];
  return (
    <main class="popup">
      <header>
        <h1>{t('extName', lang)}</h1>
        <p class="site">{view?.site ? `${t('popupSite', lang)}: ${view.site.name}` : t('popupNotListed', lang)}</p>
      </header>
      <section aria-labelledby="found">
        <h2 id="found">{t('popupFoundHeading', lang)}</h2>
        {problems.length === 0 ? (
          <p class="empty">{t('popupNoProblems', lang)}</p>
        ) : (
          <ul class="problems">
            {problems.map((problem) => (
              <li key={problem.problemId} class={`problem ${problem.severity}`} data-category={problem.category}>
                <h3>{problem.title}</h3>
                <ProblemSteps problem={problem} codeLabel={t('popupCode', lang)} callLabel={t('hintCall', lang)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <details open={problems.length === 0}>
        <summary>{t('popupPreflightHeading', lang)}</summary>
        <GuideList items={guide.preflight} lang={lang} />
      </details>
      <details>
        <summary>{t('popupReasonsHeading', lang)}</summary>
        <GuideList items={guide.reissueReasons} lang={lang} />
      </details>
      <details>
        <summary>{t('popupSecurityHeading', lang)}</summary>
        <GuideList items={guide.securityTips} lang={lang} />
      </details>
      <footer>
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('popupOptions', lang)}
        </button>
      </footer>
    </main>
  );
}
