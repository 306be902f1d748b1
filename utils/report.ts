import { redact } from '../rules/redact';
import { formatKst } from '../rules/timing';
import { t, type Lang } from './i18n';
import type { ProblemView, TabView } from './protocol';

/** Where the reports come from: the browser, the OS and the extension's version. */
export interface Environment {
  browser: string;
  os: string;
  version: string;
}

export interface ReportContext extends Environment {
  view: TabView | undefined;
  now: Date;
  lang: Lang;
}

/** The message as the page showed it, redacted again, on one line and not too long. */
const quoted = (message: string): string => `“${message.replace(/\s+/g, ' ').trim().slice(0, 300)}”`;

const environmentLines = ({ browser, os, version }: Environment, lang: Lang): string[] => [
  `${t('reportBrowser', lang)}: ${browser}`,
  `${t('reportOs', lang)}: ${os}`,
  `${t('reportVersion', lang)}: ${version}`,
];

/**
 * A plain-text report to paste into a support chat: site, time in KST, each problem with its code
 * and the page's own (redacted) message, browser, OS and extension version. Written for a person at
 * a help desk: no internal ids. Every line passes through redact().
 */
export function buildReport({ view, now, lang, ...environment }: ReportContext): string {
  const lines = [
    t('reportTitle', lang),
    `${t('reportSite', lang)}: ${view?.site ? `${view.site.name}` : (view?.host ?? '-')}`,
    `${t('reportTime', lang)}: ${formatKst(now, lang)}`,
    `${t('reportProblems', lang)}:`,
  ];
  const problems = view?.problems ?? [];
  if (problems.length === 0) lines.push(`- ${t('reportNone', lang)}`);
  for (const problem of problems) {
    const code = problem.code ? ` (${t('popupCode', lang)} ${problem.code})` : '';
    const seen = problem.seenAt ? ` · ${formatKst(new Date(problem.seenAt), lang)}` : '';
    lines.push(`- ${problem.title}${code}${seen}`);
    if (problem.program) lines.push(`  ${t('hintProgram', lang)}: ${problem.program.name}`);
    if (problem.message) lines.push(`  ${t('reportMessage', lang)}: ${quoted(problem.message)}`);
  }
  lines.push(...environmentLines(environment, lang));
  return lines.map(redact).join('\n');
}

export interface WrongHintContext extends Environment {
  problem: ProblemView;
  site: string | undefined;
  now: Date;
  lang: Lang;
}

/**
 * "이 안내가 맞지 않아요": what the project needs to fix a wrong diagnosis, for its issue tracker.
 * The diagnosis carries the rule's id here, since that is what a maintainer looks up.
 */
export function buildWrongHintReport({ problem, site, now, lang, ...environment }: WrongHintContext): string {
  return [
    t('reportWrongHintTitle', lang),
    `${t('reportMessage', lang)}: ${problem.message ? quoted(problem.message) : '-'}`,
    `${t('reportDiagnosis', lang)}: ${problem.title} (${problem.problemId})${problem.code ? ` · ${t('popupCode', lang)} ${problem.code}` : ''}`,
    `${t('reportSite', lang)}: ${site ?? '-'}`,
    `${t('reportTime', lang)}: ${formatKst(now, lang)}`,
    ...environmentLines(environment, lang),
  ]
    .map(redact)
    .join('\n');
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

/**
 * "Windows" / "macOS" / "Linux" / "Android 14" / "iOS 18" / "ChromeOS" from a user-agent string.
 * Windows 10 and 11 send the same "Windows NT 10.0", so the report does not guess between them.
 */
export function osName(userAgent: string): string {
  const android = /Android (\d+)/.exec(userAgent);
  if (android) return `Android ${android[1]}`;
  const ios = /(?:iPhone|iPad).*? OS (\d+)/.exec(userAgent);
  if (ios) return `iOS ${ios[1]}`;
  if (/CrOS/.test(userAgent)) return 'ChromeOS';
  const windows = /Windows NT (\d+\.\d+)/.exec(userAgent);
  if (windows) return windows[1] === '10.0' ? 'Windows 10/11' : `Windows NT ${windows[1]}`;
  if (/Mac OS X|Macintosh/.test(userAgent)) return 'macOS';
  if (/Linux/.test(userAgent)) return 'Linux';
  return 'unknown';
}

export interface MissingRuleContext extends Environment {
  /** The message as stored: redacted by the background when it arrived, and redacted again here. */
  text: string;
  site: string | undefined;
  now: Date;
  lang: Lang;
}

/** A ready-to-send "missing rule" report for one unrecognised failure text. */
export function buildMissingRuleReport({
  text,
  site,
  now,
  lang,
  ...environment
}: MissingRuleContext): string {
  return [
    t('reportMissingRuleTitle', lang),
    `${t('reportMessage', lang)}: ${text}`,
    `${t('reportSite', lang)}: ${site ?? '-'}`,
    `${t('reportTime', lang)}: ${formatKst(now, lang)}`,
    ...environmentLines(environment, lang),
  ]
    .map(redact)
    .join('\n');
}
