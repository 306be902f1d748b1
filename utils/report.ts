import { redact } from '../rules/redact';
import { formatKst } from '../rules/timing';
import { t, type Lang } from './i18n';
import type { TabView } from './protocol';

export interface ReportContext {
  view: TabView | undefined;
  now: Date;
  browser: string;
  version: string;
  lang: Lang;
}

/**
 * A plain-text report to paste into a support chat: site, time in KST, problems and codes,
 * browser and extension version. Every line passes through redact(); no page text is included
 * beyond the problem titles and error codes.
 */
export function buildReport({ view, now, browser, version, lang }: ReportContext): string {
  const lines = [
    t('reportTitle', lang),
    `${t('reportSite', lang)}: ${view?.site ? `${view.site.name}` : '-'}`,
    `${t('reportTime', lang)}: ${formatKst(now, lang)}`,
    `${t('reportProblems', lang)}:`,
  ];
  const problems = view?.problems ?? [];
  if (problems.length === 0) lines.push(`- ${t('reportNone', lang)}`);
  for (const problem of problems) {
    const code = problem.code ? ` (${t('popupCode', lang)} ${problem.code})` : '';
    const seen = problem.seenAt ? ` · ${formatKst(new Date(problem.seenAt), lang)}` : '';
    lines.push(`- [${problem.category}] ${problem.title}${code}${seen}`);
  }
  lines.push(`${t('reportBrowser', lang)}: ${browser}`, `${t('reportVersion', lang)}: ${version}`);
  return lines.map(redact).join('\n');
}

/** "Chrome 156" / "Whale 4.30" / "Edge 140" / "Firefox 140" from a user-agent string. */
export function browserName(userAgent: string): string {
  for (const [name, pattern] of [
    ['Whale', /Whale\/([\d.]+)/],
    ['Edge', /Edg\/([\d]+)/],
    ['Firefox', /Firefox\/([\d]+)/],
    ['Chrome', /Chrome\/([\d]+)/],
  ] as const) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  return 'unknown';
}

export interface MissingRuleContext {
  /** The message as stored: already redacted in the page, and redacted again here. */
  text: string;
  site: string | undefined;
  now: Date;
  browser: string;
  version: string;
  lang: Lang;
}

/** A ready-to-send "missing rule" report for one unrecognised failure text. */
export function buildMissingRuleReport({ text, site, now, browser, version, lang }: MissingRuleContext): string {
  return [
    t('reportMissingRuleTitle', lang),
    `${t('reportMessage', lang)}: ${text}`,
    `${t('reportSite', lang)}: ${site ?? '-'}`,
    `${t('reportTime', lang)}: ${formatKst(now, lang)}`,
    `${t('reportBrowser', lang)}: ${browser}`,
    `${t('reportVersion', lang)}: ${version}`,
  ]
    .map(redact)
    .join('\n');
}
