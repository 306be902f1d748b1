import { programIn } from '../../rules/programs';
import type { Category, Diagnosis } from '../../rules/types';
import type { Source } from '../../utils/protocol';

/** One distinct problem seen on a tab. The text is the redacted message that revealed it. */
export interface TabProblem {
  problemId: string;
  category: Category;
  fixId: string;
  confidence: number;
  code?: string;
  source: Source;
  text: string;
  time: number;
  /** The security program the message names (rules/programs.ts), by id. */
  program?: string;
}

/** A text that clearly reports a failure of no kind the catalogue knows (redacted). */
export interface UnknownFailure {
  source: Source;
  text: string;
  time: number;
}

export interface TabState {
  /** Site id (built-in) or host (user-added); a navigation to another one starts afresh. */
  site: string;
  problems: TabProblem[];
  /** Listed in the popup under "알 수 없는 오류"; never a hint. */
  unknown?: UnknownFailure[];
}

export const MAX_PROBLEMS_PER_TAB = 20;
export const MAX_UNKNOWN_PER_TAB = 5;
const MAX_STORED_TEXT = 300;

/** Adds the best diagnosis of one message; the same problem twice counts once (first seen kept). */
export function addDiagnosis(
  state: TabState | undefined,
  site: string,
  diagnosis: Diagnosis,
  seen: { source: Source; text: string; time: number },
): TabState {
  const current = state && state.site === site ? state : { site, problems: [] };
  if (current.problems.some((p) => p.problemId === diagnosis.problemId)) return current;
  if (current.problems.length >= MAX_PROBLEMS_PER_TAB) return current;
  const program = programIn(seen.text)?.id;
  const problem: TabProblem = {
    problemId: diagnosis.problemId,
    category: diagnosis.category,
    fixId: diagnosis.fixId,
    confidence: diagnosis.confidence,
    ...(diagnosis.code ? { code: diagnosis.code } : {}),
    source: seen.source,
    text: seen.text.slice(0, MAX_STORED_TEXT),
    time: seen.time,
    ...(program ? { program } : {}),
  };
  return { site, problems: [...current.problems, problem] };
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
