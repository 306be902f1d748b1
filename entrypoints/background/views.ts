import { fixFor, problemFor, programById, siteById } from '../../rules';
import type { Fix, Site } from '../../rules/types';
import { t, type Lang } from '../../utils/i18n';
import type { HintView, ProblemView, TabView } from '../../utils/protocol';
import { siteView } from './sites';
import type { TabProblem, TabState } from './tab-state';
import { newestFirst } from './tab-state';

// Turns stored diagnoses into what the hint and popup show, in one language. The content script
// receives finished text, so it never carries the catalogue.

/**
 * Sites call the certificate password "인증서 암호" (the CAs, yessign) or "인증서 비밀번호" (most
 * banks); a fix that follows the page says what the page said, so the user finds the same word.
 */
export function inPageWords(text: string, fix: Fix, lang: Lang, pageText: string): string {
  if (lang !== 'ko' || !fix.followsPageWord) return text;
  return /암호/.test(pageText) && !/비밀번호/.test(pageText) ? text.replace(/비밀번호/g, '암호') : text;
}

export function problemView(
  problem: TabProblem,
  lang: Lang,
  site: Site | undefined,
): ProblemView | undefined {
  const fix = fixFor(problem.fixId);
  const definition = problemFor(problem.problemId);
  if (!fix || !definition) return undefined;
  const centre =
    fix.callCentre && site?.centre
      ? { phone: site.centre.phone, ...(site.centre.hours ? { hours: site.centre.hours[lang] } : {}) }
      : undefined;
  const program = problem.program ? programById(problem.program) : undefined;
  const words = (text: string) => inPageWords(text, fix, lang, problem.text);
  return {
    problemId: problem.problemId,
    category: problem.category,
    severity: definition.severity,
    title: words(fix.title[lang]),
    steps: fix.steps.map((step) => words(step[lang])),
    ...(problem.code ? { code: problem.code } : {}),
    seenAt: problem.time,
    ...(centre ? { centre } : {}),
    ...(fix.link ? { link: fix.link } : {}),
    ...(problem.text ? { message: problem.text } : {}),
    ...(program
      ? { program: { name: program.name, ...(program.help ? { url: program.help.url } : {}) } }
      : {}),
  };
}

function problemViews(state: TabState | undefined, lang: Lang): ProblemView[] {
  const site = state ? siteById(state.site) : undefined;
  return newestFirst(state).flatMap((p) => problemView(p, lang, site) ?? []);
}

/** `shortcut` is the keyboard shortcut as the browser reports it ("Alt+Shift+H"), when one is set. */
export function hintView(state: TabState | undefined, lang: Lang, shortcut = ''): HintView {
  const problems = problemViews(state, lang);
  const site = state ? siteView(state.site, lang)?.name : undefined;
  return {
    lang,
    ...(site ? { site } : {}),
    problems,
    labels: {
      heading: t('hintHeading', lang),
      close: t('hintClose', lang),
      minimise: t('hintMinimise', lang),
      restore: t('hintRestore', lang, String(problems.length)),
      hideOnSite: t('hintHideOnSite', lang),
      call: t('hintCall', lang),
      code: t('popupCode', lang),
      program: t('hintProgram', lang),
      moveLeft: t('hintMoveLeft', lang),
      moveRight: t('hintMoveRight', lang),
      announce: problems[0] ? t('hintAnnounce', lang, String(problems.length), problems[0].title) : '',
      shortcut: shortcut ? t('hintShortcut', lang, shortcut) : '',
    },
  };
}

export interface TabContext {
  /** The tab's host, when the browser lets the extension see it. */
  host?: string;
  hintHidden?: boolean;
}

export function tabView(
  state: TabState | undefined,
  lang: Lang,
  siteKey: string | undefined,
  context: TabContext = {},
): TabView {
  const site = siteKey ? siteView(siteKey, lang) : undefined;
  const unknown = (state?.unknown ?? []).map((u) => ({ text: u.text, seenAt: u.time }));
  return {
    lang,
    ...(site ? { site } : {}),
    ...(context.host ? { host: context.host } : {}),
    ...(context.hintHidden ? { hintHidden: true } : {}),
    problems: problemViews(state, lang),
    ...(unknown.length ? { unknown } : {}),
  };
}
