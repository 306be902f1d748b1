import { fixFor, problemFor, problems, redact } from '../../rules';
import { isShowableCode } from '../../rules/codes';
import { programById, programIn } from '../../rules/programs';
import type { Diagnosis } from '../../rules/types';
import { isRecord } from '../../utils/is-record';
import { isShowableTime } from '../../utils/history-schema';
import { SOURCES, type Source } from '../../utils/protocol';

/** Where a text was seen, the text (redacted) and when. */
export interface Seen {
  source: Source;
  text: string;
  time: number;
}

/** One distinct problem seen on a tab: its diagnosis and the message that revealed it. */
export type TabProblem = Diagnosis &
  Seen & {
    /** The security program the message names (rules/programs.ts), by id. */
    program?: string;
  };

/** A text that clearly reports a failure of no kind the catalogue knows. */
export type UnknownFailure = Seen;

export interface TabState {
  /** Site id (built-in) or host (user-added); a navigation to another one starts afresh. */
  site: string;
  problems: TabProblem[];
  /** Listed in the popup under "알 수 없는 오류"; never a hint. */
  unknown?: UnknownFailure[];
}

/**
 * One slot for every problem the catalogue knows, and a problem takes its own slot only: so what a
 * page forges (twenty made-up failures) can never use up the room a genuine failure needs later.
 * The catalogue's size also bounds what a tab keeps.
 */
export const MAX_PROBLEMS_PER_TAB = problems.length;
export const MAX_UNKNOWN_PER_TAB = 5;
const MAX_STORED_TEXT = 300;

/** Sources the browser itself observed (a failed request, a mail wait): no page can forge them. */
const OBSERVED: readonly Source[] = ['http', 'network', 'program', 'mail'];

/**
 * Adds the best diagnosis of one message; the same problem twice counts once (first seen kept),
 * except that what the browser observed replaces what the page said ("HTTP 503" with its code over
 * the page's own "status 503"), keeping the time it was first seen. A diagnosis of no known
 * problem is not kept.
 */
export function addDiagnosis(
  state: TabState | undefined,
  site: string,
  diagnosis: Diagnosis,
  seen: Seen,
): TabState {
  const current = state && state.site === site ? state : { site, problems: [] };
  if (!problemFor(diagnosis.problemId)) return current;
  const existing = current.problems.find((p) => p.problemId === diagnosis.problemId);
  if (existing && (!OBSERVED.includes(seen.source) || OBSERVED.includes(existing.source))) return current;
  if (!existing && current.problems.length >= MAX_PROBLEMS_PER_TAB) return current;
  const program = programIn(seen.text)?.id;
  const problem: TabProblem = {
    problemId: diagnosis.problemId,
    category: diagnosis.category,
    fixId: diagnosis.fixId,
    confidence: diagnosis.confidence,
    ...(diagnosis.code ? { code: diagnosis.code } : {}),
    source: seen.source,
    text: seen.text.slice(0, MAX_STORED_TEXT),
    time: existing?.time ?? seen.time,
    ...(program ? { program } : {}),
  };
  if (existing)
    return { ...current, site, problems: current.problems.map((p) => (p === existing ? problem : p)) };
  return { ...current, site, problems: [...current.problems, problem] };
}

/** Keeps an unrecognised failure text once per tab; the first few are what a missing rule needs. */
export function addUnknown(state: TabState | undefined, site: string, seen: UnknownFailure): TabState {
  const current = state && state.site === site ? state : { site, problems: [] };
  const unknown = current.unknown ?? [];
  const text = seen.text.slice(0, MAX_STORED_TEXT);
  if (unknown.length >= MAX_UNKNOWN_PER_TAB || unknown.some((u) => u.text === text)) return current;
  return { ...current, unknown: [...unknown, { ...seen, text }] };
}

/** Problems newest first: the hint opens the newest. */
export function newestFirst(state: TabState | undefined): TabProblem[] {
  return state ? [...state.problems].reverse() : [];
}

function sanitiseProblem(value: unknown): TabProblem | undefined {
  if (!isRecord(value)) return undefined;
  const { problemId, fixId, confidence, code, source, text, time, program } = value;
  const problem = typeof problemId === 'string' ? problemFor(problemId) : undefined;
  if (!problem || typeof fixId !== 'string' || !fixFor(fixId)) return undefined;
  if (!(SOURCES as readonly unknown[]).includes(source) || typeof text !== 'string') return undefined;
  if (!isShowableTime(time) || (code !== undefined && !isShowableCode(code))) return undefined;
  return {
    problemId: problem.id,
    category: problem.category,
    fixId,
    confidence: typeof confidence === 'number' && Number.isFinite(confidence) ? confidence : problem.weight,
    ...(code !== undefined ? { code } : {}),
    source: source as Source,
    text: redact(text.slice(0, MAX_STORED_TEXT)),
    time,
    ...(typeof program === 'string' && programById(program) ? { program } : {}),
  };
}

function sanitiseUnknown(value: unknown): UnknownFailure | undefined {
  if (!isRecord(value)) return undefined;
  const { source, text, time } = value;
  if (!(SOURCES as readonly unknown[]).includes(source) || typeof text !== 'string' || !isShowableTime(time))
    return undefined;
  return { source: source as Source, text: redact(text.slice(0, MAX_STORED_TEXT)), time };
}

/** A tab's state as read back from storage: only well-formed problems, each once, within the bound. */
export function sanitiseTabState(value: unknown): TabState | undefined {
  if (!isRecord(value) || typeof value.site !== 'string' || !Array.isArray(value.problems)) return undefined;
  const seen = new Set<string>();
  const kept: TabProblem[] = [];
  for (const raw of value.problems.slice(0, MAX_PROBLEMS_PER_TAB)) {
    const problem = sanitiseProblem(raw);
    if (!problem || seen.has(problem.problemId)) continue;
    seen.add(problem.problemId);
    kept.push(problem);
  }
  const unknown = Array.isArray(value.unknown)
    ? value.unknown.slice(0, MAX_UNKNOWN_PER_TAB).flatMap((u) => sanitiseUnknown(u) ?? [])
    : [];
  return { site: value.site, problems: kept, ...(unknown.length ? { unknown } : {}) };
}
