import { CANCELLED, CONDITION, FAILURE_NOUN_END, GENERIC_SUBJECT, WHEN, GUIDE_ENDING, GUIDE_MAX_LENGTH, INTERNAL, POLICY, PREDICATES, QUESTION_END, RULE_CUE, STATEMENT_AFTER, SUCCESS, SUPPOSED_AFTER, VERBAL_END } from './catalogue/signals';
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
  /** The reports anywhere in a text (sentence anchors dropped): the gate before any sentence is read. */
  anyReport?: RegExp;
  /** Topics grouped by weight, one alternation per weight. */
  topics: Array<{ regex: RegExp; weight: number }>;
}

interface Predicate {
  start: number;
  end: number;
  strength: number;
  /** Followed by "…되어", "…로 인해": this failure causes the next one. */
  causal?: boolean;
}

const STRENGTH = { strong: 1, medium: 0.75, weak: 0.5 } as const;
const ANY_PREDICATE = new RegExp(`${PREDICATES.strong}|${PREDICATES.medium}|${PREDICATES.weak}`, 'u');
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
/** A product or item tag before the message ("[암호화용 인증서] : 실패") names its subject more surely. */
const TAG_SENTENCE = 0.6;
/** Later reporting sentences usually explain the first. */
const LATER_SENTENCE = 0.7;

// Sentences end at a full stop, and a "label: detail" pair is two ("Pin 번호 규칙 오류: 같은 문자 반복").
const SENTENCE_END = /(?<=[.?!。])\s+|(?<=[다요][.?!])(?=[가-힣[<])|(?<=니다|어요|아요|세요|시오)\s+|(?<=[^\d\s]\s?):\s+(?=\D)/u;
/** A product tag before the message ("[ASTx] …", "[AnySign for PC] …") names where it came from, not what failed. */
const LEADING_TAG = /^\s*(\[[^\]]{1,40}\])\s*(?=\S)/u;
const INTERNAL_REGEX = new RegExp(INTERNAL, 'gu');
const INTERNAL_ANYWHERE = new RegExp(INTERNAL, 'u');
/** Only texts ending like a code or a bracket can have a trailer: spares the regex on the rest. */
const MAY_HAVE_TRAILER = /[\])）>\d\s:=#*+\-]$|code/iu;
const withoutTrailer = (text: string): string => (MAY_HAVE_TRAILER.test(text) ? text.replace(TRAILER, '') : text);
const TRAILING_PUNCTUATION = /[\s.,?!:>)\]…"'”’」』]+$/u;

/** How much a topic and a failure word belong together: same clause, subject before predicate. */
function proximity(topicStart: number, topicEnd: number, p: Predicate): number {
  // The subject nearest its failure word is usually the one that failed: a little less per character.
  if (topicStart <= p.start) {
    const gap = Math.max(0, p.start - topicEnd);
    return gap <= 24 ? 1 - gap * 0.01 : gap <= 48 ? 0.7 : 0.6;
  }
  const gap = Math.max(0, topicStart - p.end);
  return gap <= 10 ? 0.9 - gap * 0.01 : gap <= 24 ? 0.7 : 0.55;
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
  /** Where an "if" clause ends (compact index), or Infinity: nothing before it is reported. */
  condition: number;
}

/**
 * Codes and references at the end ("… (오류코드 1234)", "[VPCG-1004]", "ErrCode : 1401") are not the
 * sentence's end; nor is a number that redaction masked ("… 010-****-****", "+82 **-****-****").
 * A run of digits is taken whole (`(?=(…))\1` is an atomic group): split every way it can be, a
 * run of 28 digits before a letter took 10 s to give up on.
 */
const TRAILER = /(?:\s*(?:[[(（<][^\])）>가-힣]*[\])）>]|(?:err(?:or)?\s*)?code\s*[:=]?\s*[\w-]+|(?=([:=#*+\-\d]+))\1))+\s*$/iu;
/** "…에 실패했습니다(비밀번호를 확인하세요)": a parenthesis in Korean gives the cause, which says most. */
const CAUSE = /[(（]([^()（）]*[가-힣][^()（）]*)[)）]/gu;
/** A parenthesis is a cause only when it says something: a sentence or a failure, not a link or a code ("안랩-105"). */
const CAUSE_TEXT = /(?:다|요|오|세요|시오|니다|실패|오류|에러|없음|불가|초과|불일치)[.!]?\s*$/u;
const NOT_A_CAUSE = /https?:|www\.|^[가-힣a-z]+-?\d+$|^(?:기타|알\s?수\s?없는)\s*(?:오류|에러)/iu;
const CAUSE_BONUS = 1.25;
/** The sentence a cause explains says less than the cause: "인증서 가져오기에 실패했습니다(PFX 형식의 인증서가 아닙니다)". */
const EXPLAINED = 0.8;
/** "비밀번호가 잘못되어 키쌍 생성에 실패하였습니다": the failure word that causes the other names the problem. */
const CAUSAL = /^(?:되어|되어서|하여|해서|어서|아서|여서|으로인해|로인해|으로인하여|로인하여|(?<=[겨서])|으로|로)/u;
const CAUSE_CLAUSE_BONUS = 1.5;
const PAST_END = /(?:었|았|였|했|됐)(?:습니다|어요|다)\.?$/u;
/** Codes and English glosses in parentheses ("용도(KeyUsage)의", "(80)") say nothing for matching. */
const GLOSS = /(?<!서버)[(（][\s\d.,:=#-]*[)）]/gu;

/** Stop words a cancellation explains ("발급이 중단되었습니다" after the user gave up). */
const STOPPED = /중단|종료|취소/u;
/** A note mark opens a standing remark, not a report. */
const NOTE_MARK = /^※/u;

function analyse(whole: string, context: TextContext | undefined, cancelled: boolean): Sentence {
  // Codes and notes at the end ("(JSONException)", "(… 경우)") are not part of what the sentence
  // says; a sentence that is all trailer ("(현재 1회 오류)") is judged by what is inside it.
  const sentence = withoutTrailer(whole) || whole.replace(/[[\]()（）<>]/gu, ' ');
  const flat = compact(sentence);
  const bare = isBare(flat);
  // A bare sentence still carries its problems' report phrases ("연속된 숫자가 3개 이상 존재").
  if (bare) return { flat, predicates: [], bare, condition: Infinity };
  // Most sentences have no failure word at all: the rest of the reading is for those that do.
  // Without one, a report phrase in an "if" clause or a ※ note is advice ("※ 인증서 재발급 시 각 사이트에
  // 인증서 재등록이 필요합니다"), not what happened.
  if (!ANY_PREDICATE.test(flat)) return { flat, predicates: [], bare, condition: CONDITION.test(sentence) || NOTE_MARK.test(flat) ? 0 : Infinity };
  const question = QUESTION_END.test(sentence);
  const policy = POLICY.test(sentence);
  const rule = RULE_CUE.test(flat) || GENERIC_SUBJECT.test(flat);
  // Where the "if" clause ends, in the compact text: spaces tell "재발급 시 수수료는" from "다시".
  const endOf = (m: RegExpExecArray | null) => (m ? compact(sentence.slice(0, m.index + m[0].length)).length : Infinity);
  // "저장할 때 문제가 발생했습니다": a 'when' that already happened is not a condition.
  const conditionMatch = CONDITION.exec(sentence);
  const condition = conditionMatch && !(/때/u.test(conditionMatch[0]) && PAST_END.test(flat)) ? endOf(conditionMatch) : Infinity;
  const when = endOf(WHEN.exec(sentence));
  const found: Predicate[] = [];
  for (const { regex, strength, kind } of PREDICATE_REGEXES) {
    if (kind === 'weak' && context === 'page') continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(flat); m; m = regex.exec(flat)) {
      const end = m.index + m[0].length;
      if (!asserted(flat, end)) continue;
      // "동의 거부 시 …": the failure word is what happens when, not what happened.
      if (when !== Infinity && end >= when - 3 && end < when) continue;
      if (cancelled && STOPPED.test(m[0])) continue;
      // "…변경되지 않는 한": unless, not a failure.
      if (m[0].endsWith('는') && flat[end] === '한') continue;
      if (question && !STATEMENT_AFTER.test(flat.slice(end, end + 10))) continue;
      if (policy && CANNOT.test(m[0] + flat.slice(end, end + 4))) continue;
      // Inside an "if" clause nothing is reported; after it, only a plain failure is ("…경우 거래를 중단합니다").
      if (m.index < condition && condition !== Infinity) continue;
      // Negations and refusals in a standing rule, or as the consequence of a condition, describe.
      if ((kind !== 'strong' || CANNOT.test(m[0])) && (rule || condition !== Infinity)) continue;
      if (kind !== 'strong' && when !== Infinity) continue;
      const causal = CAUSAL.test(flat.slice(end, end + 4)) || /(?:되어|하여|어서|아서|여서)$/u.test(m[0]);
      found.push({ start: m.index, end, strength, ...(causal ? { causal: true } : {}) });
    }
  }
  if (found.length > 0 && SUCCESS.test(flat) && !found.some((p) => p.strength === 1)) return { flat, predicates: [], bare, condition };
  return { flat, predicates: found, bare, condition };
}

function isBare(flat: string): boolean {
  const ending = flat.replace(TRAILING_PUNCTUATION, '');
  return !VERBAL_END.test(ending) && !VERBAL_END.test(flat) && !FAILURE_NOUN_END.test(ending);
}

interface Piece {
  text: string;
  /** A leading "[…]" tag: it names the subject of what follows. */
  tag: boolean;
  /** A parenthesis that explains the sentence before it. */
  cause: boolean;
  /** A sentence followed by such a parenthesis. */
  explained?: boolean;
}

function sentencesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const line of capMessage(text).split(/[\r\n]+/)) {
    let rest = normalise(line).replace(GLOSS, ' ');
    const tag = LEADING_TAG.exec(rest);
    if (tag?.[1]) {
      pieces.push({ text: tag[1], tag: true, cause: false });
      rest = rest.slice(tag[0].length);
    }
    for (const sentence of rest.split(SENTENCE_END)) {
      // A sentence that is a parenthesis after a full stop explains the one before it.
      const whole = /^[(（]([^()（）]*[가-힣][^()（）]*)[)）][.\s]*$/u.exec(sentence.trim());
      const previous = pieces[pieces.length - 1];
      if (whole?.[1] && previous && !previous.cause && !previous.tag && CAUSE_TEXT.test(whole[1].trim()) && !NOT_A_CAUSE.test(whole[1].trim())) {
        previous.explained = true;
        pieces.push({ text: whole[1].trim(), tag: false, cause: true });
        continue;
      }
      const causes: string[] = [];
      // Other parentheses in Korean are asides ("(… 경우)", "(폐기 여부)"): left out of the sentence.
      const main = sentence.replace(CAUSE, (_all, inner: string) => {
        if (CAUSE_TEXT.test(inner.trim()) && !NOT_A_CAUSE.test(inner.trim()) && !INTERNAL_ANYWHERE.test(compact(inner))) causes.push(inner);
        return ' ';
      });
      // After a label ("조회 (서버 오류)") a parenthesis qualifies the label; it explains nothing.
      if (causes.length > 0 && isBare(compact(main))) causes.length = 0;
      pieces.push({ text: main.trim(), tag: false, cause: false });
      for (const cause of causes) pieces.push({ text: cause.trim(), tag: false, cause: true });
      const explained = pieces[pieces.length - 1 - causes.length]!;
      if (causes.length > 0 && explained.text) explained.explained = true;
      // A sentence that is all parenthesis is a sentence, not a cause.
      if (causes.length > 0 && !explained.text) for (const p of pieces.slice(-causes.length)) p.cause = false;
    }
  }
  return pieces.filter((p) => p.text);
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
        ...(problem.reports?.length
          ? {
              reports: new RegExp(problem.reports.map((s) => `(?:${s})`).join('|'), 'gu'),
              anyReport: new RegExp(problem.reports.map((s) => `(?:${s.replace(/^\^/u, '')})`).join('|'), 'u'),
            }
          : {}),
        topics: [...byWeight].map(([weight, sources]) => ({ weight, regex: new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gu') })),
      };
    });

  // keyword → problems. A keyword also brings the problems of the keywords it starts with,
  // because the scanning regex reports only the longest keyword at each position.
  const keywords = [...new Set(compiled.flatMap((c) => c.problem.keywords))].sort((a, b) => b.length - a.length);
  const byKeyword = new Map<string, CompiledProblem[]>();
  for (const keyword of keywords) byKeyword.set(keyword, compiled.filter((c) => c.problem.keywords.some((k) => keyword.startsWith(k))));
  // The keywords as one automaton (Aho–Corasick): a single pass over the text finds every keyword,
  // overlapping ones included ("공동인증서" holds "인증서" too), with no allocation per character.
  // Transitions live in one map keyed by state and UTF-16 unit, so a step is one number lookup.
  const step = new Map<number, number>();
  const edges: Array<Array<[number, number]>> = [[]];
  const out: number[][] = [[]];
  const key = (state: number, unit: number): number => state * 0x10000 + unit;
  for (const keyword of keywords) {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const unit = keyword.charCodeAt(i);
      let to = step.get(key(state, unit));
      if (to === undefined) {
        to = edges.length;
        edges.push([]);
        out.push([]);
        step.set(key(state, unit), to);
        edges[state]!.push([unit, to]);
      }
      state = to;
    }
    out[state] = [...new Set([...out[state]!, ...byKeyword.get(keyword)!.map((c) => c.order)])];
  }
  const fail = new Array<number>(edges.length).fill(0);
  const queue: number[] = edges[0]!.map(([, to]) => to);
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const [unit, to] of edges[state]!) {
      let f = fail[state]!;
      while (f > 0 && !step.has(key(f, unit))) f = fail[f]!;
      const target = step.get(key(f, unit));
      fail[to] = target !== undefined && target !== to ? target : 0;
      out[to] = [...new Set([...out[to]!, ...out[fail[to]!]!])];
      queue.push(to);
    }
  }
  const seen = new Uint32Array(compiled.length);
  let stamp = 0;
  const byCode = new Map<string, CompiledProblem>();
  for (const c of compiled) for (const code of c.problem.codes ?? []) byCode.set(code.toUpperCase(), c);

  /** The problems whose keywords the text holds, in catalogue order. */
  function candidates(flat: string): CompiledProblem[] {
    stamp++;
    const found: number[] = [];
    let state = 0;
    for (let i = 0; i < flat.length; i++) {
      const unit = flat.charCodeAt(i);
      let to = step.get(state * 0x10000 + unit);
      while (to === undefined && state > 0) {
        state = fail[state]!;
        to = step.get(state * 0x10000 + unit);
      }
      state = to ?? 0;
      for (const order of out[state]!) {
        if (seen[order] !== stamp) {
          seen[order] = stamp;
          found.push(order);
        }
      }
    }
    return found.sort((a, b) => a - b).map((order) => compiled[order]!);
  }



  /** The best score of one problem in one sentence, given the sentence's failure words. */
  function scoreIn(c: CompiledProblem, flat: string, predicates: Predicate[], sameSentence: boolean, condition = Infinity, elsewhere = OTHER_SENTENCE): number {
    let best = 0;
    if (c.reports && sameSentence) {
      c.reports.lastIndex = 0;
      for (let m = c.reports.exec(flat); m; m = c.reports.exec(flat)) {
        // A report in a sentence with an "if" clause is a supposition or its consequence.
        const end = m.index + m[0].length;
        if (asserted(flat, end) && condition === Infinity) {
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
            const near = sameSentence ? proximity(start, end, p) : elsewhere;
            // The subject of a causing failure ("PIN 번호가 잘못되어 …") names the problem, not what follows it.
            const causal = p.causal && start <= p.start && weight >= 0.75 ? CAUSE_CLAUSE_BONUS : 1;
            best = Math.max(best, weight * p.strength * near * causal);
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

  function anyReportIn(possible: readonly CompiledProblem[], whole: string): boolean {
    for (const c of possible) if (c.anyReport?.test(whole)) return true;
    return false;
  }

  function looksLikeGuide(text: string): boolean {
    const flat = compact(withoutTrailer(text));
    return flat.length <= GUIDE_MAX_LENGTH && GUIDE_ENDING.test(flat.replace(TRAILING_PUNCTUATION, ''));
  }

  function examine(text: string, options: ClassifyOptions = {}): Examination {
    const whole = compact(text);
    if (!whole) return { diagnoses: [], unrecognised: false };
    // Before any sentence is looked at: a text with no failure word and no report phrase of a
    // problem whose keywords it holds reports nothing. Most page text stops here.
    const possible = candidates(whole);
    const isPossible = new Set(possible);
    if (!ANY_PREDICATE.test(whole) && !anyReportIn(possible, whole)) return { diagnoses: [], unrecognised: false };
    // "…에 실패했습니다(비밀번호 입력을 취소했습니다)": the user stopped; nothing to diagnose.
    if (CANCELLED.test(whole)) return { diagnoses: [], unrecognised: false };
    const pieces = sentencesOf(text);
    if (whole.length <= GUIDE_MAX_LENGTH + 20 && looksLikeGuide(pieces.filter((p) => !p.cause).map((p) => p.text).join(' '))) return { diagnoses: [], unrecognised: false };
    const cancelled = false;
    const analysed = pieces.map((piece) => {
      const sentence = analyse(piece.text, options.context, cancelled);
      return { flat: sentence.flat, predicates: sentence.predicates, bare: sentence.bare, condition: sentence.condition, tag: piece.tag, cause: piece.cause, explained: piece.explained ?? false };
    });
    // Success ("정상적으로 발급되었습니다") with no failure word anywhere: nothing to report.
    let strongestPredicate: Predicate | undefined;
    for (const s of analysed) for (const p of s.predicates) if (!strongestPredicate || p.strength > strongestPredicate.strength) strongestPredicate = p;
    const strongest = strongestPredicate ? [strongestPredicate] : [];
    const succeeded = !strongestPredicate && SUCCESS.test(whole);
    const scores = new Map<CompiledProblem, number>();
    let reporting = 0;
    let reportsSomething = false;
    let internal = 0;
    for (const { flat, predicates, bare, condition, tag, cause, explained } of analysed) {
      const order = cause ? CAUSE_BONUS : (reporting > 0 ? LATER_SENTENCE ** reporting : 1) * (explained ? EXPLAINED : 1);
      let sentenceReports = predicates.length > 0;
      if (predicates.length > 0 && !bare) internal = Math.max(internal, internalScore(flat, predicates) * order);
      // A problem is scored in a sentence only where the sentence holds one of its keywords.
      for (const c of candidates(flat)) {
        if (!isPossible.has(c)) continue;
        const scope = c.problem.sites;
        if (scope && !(options.siteId && scope.includes(options.siteId))) continue;
        const here = succeeded ? 0 : scoreIn(c, flat, bare ? [] : predicates, true, condition);
        if (here > 0 && predicates.length === 0) sentenceReports = true;
        // A topic in a sentence without a failure word takes the failure word of another sentence.
        // A topic in a sentence without a failure word takes the failure word of another sentence; a
        // cause in parentheses takes it fully ("…에 실패했습니다(보내는 단말에 인증번호를 입력해주세요)").
        const factor = cause ? 1 : tag ? TAG_SENTENCE : OTHER_SENTENCE;
        // A sentence whose own failure words are weaker than another's borrows the stronger one too
        // ("…출금이체 실패 : 계좌정보를 바르게 입력하세요").
        const borrows = !succeeded && (predicates.length === 0 ? here === 0 : predicates.every((p) => p.strength < (strongestPredicate?.strength ?? 0)));
        const elsewhere = borrows ? scoreIn(c, flat, strongest, false, Infinity, factor) * (cause ? CAUSE_BONUS : 1) : 0;
        const value = c.problem.weight * Math.max(here * order, elsewhere);
        if (value > (scores.get(c) ?? 0)) scores.set(c, value);
      }
      if (sentenceReports) {
        reporting++;
        reportsSomething ||= predicates.some((p) => p.strength === 1) || predicates.length === 0;
      }
    }

    // Codes are read from the whole text: glosses and parentheses were taken out of the sentences.
    const code = /\d/.test(text) ? extractCode(normalise(text)) : undefined;
    const hits: Array<{ c: CompiledProblem; confidence: number }> = [];
    for (const [c, value] of scores) {
      if (value < MIN_SCORE) continue;
      const bonus = (c.problem.sites ? SITE_SCOPE_BONUS : 0) + (code && c.problem.codes?.includes(code) ? CODE_BONUS : 0);
      hits.push({ c, confidence: value + bonus });
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
        confidence: Math.round(Math.min(1, confidence) * 100) / 100,
        ...(code ? { code } : {}),
      });
    }
    return { diagnoses, unrecognised: diagnoses.length === 0 && reportsSomething };
  }

  return { examine, classify: (text, options) => examine(text, options).diagnoses };
}
