import { fixFor, problemFor, siteById } from '../../rules';
import type { Site } from '../../rules/types';
import { t, type Lang } from '../../utils/i18n';
import type { HintView, ProblemView, TabView } from '../../utils/protocol';
import { siteView } from './sites';
import type { TabProblem, TabState } from './tab-state';
import { newestFirst } from './tab-state';

// Turns stored diagnoses into what the hint and popup show, in one language. The content script
// receives finished text, so it never carries the catalogue.

export function problemView(problem: TabProblem, lang: Lang, site: Site | undefined): ProblemView | undefined {
  const fix = fixFor(problem.fixId);
  const definition = problemFor(problem.problemId);
  if (!fix || !definition) return undefined;
  const centre = fix.callCentre && site?.centre ? { phone: site.centre.phone, ...(site.centre.hours ? { hours: site.centre.hours[lang] } : {}) } : undefined;
  return {
    problemId: problem.problemId,
    category: problem.category,
    severity: definition.severity,
    title: fix.title[lang],
    steps: fix.steps.map((step) => step[lang]),
    ...(problem.code ? { code: problem.code } : {}),
    seenAt: problem.time,
    ...(centre ? { centre } : {}),
    ...(fix.link ? { link: fix.link } : {}),
  };
}

function problemViews(state: TabState | undefined, lang: Lang): ProblemView[] {
  const site = state ? siteById(state.site) : undefined;
  return newestFirst(state).flatMap((p) => problemView(p, lang, site) ?? []);
}

export function hintView(state: TabState | undefined, lang: Lang): HintView {
  const site = state ? siteView(state.site, lang)?.name : undefined;
  return {
    lang,
    ...(site ? { site } : {}),
    problems: problemViews(state, lang),
    labels: {
      heading: t('hintHeading', lang),
      close: t('hintClose', lang),
      minimise: t('hintMinimise', lang),
      hideOnSite: t('hintHideOnSite', lang),
      call: t('hintCall', lang),
      code: t('popupCode', lang),
      moveLeft: t('hintMoveLeft', lang),
      moveRight: t('hintMoveRight', lang),
    },
  };
}

export function tabView(state: TabState | undefined, lang: Lang, siteKey: string | undefined): TabView {
  const site = siteKey ? siteView(siteKey, lang) : undefined;
  const unknown = (state?.unknown ?? []).map((u) => ({ text: u.text, seenAt: u.time }));
  return { lang, ...(site ? { site } : {}), problems: problemViews(state, lang), ...(unknown.length ? { unknown } : {}) };
}
