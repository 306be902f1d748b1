import { fixes, problems, sites } from './catalogue';
import { createMatcher, type ClassifyOptions, type Examination } from './matcher';
import { createSiteLookup } from './site-lookup';
import type { Diagnosis, Fix, Problem, Site } from './types';

export type * from './types';
export { CATEGORIES } from './types';
export { redact } from './redact';
export { normalise, compact, capMessage, MAX_MESSAGE_BYTES } from './normalise';
export { extractCode } from './codes';
export { fixes, problems, sites, guide } from './catalogue';
export { SITE_MATCHES } from './site-matches';

// Built on first use: the popup and options pages read the catalogue but never classify.
let matcher: ReturnType<typeof createMatcher> | undefined;
const lookup = createSiteLookup(sites);
const fixById = new Map(fixes.map((f) => [f.id, f]));
const problemById = new Map(problems.map((p) => [p.id, p]));
const sitesById = new Map(sites.map((s) => [s.id, s]));

export type { Examination, TextContext } from './matcher';

export interface ExamineOptions {
  /** The page the text was seen on: enables the rules scoped to its site. */
  url?: string;
  context?: ClassifyOptions['context'];
}

/** What one message reports: its diagnoses, best first, or that it is a failure of no known kind. */
export function examine(text: string, options: ExamineOptions = {}): Examination {
  const siteId = options.url ? lookup.siteFor(options.url)?.id : undefined;
  matcher ??= createMatcher(problems);
  return matcher.examine(text, {
    ...(siteId ? { siteId } : {}),
    ...(options.context ? { context: options.context } : {}),
  });
}

/** Diagnoses for one message, best first; empty when the text reports no failure. */
export const classify = (text: string, options: ExamineOptions = {}): Diagnosis[] =>
  examine(text, options).diagnoses;

/** A diagnosis that comes from an event rather than a message (an HTTP 500, a silent mail). */
export function diagnosisFor(problemId: string, code?: string): Diagnosis | undefined {
  const problem = problemById.get(problemId);
  if (!problem) return undefined;
  return {
    problemId,
    category: problem.category,
    fixId: problem.fix,
    confidence: problem.weight,
    ...(code ? { code } : {}),
  };
}

export { isMailSentNotice } from './mail-sent';
export { localPrograms, LOOPBACK_MATCHES } from './catalogue/security-programs';
export { programIn, programById } from './programs';

export const siteForUrl = (url: string): Site | undefined => lookup.siteFor(url);
export const siteById = (id: string): Site | undefined => sitesById.get(id);
export const fixFor = (id: string): Fix | undefined => fixById.get(id);
export const problemFor = (id: string): Problem | undefined => problemById.get(id);
