import { extractCode } from './codes';
import { compact, normalise } from './normalise';
import type { Diagnosis, Problem } from './types';

export interface ClassifyOptions {
  /** Site the message was seen on; enables site-scoped problems. */
  siteId?: string;
}

interface CompiledProblem {
  problem: Problem;
  /** All the problem's patterns as one alternation: one scan of the text instead of one per pattern. */
  regex: RegExp;
  order: number;
}

/** Scoped matches outrank generic ones of the same weight. */
const SITE_SCOPE_BONUS = 0.1;
const CODE_BONUS = 0.05;

// Short texts ending like a heading, FAQ entry or question ("…오류 시 해결 방법", "비밀번호를 잊으셨나요?",
// "인증서 암호가 틀렸을 때") describe a failure without reporting one.
const GUIDE_ENDING = /(?:방법|안내|하는법|가이드|faq|도움말|해결|나요|까요|경우|을때|ㄹ때|할때|될때|났을때|렸을때|시)$/;
const GUIDE_MAX_LENGTH = 60;
const TRAILING_PUNCTUATION = /[\s.?!:>)\]…]+$/;

// A sentence with an "if" clause ("유효기간이 지나면 갱신할 수 없습니다") states a rule; it reports nothing.
const CONDITIONAL = /[가-힣](?:으|하|되|시|다|라|나|리|러|기|우|주|보|오|가|려)면(?=[\s,]|$)/;
const SENTENCE_END = /(?<=[.?!])\s+/;
const DIGIT = /\d/;

function withoutConditionals(normalised: string): string {
  if (!CONDITIONAL.test(normalised)) return normalised;
  return normalised
    .split(SENTENCE_END)
    .filter((sentence) => !CONDITIONAL.test(sentence))
    .join(' ');
}

const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Matcher {
  classify(text: string, options?: ClassifyOptions): Diagnosis[];
}

export function createMatcher(problems: readonly Problem[]): Matcher {
  const compiled: CompiledProblem[] = problems
    .filter((problem) => problem.patterns.length > 0)
    .map((problem, order) => ({
    problem,
    order,
    regex: new RegExp(problem.patterns.map((source) => `(?:${source})`).join('|'), 'u'),
  }));

  // keyword → problems. A keyword also brings the problems of the keywords it starts with,
  // because the scanning regex reports only the longest keyword at each position.
  const keywords = [...new Set(compiled.flatMap((c) => c.problem.keywords))].sort((a, b) => b.length - a.length);
  const byKeyword = new Map<string, CompiledProblem[]>();
  for (const keyword of keywords) {
    byKeyword.set(
      keyword,
      compiled.filter((c) => c.problem.keywords.some((k) => keyword.startsWith(k))),
    );
  }
  const scanner = new RegExp(keywords.map(escape).join('|'), 'gu');
  const byCode = new Map<string, CompiledProblem>();
  for (const c of compiled) for (const code of c.problem.codes ?? []) byCode.set(code.toUpperCase(), c);

  function candidates(text: string): Set<CompiledProblem> {
    const found = new Set<CompiledProblem>();
    scanner.lastIndex = 0;
    for (let match = scanner.exec(text); match; match = scanner.exec(text)) {
      for (const c of byKeyword.get(match[0]) ?? []) found.add(c);
      scanner.lastIndex = match.index + 1; // overlapping keywords: "공동인증서" holds "인증서" too
    }
    return found;
  }

  function looksLikeGuide(text: string): boolean {
    return text.length <= GUIDE_MAX_LENGTH && GUIDE_ENDING.test(text.replace(TRAILING_PUNCTUATION, ''));
  }

  function classify(text: string, options: ClassifyOptions = {}): Diagnosis[] {
    // The readable form is needed only for "if" sentences and error codes; most texts have neither.
    const normalised = text.includes('면') || DIGIT.test(text) ? normalise(text) : undefined;
    const flat = compact(normalised ? withoutConditionals(normalised) : text);
    if (!flat) return [];
    const code = normalised ? extractCode(normalised) : undefined;
    const hits: Array<{ c: CompiledProblem; confidence: number }> = [];

    if (!looksLikeGuide(flat)) {
      for (const c of candidates(flat)) {
        const scope = c.problem.sites;
        if (scope && !(options.siteId && scope.includes(options.siteId))) continue;
        if (!c.regex.test(flat)) continue;
        const bonus = (scope ? SITE_SCOPE_BONUS : 0) + (code && c.problem.codes?.includes(code) ? CODE_BONUS : 0);
        hits.push({ c, confidence: Math.min(1, c.problem.weight + bonus) });
      }
    }
    const byCodeOnly = code ? byCode.get(code) : undefined;
    if (byCodeOnly && !hits.some((h) => h.c === byCodeOnly)) hits.push({ c: byCodeOnly, confidence: byCodeOnly.problem.weight });

    hits.sort((a, b) => b.confidence - a.confidence || a.c.order - b.c.order);
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
    return diagnoses;
  }

  return { classify };
}
