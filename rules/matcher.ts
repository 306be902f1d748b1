import { CONDITION, FAILURE_NOUN_END, GENERIC_SUBJECT, GUIDE_ENDING, GUIDE_MAX_LENGTH, INTERNAL, POLICY, PREDICATES, QUESTION_END, RULE_CUE, STATEMENT_AFTER, SUCCESS, SUPPOSED_AFTER, VERBAL_END } from './catalogue/signals';
import { extractCode } from './codes';
import { capMessage, compact, normalise } from './normalise';
import type { Diagnosis, Problem } from './types';

// A reader answers two questions about a message: is it reporting that something went wrong, and
// what is it about? The first is answered once for every problem by the failure words and the
// signs that a sentence only supposes or describes a failure (catalogue/signals.ts). The second by
// each problem's topics, counted only in sentences that report, nearer the failure word the better,
// and by its report phrases. The best-scoring problem of each category becomes a diagnosis.

/** Where the text was seen: a dialog or a layer that appeared is a report more often than page text. */
export type TextContext = 'dialog' | 'page';

export interface ClassifyOptions {
  /** Site the message was seen on; enables site-scoped problems. */
  siteId?: string;
  context?: TextContext;
}

export interface Examination {
  /** Best first; empty when the text reports no failure, or none that the catalogue knows. */
  diagnoses: Diagnosis[];
  /** The text reports a failure clearly, but of no kind the catalogue knows. */
  unrecognised: boolean;
}

interface CompiledProblem {
  problem: Problem;
  order: number;
  reports?: RegExp;
  /** Topics grouped by weight, one alternation per weight. */
  topics: Array<{ regex: RegExp; weight: number }>;
}

interface Predicate {
  start: number;
  end: number;
  strength: number;
}

const STRENGTH = { strong: 1, medium: 0.75, weak: 0.5 } as const;
const PREDICATE_REGEXES = (Object.keys(STRENGTH) as Array<keyof typeof STRENGTH>).map((kind) => ({
  regex: new RegExp(PREDICATES[kind], 'gu'),
  strength: STRENGTH[kind],
  kind,
}));
/** "Cannot" words that a dated policy sentence uses without reporting anything. */
const CANNOT = /수(?:가)?없|불가|중단|종료|제한|사용할수없|이용할수없/u;

/** How sure a failure of the dialog's own internals makes us that no catalogue problem is meant. */
const INTERNAL_WEIGHT = 0.7;
/** A diagnosis needs at least this score; below it a clear failure is "unrecognised". */
const MIN_SCORE = 0.3;
const SITE_SCOPE_BONUS = 0.1;
const CODE_BONUS = 0.05;
/** A topic in another sentence than the failure word ("처리에 실패했습니다. 보안토큰을 확인하세요"). */
const OTHER_SENTENCE = 0.55;
/** Later reporting sentences usually explain the first. */
const LATER_SENTENCE = 0.92;

// Sentences end at a full stop, and a "label: detail" pair is two ("Pin 번호 규칙 오류: 같은 문자 반복").
const SENTENCE_END = /(?<=[.?!。])\s+|(?<=[다요][.?!])(?=[가-힣[(<])|(?<=[^\d\s]\s?):\s+(?=\D)/u;
/** A product tag before the message ("[ASTx] …", "[AnySign for PC] …") names where it came from, not what failed. */
const LEADING_TAG = /^\s*(\[[^\]]{1,40}\])\s*(?=\S)/u;
const INTERNAL_REGEX = new RegExp(INTERNAL, 'gu');
const TRAILING_PUNCTUATION = /[\s.?!:>)\]…]+$/u;
const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How much a topic and a failure word belong together: same clause, subject before predicate. */
function proximity(topicStart: number, topicEnd: number, p: Predicate): number {
  if (topicStart <= p.start) {
    const gap = Math.max(0, p.start - topicEnd);
    return gap <= 24 ? 1 : gap <= 48 ? 0.85 : 0.7;
  }
  const gap = Math.max(0, topicStart - p.end);
  return gap <= 10 ? 0.9 : gap <= 24 ? 0.75 : 0.6;
}

/** Is the failure word at `end` reported, rather than supposed, heard of or asked about? */
function asserted(flat: string, end: number): boolean {
  return !SUPPOSED_AFTER.test(flat.slice(end, end + 12));
}

interface Sentence {
  flat: string;
  predicates: Predicate[];
  /** A label or heading rather than a sentence: it lends its topics to others, and reports only in a failure noun. */
  bare: boolean;
}

/**
 * Codes and references at the end ("… (오류코드 1234)", "[VPCG-1004]", "ErrCode : 1401") are not the
 * sentence's end; nor is a number that redaction masked ("… 010-****-****", "+82 **-****-****").
 * A run of digits is taken whole (`(?=(…))\1` is an atomic group): split every way it can be, a
 * run of 28 digits before a letter took 10 s to give up on.
 */
const TRAILER = /(?:\s*(?:[[(（<][^\])）>]*[\])）>]|(?:err(?:or)?\s*)?code\s*[:=]?\s*[\w-]+|(?=([:=#*+\-\d]+))\1))+\s*$/iu;

function analyse(sentence: string, context: TextContext | undefined): Sentence {
  const flat = compact(sentence);
  // A sentence that is all trailer ("(현재 1회 오류)") is judged by what is inside it.
  const body = compact(sentence.replace(TRAILER, '')) || flat.replace(/[[\]()（）<>]/gu, '');
  const bare = !VERBAL_END.test(body) && !FAILURE_NOUN_END.test(body.replace(TRAILING_PUNCTUATION, ''));
  // A bare sentence still carries its problems' report phrases ("연속된 숫자가 3개 이상 존재").
  if (bare) return { flat, predicates: [], bare };
  const question = QUESTION_END.test(sentence);
  const policy = POLICY.test(sentence);
  const rule = RULE_CUE.test(flat) || GENERIC_SUBJECT.test(flat);
  // Where the "if" clause ends, in the compact text: spaces tell "재발급 시 수수료는" from "다시".
  const conditionAt = CONDITION.exec(sentence);
  const condition = conditionAt ? compact(sentence.slice(0, conditionAt.index + conditionAt[0].length)).length : Infinity;
  const found: Predicate[] = [];
  for (const { regex, strength, kind } of PREDICATE_REGEXES) {
    if (kind === 'weak' && context === 'page') continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(flat); m; m = regex.exec(flat)) {
      const end = m.index + m[0].length;
      if (!asserted(flat, end)) continue;
      if (question && !STATEMENT_AFTER.test(flat.slice(end, end + 10))) continue;
      if (policy && CANNOT.test(m[0] + flat.slice(end, end + 4))) continue;
      // Inside an "if" clause nothing is reported; after it, only a plain failure is ("…경우 거래를 중단합니다").
      if (m.index < condition && condition !== Infinity) continue;
      // Negations and refusals in a standing rule, or as the consequence of a condition, describe.
      if ((kind !== 'strong' || CANNOT.test(m[0])) && (rule || condition !== Infinity)) continue;
      found.push({ start: m.index, end, strength });
    }
  }
  if (found.length > 0 && SUCCESS.test(flat) && !found.some((p) => p.strength === 1)) return { flat, predicates: [], bare };
  return { flat, predicates: found, bare };
}

function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const line of capMessage(text).split(/[\r\n]+/)) {
    let rest = normalise(line);
    const tag = LEADING_TAG.exec(rest);
    if (tag?.[1]) {
      sentences.push(tag[1]);
      rest = rest.slice(tag[0].length);
    }
    sentences.push(...rest.split(SENTENCE_END));
  }
  return sentences.map((s) => s.trim()).filter(Boolean);
}

export interface Matcher {
  examine(text: string, options?: ClassifyOptions): Examination;
  classify(text: string, options?: ClassifyOptions): Diagnosis[];
}

export function createMatcher(problems: readonly Problem[]): Matcher {
  const compiled: CompiledProblem[] = problems
    .filter((problem) => (problem.topics?.length ?? 0) + (problem.reports?.length ?? 0) > 0)
    .map((problem, order) => {
      const byWeight = new Map<number, string[]>();
      for (const topic of problem.topics ?? []) {
        const [source, weight] = typeof topic === 'string' ? [topic, 1] : topic;
        byWeight.set(weight, [...(byWeight.get(weight) ?? []), source]);
      }
      return {
        problem,
        order,
        ...(problem.reports?.length ? { reports: new RegExp(problem.reports.map((s) => `(?:${s})`).join('|'), 'gu') } : {}),
        topics: [...byWeight].map(([weight, sources]) => ({ weight, regex: new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gu') })),
      };
    });

  // keyword → problems. A keyword also brings the problems of the keywords it starts with,
  // because the scanning regex reports only the longest keyword at each position.
  const keywords = [...new Set(compiled.flatMap((c) => c.problem.keywords))].sort((a, b) => b.length - a.length);
  const byKeyword = new Map<string, CompiledProblem[]>();
  for (const keyword of keywords) byKeyword.set(keyword, compiled.filter((c) => c.problem.keywords.some((k) => keyword.startsWith(k))));
  const scanner = new RegExp(keywords.map(escape).join('|'), 'gu');
  const byCode = new Map<string, CompiledProblem>();
  for (const c of compiled) for (const code of c.problem.codes ?? []) byCode.set(code.toUpperCase(), c);

  function candidates(flat: string): Set<CompiledProblem> {
    const found = new Set<CompiledProblem>();
    scanner.lastIndex = 0;
    for (let match = scanner.exec(flat); match; match = scanner.exec(flat)) {
      for (const c of byKeyword.get(match[0]) ?? []) found.add(c);
      scanner.lastIndex = match.index + 1; // overlapping keywords: "공동인증서" holds "인증서" too
    }
    return found;
  }

  /** The best score of one problem in one sentence, given the sentence's failure words. */
  function scoreIn(c: CompiledProblem, flat: string, predicates: Predicate[], sameSentence: boolean): number {
    let best = 0;
    if (c.reports && sameSentence) {
      c.reports.lastIndex = 0;
      for (let m = c.reports.exec(flat); m; m = c.reports.exec(flat)) {
        if (asserted(flat, m.index + m[0].length)) {
          best = 1;
          break;
        }
        if (m[0].length === 0) c.reports.lastIndex++;
      }
    }
    if (best < 1 && predicates.length > 0) {
      for (const { regex, weight } of c.topics) {
        regex.lastIndex = 0;
        for (let m = regex.exec(flat); m; m = regex.exec(flat)) {
          const start = m.index;
          const end = start + m[0].length;
          for (const p of predicates) {
            // A failure word inside the topic itself ("비밀번호오류횟수") still counts.
            const near = sameSentence ? proximity(start, end, p) : OTHER_SENTENCE;
            best = Math.max(best, weight * p.strength * near);
          }
          if (m[0].length === 0) regex.lastIndex++;
        }
      }
    }
    return best;
  }

  /** How strongly the failure words of a sentence point at the dialog program's internals. */
  function internalScore(flat: string, predicates: Predicate[]): number {
    let best = 0;
    INTERNAL_REGEX.lastIndex = 0;
    for (let m = INTERNAL_REGEX.exec(flat); m; m = INTERNAL_REGEX.exec(flat)) {
      for (const p of predicates) best = Math.max(best, p.strength * proximity(m.index, m.index + m[0].length, p));
    }
    return best * INTERNAL_WEIGHT;
  }

  function looksLikeGuide(text: string): boolean {
    const flat = compact(text.replace(TRAILER, ''));
    return flat.length <= GUIDE_MAX_LENGTH && GUIDE_ENDING.test(flat.replace(TRAILING_PUNCTUATION, ''));
  }

  function examine(text: string, options: ClassifyOptions = {}): Examination {
    const sentences = sentencesOf(text);
    const whole = compact(sentences.join(''));
    if (!whole || looksLikeGuide(sentences.join(' '))) return { diagnoses: [], unrecognised: false };

    const analysed = sentences.map((sentence) => analyse(sentence, options.context));
    // Success ("정상적으로 발급되었습니다") with no failure word anywhere: nothing to report.
    const succeeded = SUCCESS.test(whole) && analysed.every((s) => s.predicates.length === 0);
    const strongest = analysed.flatMap((s) => s.predicates).sort((a, b) => b.strength - a.strength).slice(0, 1);
    const scores = new Map<CompiledProblem, number>();
    let reporting = 0;
    let reportsSomething = false;
    let internal = 0;
    for (const { flat, predicates, bare } of analysed) {
      const order = reporting > 0 ? LATER_SENTENCE ** reporting : 1;
      let sentenceReports = predicates.length > 0;
      if (predicates.length > 0 && !bare) internal = Math.max(internal, internalScore(flat, predicates) * order);
      for (const c of candidates(flat)) {
        const scope = c.problem.sites;
        if (scope && !(options.siteId && scope.includes(options.siteId))) continue;
        const here = succeeded ? 0 : scoreIn(c, flat, bare ? [] : predicates, true);
        if (here > 0 && predicates.length === 0) sentenceReports = true;
        // A topic in a sentence without a failure word takes the failure word of another sentence.
        const elsewhere = here === 0 && predicates.length === 0 && !succeeded ? scoreIn(c, flat, strongest, false) : 0;
        const value = c.problem.weight * Math.max(here * order, elsewhere);
        if (value > (scores.get(c) ?? 0)) scores.set(c, value);
      }
      if (sentenceReports) {
        reporting++;
        reportsSomething ||= predicates.some((p) => p.strength === 1) || predicates.length === 0;
      }
    }

    const normalised = sentences.join(' ');
    const code = /\d/.test(normalised) ? extractCode(normalised) : undefined;
    const hits: Array<{ c: CompiledProblem; confidence: number }> = [];
    for (const [c, value] of scores) {
      if (value < MIN_SCORE) continue;
      const bonus = (c.problem.sites ? SITE_SCOPE_BONUS : 0) + (code && c.problem.codes?.includes(code) ? CODE_BONUS : 0);
      hits.push({ c, confidence: Math.min(1, value + bonus) });
    }
    const byCodeOnly = code ? byCode.get(code) : undefined;
    if (byCodeOnly && !hits.some((h) => h.c === byCodeOnly)) hits.push({ c: byCodeOnly, confidence: byCodeOnly.problem.weight });

    hits.sort((a, b) => b.confidence - a.confidence || a.c.order - b.c.order);
    // "암호화 Init을 실패하였습니다": the program's internals failed, not anything the user can fix.
    if (internal > 0 && (hits[0]?.confidence ?? 0) <= internal) return { diagnoses: [], unrecognised: true };
    const seenCategories = new Set<string>();
    const diagnoses: Diagnosis[] = [];
    for (const { c, confidence } of hits) {
      if (seenCategories.has(c.problem.category)) continue;
      seenCategories.add(c.problem.category);
      diagnoses.push({
        problemId: c.problem.id,
        category: c.problem.category,
        fixId: c.problem.fix,
        confidence: Math.round(confidence * 100) / 100,
        ...(code ? { code } : {}),
      });
    }
    return { diagnoses, unrecognised: diagnoses.length === 0 && reportsSomething };
  }

  return { examine, classify: (text, options) => examine(text, options).diagnoses };
}
