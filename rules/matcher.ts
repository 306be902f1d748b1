import { regexTokens } from './regex-tokens';
import { formal } from './wording';
import {
  ADDRESS,
  CANCELLED,
  AFTER_DONE,
  DONE_AS_ASKED,
  OPTIONAL_UPDATE,
  OVERWRITE_ASKED,
  DONE_OPENING,
  ADVICE_CUE,
  ALWAYS,
  CONDITION,
  FAILURE_LABEL,
  FAILURE_NOUN_END,
  FAQ_PAIR,
  FAQ_ANSWER,
  FILED_AS_HELP,
  INCIDENT_NOTICE,
  isAgentProcedure,
  isFamilyTalk,
  isProgress,
  isEnglishRule,
  LEGEND,
  isRecordRow,
  isChangeEntry,
  isHowToOffer,
  isMenuPath,
  isNewsStyle,
  isPhoneMenu,
  isReplyToUser,
  isTally,
  isTermsClause,
  isWritingGuide,
  MEASURE,
  MEASURE_CHANGE,
  GENERIC_SUBJECT,
  WHEN,
  GUIDE_ENDING,
  GUIDE_START,
  isDocRow,
  GUIDE_MAX_LENGTH,
  INTERNAL,
  LIST_MARK,
  PLAIN_STYLE,
  PROVISO,
  POLICY,
  PREDICATES,
  QUESTION_END,
  QUOTE_END,
  QUOTE_START,
  RULE_CUE,
  STATEMENT_AFTER,
  SCHEDULED,
  IN_THAT_WINDOW,
  SUCCESS,
  USERS_OWN,
  SUPPOSED_AFTER,
  VERBAL_END,
} from './catalogue/signals';
import { extractCode, isCodeTag, LEADING_CODE } from './codes';
import { requiredLiterals } from './required-literals';
import {
  capMessage,
  compact,
  isSpace,
  MAX_MESSAGE_BYTES,
  nfkcStable,
  normalise,
  plainText,
} from './normalise';
import type { Diagnosis, Problem } from './types';

// A reader answers two questions about a message: is it reporting that something went wrong, and
// what is it about? The first is answered once for every problem by the failure words and the
// signs that a sentence only supposes or describes a failure (catalogue/signals.ts). The second by
// each problem's topics, counted only in sentences that report, nearer the failure word the better,
// and by its report phrases. The best-scoring problem of each category becomes a diagnosis.

/**
 * Where the text was seen: a dialog (alert, confirm, prompt, a blocked pop-up) or a layer is a report
 * more often than page text. A layer still differs from a dialog: sites also put notices in layers
 * ("팝업 차단을 해제해 주세요" in a set-up notice shown at load), so what to do counts as a report only
 * in a dialog.
 */
export type TextContext = 'dialog' | 'layer' | 'page';

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

/**
 * A regex with its gate: the index of the literals one of which it needs (required-literals.ts),
 * found in the keyword pass; -1 when it needs none that can be seen, and is always tried.
 */
interface Gated {
  regex: RegExp;
  gate: number;
}

interface CompiledProblem {
  problem: Problem;
  order: number;
  reports?: Gated;
  /** The reports anywhere in a text (sentence anchors dropped): the gate before any sentence is read. */
  anyReport?: Gated;
  /** Topics grouped by weight, one alternation per weight. */
  topics: Array<Gated & { weight: number }>;
  /** Problem.context, compiled. */
  context?: RegExp;
  /** Problem.against, compiled. */
  against?: RegExp;
}

interface Predicate {
  start: number;
  end: number;
  strength: number;
  /** Followed by "…되어", "…로 인해": this failure causes the next one. */
  causal: boolean;
}

const STRENGTH = { strong: 1, medium: 0.75, weak: 0.5, instruction: 0.5 } as const;
/** "$" in a source, not escaped. */
const END_ANCHOR = /(?<![\\[])\$/gu;
/** A failure word or report phrase written to end a sentence ("만료$") ends it before its full stop too ("…만료."). */
const atSentenceEnd = (source: string): string => source.replace(END_ANCHOR, '(?=[.!?。…]*$)');
const ANY_PREDICATE = new RegExp(
  atSentenceEnd(`${PREDICATES.strong}|${PREDICATES.medium}|${PREDICATES.weak}|${PREDICATES.instruction}`),
  'u',
);
/**
 * A source without its anchors, for the gate before any sentence is read: a failure word that ends
 * a sentence ("만료$") may stand anywhere in a text of several ("…만료. 다시 시도해 주세요"), and
 * its line break is gone once compacted. The sentences are read with the anchors.
 * An anchor inside a negative look-around stays: without it the look-around would refuse more, and the
 * gate would let through less than the sentence reads ("(?<!(?:^|[^가-힣])이)미설치" would refuse "앱이미설치").
 */
export function unanchored(source: string): string {
  let out = '';
  /** For each open group: whether it is, or is inside, a negative look-around. */
  const negative: boolean[] = [];
  for (const token of regexTokens(source)) {
    if (token.kind === 'open') negative.push(negative.at(-1) === true || token.negative);
    else if (token.kind === 'close') negative.pop();
    else if (token.kind === 'char' && (token.text === '^' || token.text === '$') && negative.at(-1) !== true)
      continue;
    out += token.text;
  }
  return out;
}
/** Any failure word, anywhere in a text: the gate (compiled with its literals in createMatcher). */
const ANY_FAILURE_WORD = unanchored(ANY_PREDICATE.source);
const PREDICATE_REGEXES = (Object.keys(STRENGTH) as Array<keyof typeof STRENGTH>).map((kind) => ({
  regex: new RegExp(atSentenceEnd(PREDICATES[kind]), 'gu'),
  strength: STRENGTH[kind],
  kind,
}));
/**
 * "Cannot" words that a dated policy sentence uses without reporting anything; also a block as a standing
 * state ("해외에서는 보안상 … 접속이 차단되어 있으므로 출장 전에 …"), not one that just happened ("…차단되었습니다").
 */
const CANNOT =
  /수(?:가)?없|불가|중단|종료|제한|차단되어|사용할수없|이용할수없|notavailable|unavailable|cannot|notsupported/u;

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
/** A sentence that is one general failure word heads the message rather than reporting first (as does a release note's "알려진 오류:"). */
const HEADING =
  /^(?:알려진(?:오류|문제)|오류|에러|실패|경고|error|failed|failure|warning|knownissues?)[.!:]?$/u;
/** …and so does an error's key before its text ("ERR_CERT_KEY_MISMATCH: 인증서와 개인키가 일치하지 않습니다."). */
const ERROR_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+[.:]?$/u;
/** Later reporting sentences usually explain the first. */
const LATER_SENTENCE = 0.7;
/**
 * A first sentence that says only that something failed, not why ("처리 중 오류가 발생하였습니다.",
 * "로그인에 실패하였습니다.", "인증서 발급을 진행할 수 없습니다.", "인증서 가져오기에 실패하였습니다." — a
 * file operation or a move between devices, as the next sentence says — or a label before its colon, "SignGATE
 * 발급 오류: …"): like a heading, it leaves the sentence after it, which says why, its full weight. Alone it is
 * still the report.
 */
const GENERIC_REPORT =
  /^(?:[가-힣a-z]{0,12}(?:인증서)?(?:발급|재발급|갱신|등록|폐지|처리|요청|로그인|인증|검증|(?:비밀번호|암호)변경)(?:오류|실패|에러)|[가-힣a-z\d]{0,10}인증서(?:가져오기|내보내기|복사|이동)(?:에|가|를|이)?실패(?:(?:하였|했|되었|됐)(?:습니다|어요))?|(?:요청하신)?(?:거래|처리|요청|작업|업무|서비스)?(?:를|을)?(?:처리)?(?:중|도중)?(?:에)?(?:오류|에러|문제)가발생(?:하였|했|되었|됐)(?:습니다|어요)|(?:요청하신)?(?:거래|요청|작업|업무)(?:를|을)?(?:처리|진행)할수없(?:습니다|어요)|(?:로그인|인증)(?:에|이)실패(?:하였|했|되었|됐)(?:습니다|어요)|(?:인증서)?(?:발급|재발급|갱신|등록|폐지)(?:을|를)?(?:진행|처리)할수없(?:습니다|어요))[.!]?$/u;

// Sentences end at a full stop (not one inside a date, "2024. 3. 1.부터"), and a "label: detail" pair is two (not a colon
// after a digit, or after the masks redaction leaves for digits, "…: ****/**/**: ***-…"; "Pin 번호 규칙 오류: 같은 문자 반복"; not a
// specification's heading and its list, "권장 사양: Windows 10 이상, …", which ADVICE_CUE reads whole, nor a name's
// label and the name inside a sentence, "입력하신 주민등록번호와 성명: *** 이(가) 인증서 정보와 …", nor a note's heading of
// cautions or a guide and the rule it heads, "※ 암호 설정 시 유의사항: … 사용할 수 없습니다", "비밀번호 변경 안내: …"), as is a
// label and its remedy after a dash ("인가코드 유효기간 경과 - 영업점에서 재발급 받으세요", "OTP 인증 오류 (누적 4회) -
// 10회 오류 시 …"; not between digits or masks, nor before a number that ends the text, "오류코드 - 1234"; nor, after a colon
// or a dash, before the certificate's state that says why, "인증서 검증 실패 – 효력이 정지된 인증서"; nor before what a
// setting does when on, "해외 IP 차단 - 켜 두면 …": the label is the setting's name). A pasted report's next field starts
// a sentence ("오류내용 : … 실패(…)  오류코드 : ERR_…"; its two spaces are one once normalised), and so does what follows a
// countdown's colon or parenthesis ("인증서 만료 D-12 : 만료 전에 갱신하지 않으면 …", "…만료 예정 (D-14) 만료 전 …": the count is
// the report, the rest its advice), and
// a try count's rule after a bracketed count ("계좌비밀번호 불일치 [오류횟수 3/5회] 5회 초과 시 …"). A ※ after a space starts a
// note of its own ("사용 중인 브라우저 (예: …) ※ Internet Explorer는 지원하지 않습니다"), and so does a bracketed code between two
// Korean phrases ("OTP 인증번호 불일치 [ERR-OTP-0213] 전 금융기관 통합 오류횟수 4회": the label, then the code's detail). A polite
// ending ends a sentence without a stop too ("…등록되지 않은 인증서예요 다른 은행에서 …"). A sentence's end with no space after it
// ends it too, before a Korean parenthesis as before a word ("…일치하지 않습니다.(누적 2회) 연속 5회 오류 시 …", a count's placeholder
// too, "…틀렸습니다.(%d/5) 5회 이상 틀리면 …"; a code's name
// stays its trailer, "…발생했습니다.(JSONException)"), and so does one before a bracket holding Korean ("…맞지 않습니다[오류누적 2회] …").
const SENTENCE_END =
  /\s+(?=※)|(?<=[가-힣])\s+(?=\[[A-Z][A-Z\d_-]{2,20}\]\s+[가-힣])|(?<=[.?!。])(?<!^\s*A[.])(?<![~∼〜]\s?\d{1,2}\.)(?<!\d{4}\.(?=\s+\d{1,2}\.))(?<!\d{4}\.\s+\d{1,2}\.(?=\s+\d{1,2}\.))\s+|(?<=[다요오][.?!])(?=[가-힣[<※*\d]|[(（][^)）]*[가-힣]|[(（](?:[\d\s/회번]|%[ds]|\{\d\})+[)）]\s)|(?<=니다|어요|아요|세요|시오|예요|에요)\s+|(?<=[가-힣]니다)(?=\[[^\]]*[가-힣])|(?<=[^\d\s*]\s?)(?<!(?:사양|환경|규칙|조건|기준|성명|이름|고객명|성함|유의사항|주의사항|(?:변경|설정|작성|입력|이용|사용)\s?안내)\s?):\s+(?=\D)(?!(?:실패|오류|에러|불일치|(?:폐기|폐지|효력정지|정지|(?:(?:유효)?기간)?만료)(?:됨)?|유효하지\s?않음|(?:사용|이용)\s?불가|없음|미설치|미등록|잠김|차단|fail(?:ed|ure)?|error|suspended|revoked|expired|on\s?hold)(?![가-힣a-z])|(?:폐기|폐지|효력정지|효력이\s?정지|만료)된\s?(?:공동|공인|금융)?\s?인증서)|(?:\s+[–—·]|(?<![\d*])\s+-)\s+(?!(?:켜|꺼)\s?(?:두|놓)(?:면|시면)|(?:설정|활성화|선택)(?:하|하시)면|(?:CRL\s?상\s?)?(?:폐기|폐지|효력정지|효력이\s?정지|만료)된\s?(?:공동|공인|금융)?\s?인증서|(?:폐기|폐지|효력정지)(?:됨)?\s?[(（]\s?(?:사유|원인))(?=[^*\s])(?![\d,.]+\s*(?:$|[)\]]))|\s+(?=(?:오류|에러)\s?(?:코드|내용|메시지|사유|원인)\s?[:：]\s)(?<=[가-힣)]\s+)|[:：](?<=(?<![a-z])D-\d{1,4}\s?[:：])\s+|(?<=[(（]D-\d{1,4}[)）])\s+|\s+(?=\d+\s?회\s?(?:이상\s?)?(?:초과|오류|실패|틀리|잘못)[^.]{0,6}?\s?(?:시|하면|할\s?경우)\s)(?<=[)\]]\s+)/iu;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');
const OPENS = '([（【';
const CLOSES = ')]）】';
const OPEN_CODES = [...OPENS].map((c) => c.charCodeAt(0));
const CLOSE_CODES = [...CLOSES].map((c) => c.charCodeAt(0));

// Stryker disable all: the fast path's test (see splitSentences); a wrong answer costs time, not a split
/** Whether the text opens more brackets than it closes. */
function opensMore(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Char codes, as this runs on every line of more than one sentence.
    if (OPEN_CODES.includes(c)) depth++;
    else if (CLOSE_CODES.includes(c) && depth > 0) depth--;
  }
  return depth > 0;
}
// Stryker restore all

/**
 * The sentences of a line. A "label: value" colon whose value is a bare failure word does not end one
 * ("본인확인 결과: 실패", "인증서 상태: 폐기": the label is what failed), nor one whose value is a certificate
 * in such a state ("검증 결과: 폐기된 인증서"). A full stop or a "label: detail"
 * colon inside brackets does not end one either:
 * "식별번호 검증 실패 [ 에러내용 : 인증서의 주민번호를 확인바랍니다. ]" is one failure and its detail.
 * A bracket that never closes is ignored.
 */
export function splitSentences(line: string): string[] {
  const plain = line.split(SENTENCE_END);
  // Most lines split with every bracket closed in its own part: only a bracket left open needs a look.
  // (A fast path: a wrong "open" here only takes the look below, which splits such a line the same.)
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BooleanLiteral,LogicalOperator: the fast path, as above
  if (plain.length === 1 || !plain.some(opensMore)) return plain;
  // Where each split point falls: inside a closed bracket pair, or not.
  const inside = new Uint8Array(line.length);
  const open: number[] = [];
  // Stryker disable next-line EqualityOperator: one step past the end reads no character, so no bracket
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (OPENS.includes(ch)) open.push(i);
    else if (CLOSES.includes(ch) && open.length > 0) {
      const from = open.pop()!;
      // A whole line in brackets is the message itself ("(※ … 가능합니다. 다만, … 불가능합니다.)").
      if (!(line.slice(0, from).trim() === '' && withoutTrailer(line.slice(i + 1)).trim() === ''))
        inside.fill(1, from + 1, i);
    }
  }
  const parts: string[] = [];
  let start = 0;
  for (const m of line.matchAll(SENTENCE_ENDS)) {
    if (inside[m.index]) continue;
    parts.push(line.slice(start, m.index));
    start = m.index + m[0].length;
  }
  parts.push(line.slice(start));
  return parts;
}

/** A product tag before the message ("[ASTx] …", "[AnySign for PC] …") names where it came from, not what failed. */
const LEADING_TAG = /^\s*(\[[^\]]{1,40}\])\s*(?=\S|$)/u;
/** A code table's label of what is not allowed ("허용되지 않은 인증서 종류"): a failure only after a code. */
const NOT_ALLOWED_LABEL = /^(?:허용|지원|등록)(?:되지|하지)않(?:은|는)[가-힣a-z]{2,14}$/u;
const isCodedLabel = (flat: string): boolean => FAILURE_LABEL.test(flat) || NOT_ALLOWED_LABEL.test(flat);
/**
 * A code table's line whose label names no failure word ("[2504] 효력정지 인증서", "(오류코드: 2104) 효력정지 인증서"): its
 * tags and labelled code read as sentencesOf reads them, then the label as analyse reads a coded one.
 */
function isCodedLine(text: string): boolean {
  let rest = text;
  let coded = false;
  for (let tag = LEADING_TAG.exec(rest); tag?.[1]; tag = LEADING_TAG.exec(rest)) {
    coded ||= isCodeTag(tag[1]);
    rest = rest.slice(tag[0].length);
  }
  const code = LEADING_CODE.exec(rest);
  if (code) {
    coded = true;
    rest = rest.slice(code[0].length);
  }
  return coded && isCodedLabel(withoutTrailingPunctuation(compact(rest)).replace(MASKS, ''));
}
const INTERNAL_REGEX = new RegExp(INTERNAL, 'gu');
const INTERNAL_ANYWHERE = new RegExp(INTERNAL, 'u');
const CODE_WORD = /code/i;
/**
 * Only texts ending like a code or a bracket (`[\])）>\d\s:=#*+\-]$`), or naming a code, can have a
 * trailer: spares the regex on the rest. The last unit is looked at directly; a regex anchored at
 * the end is tried at every position.
 */
function mayHaveTrailer(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (
    c === 0x5d ||
    c === 0x29 ||
    c === 0xff09 ||
    c === 0x3e ||
    (c >= 0x30 && c <= 0x39) ||
    isSpace(c) ||
    c === 0x3a ||
    c === 0x3d ||
    c === 0x23 ||
    c === 0x2a ||
    c === 0x2b ||
    c === 0x2d ||
    CODE_WORD.test(text)
  );
}
const withoutTrailer = (text: string): string => (mayHaveTrailer(text) ? text.replace(TRAILER, '') : text);
/** `[\s.,?!:>)\]…"'”’」』]`: closing punctuation that a text's ending is read without. */
const isTrailingPunctuation = (c: number): boolean =>
  isSpace(c) ||
  c === 0x2e ||
  c === 0x2c ||
  c === 0x3f ||
  c === 0x21 ||
  c === 0x3a ||
  c === 0x3e ||
  c === 0x29 ||
  c === 0x5d ||
  c === 0x2026 ||
  c === 0x22 ||
  c === 0x27 ||
  c === 0x201d ||
  c === 0x2019 ||
  c === 0x300d ||
  c === 0x300f;
/** The text without its closing punctuation (what `.replace(/[…]+$/u, '')` gives). */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

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

/**
 * Is the failure word at `end` reported, rather than supposed, heard of or asked about? What follows is read as far
 * as SUPPOSED_AFTER's longest form needs: "…되었거나 효력이 정지된 공동인증서는" names a class of certificates.
 */
const SUPPOSED_SPAN = 18;
/**
 * SUPPOSED_AFTER, tried at the failure word's end in the text itself: its look-behinds see the word ("…켜져 있지
 * 않은지 확인하세요"), which a slice from the end would have cut off; the slice's end still bounds how far it reads.
 */
const SUPPOSED_AT = new RegExp(SUPPOSED_AFTER.source.replace(/^\^/u, ''), 'uy');
function asserted(flat: string, end: number): boolean {
  SUPPOSED_AT.lastIndex = end;
  return !SUPPOSED_AT.test(flat.slice(0, end + SUPPOSED_SPAN));
}

interface Sentence {
  flat: string;
  /** The sentence as written, and whether it is a list item read as a rule: for `standingCondition`. */
  sentence?: string;
  listRule?: boolean;
  /** A dated announcement ("2025년 1월부터 …"): its refusals are its policy, and what follows is its advice. */
  dated?: boolean;
  predicates: Predicate[];
  /** A label or heading rather than a sentence: it lends its topics to others, and reports only in a failure noun. */
  bare: boolean;
  /**
   * Where an "if" clause ends (compact index), or Infinity: nothing before it is reported. NaN in a
   * sentence without failure words, until `standingCondition` works it out.
   */
  condition: number;
}

/**
 * Codes and references at the end ("… (오류코드 1234)", "[VPCG-1004]", "ErrCode : 1401") are not the
 * sentence's end; nor is a number that redaction masked ("… 010-****-****", "+82 **-****-****"). (A countdown in brackets is
 * the report's own: "만료 예정 (D-12)".)
 * Brackets hold no Hangul but an error-code word; "err" starts no code inside a word ("TypeError code=…"), and
 * a code's value has a digit or an underscore ("code=5003", "code: E_TIMEOUT"), unlike a word ("code mismatch").
 * A run of digits is taken whole (`(?=(…))\1` is an atomic group): split every way it can be, a
 * run of 28 digits before a letter took 10 s to give up on.
 */
const TRAILER =
  /(?:\s*(?:[[(（<](?![dD]-\d)(?:(?:오류|에러)(?:코드|번호)?)?[^\])）>가-힣]*[\])）>]|(?:(?<![a-z])err(?:or)?\s*)?code\s*[:=]?\s*(?=[\w-]*[\d_])[\w-]+|(?=([:=#*+\-\d]+))\1))+\s*$/iu;
/** A terse status a list puts in square brackets: "[만료됨]", "[폐지됨]", "[미등록]". */
const STATUS_IN_BRACKETS = /^(?:[가-힣]{1,6}(?:됨|함|음|임)|[가-힣]{0,4}(?:미등록|불가))$/u;
/** "인증서 검증 실패 [상세: 확인 요망]": a detail in square brackets after what failed. */
const SQUARE = /\[([^[\]()（）]*[가-힣][^[\]()（）]*)\]/gu;
/** "…에 실패했습니다(비밀번호를 확인하세요)": a parenthesis in Korean gives the cause, which says most. */
const CAUSE = /[(（]([^()（）]*[가-힣][^()（）]*)[)）]/gu;
/**
 * A parenthesis is a cause only when it says something: a sentence, a failure or "(현재 업무시간 외)"
 * (CAUSE_TEXT), or a failure and its detail after a colon ("(CRL 다운로드 실패: ldap://…)", even a web address; not a code,
 * "(XecureWeb 오류: 21004)"), not a link, "unknown error", a bare "try again later", a note that things vary
 * ("(단말기에 따라 업데이트 시기가 다를 수 있습니다.)") or a lesson's figure ("(교재 그림 5: …)") (NOT_A_CAUSE); a code
 * ("안랩-105") ends like neither.
 */
const CAUSE_TEXT =
  /(?:다|요|오|세요|시오|니다|실패|오류|에러|없음|않음|불가|초과|불일치|[가-힣]{2}(?:함|됨)|시간\s?외)[.!]?\s*$|(?:실패|오류|에러)\s?[:：]\s?(?![-\d\s]+$)[^()（）]{1,60}$/u;
const NOT_A_CAUSE =
  /(?<!(?:실패|오류|에러)\s?[:：]\s?)https?:|www\.|^(?:교재\s?)?그림\s?\d+|\d+회\s?(?:이상\s?)?(?:오류|실패|틀림|불일치|잘못\s?입력|초과)\s?(?:시|하면|할\s?경우)|(?:다를|상이할|달라질)\s?수(?:도)?\s?있(?:습니다|어요)|에\s?따라\s?(?:다릅니다|달라요|상이합니다)|^(?:기타|알\s?수\s?없는)\s*(?:오류|에러)|^(?:[^:]{1,12}:\s*)?잠시\s?후(?:에)?\s?(?:다시|재)\s?(?:시도|이용|접속)[^.]{0,12}[.]?\s*$/iu;
/** …or a reason in a few words after "… 실패": "로그인 실패(인증서 만료)", "(인증서 미등록)", "(만료 또는 폐기된 인증서)". */
const CAUSE_NOUN =
  /[가-힣]{2}\s?(?:만료|폐기|폐지|효력정지|미등록|미설치|잠김|없음|아님|불가|경과|초과|거절|차단|제한|불일치)$|(?:만료|폐기|폐지|효력정지|정지)(?:된|한)\s?(?:공동|공인|금융)?\s?인증서$/u;
/** …or one said to be the reason or the state: "발급 불가 (사유: 동일 용도 인증서 기발급)", even after a label; "(상태: 정지)", "(인증서 상태: 무효)". */
const REASON = /^(?:인증서\s?)?(?:사유|원인|상태|reason|status)\s?[:：]/iu;
/** What a parenthesis after it names is the enquiry's subject, not a cause: "문의(인증서 설치 오류)". */
const ENQUIRY_BEFORE = /(?:문의|신고|민원|질문|상담)(?:하신|주신)?(?:내용|건)?\s?$/u;
/** What follows a code's gloss when the code is supposed, not shown: "(…)이 나타나면", "(…)가 뜨는 경우". */
const GLOSS_SUPPOSED =
  /^\s?(?:이|가|은|는)?\s?(?:(?:나타나|뜨|표시되|발생하|나오)(?:면|는\s?경우)|(?:나타날|뜰|표시될|발생할|나올)\s?때)/u;
const CAUSE_BONUS = 1.25;
/** The sentence a cause explains says less than the cause: "인증서 가져오기에 실패했습니다(PFX 형식의 인증서가 아닙니다)". */
const EXPLAINED = 0.8;
/** A problem whose context words the message holds (Problem.context) reads it more surely. */
const CONTEXT_BONUS = 1.4;
/** Problem.against: a reading the rest of the message speaks against keeps half its score. */
const AGAINST_FACTOR = 0.5;
/** Now: a date said to be today or the present is no announcement. */
// …and so is the user's own request that did not go through: "정기점검(1/18 02:00~06:00)으로 요청하신 … 처리되지 못했습니다".
// …and so are days said to be left, counted from today: "…유효기간이 2025-03-02 까지로 5일 남았습니다".
// …and in English the user's own browser or certificate: "Since March 2024, this browser is not supported".
const TODAY =
  /오늘|금일|현재|지금|(?:요청|신청)하신(?=[^.]*(?:않았|못했|못하였|실패))|\d\s?일(?:이)?\s?남(?:았|음)|(?<![A-Za-z])(?:[Tt]oday|[Cc]urrently|[Yy]our\s(?:browser|device|PC|computer|certificate|OS|operating\ssystem)|[Tt]his\s(?:browser|device|PC|computer|certificate))(?![a-z])/u;
/** An aside that says when, every time ("매주 일요일 02:00~06:00"): the sentence is a schedule. */
const SCHEDULE = /매(?:일|주|월|년)/u;
/** What is said of a time right after its schedule, as the reason now: "…시간(…)이라", "…(…)이므로". */
const NOW_AFTER = /^\s*(?:이라|이어서|이므로|이니|이기때문)/u;
/** Korean after an aside: the sentence goes on past it. */
const HAS_HANGUL = /[가-힣]/u;
/**
 * A definition ("…코드는 서버 쪽 오류를 뜻합니다"), what a service or function is ("…을 제한하는 부가
 * 보안서비스입니다"), where liability lies or does not ("…입력 오류로 인한 … 책임은 신청자 본인에게 있습니다", "…통신 장애로 인한 …
 * 오류에 대하여 … 책임지지 않습니다"), what a safeguard is for ("…로그인이 차단되며, 이는 부정 사용을 막기 위한 장치입니다") or what a lure is ("…인증서
 * 오류로 재발급이 필요하다며 링크를 보내는 문자는 스미싱입니다", "'택배 주소지 오류' 등을 사칭한 문자의 링크를 …"), or what is safe ("보안토큰은 … 복사가 불가능하여 … 안전한 저장매체입니다"),
 * what a program is for or is ("IPinside는 … 접속을 차단하는 데 활용됩니다", "CrossWeb EX는 ActiveX를 사용하지 않는 … 보안 솔루션입니다"),
 * what it does by itself ("개인 방화벽은 허용되지 않은 외부 접속 시도를 자동으로 차단합니다"), or what is no longer shipped ("32비트
 * 운영체제용 설치 파일은 더 이상 배포하지 않습니다", "구 인증서 관리 프로그램은 더 이상 업데이트되지 않으며"), or not done by itself ("기존 기기에 저장된 인증서는 새 기기로 자동으로 옮겨지지
 * 않습니다"), or what a lure's kind is ("…묻는 팝업은 모두 가짜입니다. … 그런 계좌는 존재하지 않습니다"), or which kind of problem a
 * thing is ("…수 없는 건 오류가 아니라 원래 그렇게 정해진 규칙입니다"): it names failures, it reports none.
 */
const DEFINITION =
  /안전한[가-힣]{0,8}(?:입니다|이에요|예요)\.?$|(?:을|를)(?:뜻|의미)(?:합니다|해요|함)|책임은[^.]{0,16}(?:에게|에)있(?:습니다|어요)|(?:다는|라는|이라는)(?:뜻|의미)(?:입니다|이에요|예요)|^(?:[a-z]{2,12}[:：]|\[[a-z가-힣]{2,12}\])?(?:error|code|오류)[a-z0-9_-]{0,12}(?:\([^)]*\))?means|(?:을|를)나타냅니다|(?:하는|되는)[가-힣]{0,10}(?:서비스|기능|제도)(?:입니다|예요|이에요)\.?$|(?:은|는)(?:100%|모두|반드시)?(?:스미싱|피싱|파밍|보이스피싱|사기|가짜|허위)(?:문자|전화|메일|사이트)?(?:입니다|이에요|예요|이니|이므로)|책임(?:을)?(?:지지|부담하지)않(?:습니다|아요)|책임이없(?:습니다|어요)|위한(?:장치|조치|절차|기능)(?:입니다|예요|이에요)|(?:을|를)(?:가리킵니다|가리켜요|말합니다|말하며|말해요)|(?:등을|을|를)사칭(?:한|하는|하여|해)|(?:하는|되는)데(?:에)?(?:활용|사용|이용|쓰)(?:됩니다|돼요|입니다|여요|이고|되며)|^(?![^.]*(?:선택|고객님|귀하|사용하신|사용중))[^.]{1,30}?(?<!에서)(?:은|는)[^.]{0,60}솔루션(?:입니다|이에요|예요)\.?$|^[가-힣a-z\d]{1,16}(?:은|는)[^.]{0,60}자동(?:으로|적으로)?[가-힣]{0,4}(?:차단|종료|삭제|폐기|잠금|중단|탐지)(?:합니다|해요)\.?$|^[^.]{1,30}?(?:은|는)더이상(?:배포|판매|업데이트)(?:하지|되지)않(?:습니다|아요|으며)|자동(?:으로|적으로)?[가-힣]{1,6}지(?:않|안)(?:습니다|아요)\.?$|^(?:그런|이런|그러한|이러한)[가-힣]{1,8}(?:은|는)[^.]*(?:존재하지않|없)(?:습니다|어요)|(?:된|한|는)(?:건|것은)[^.]{0,30}(?:이|가)아니라/u;
/**
 * A failure put right: "…정상화되었습니다", "…조치를 완료하였습니다", "…발생하던 … 오류가 수정되었습니다", "해외 IP 차단이 해제되어 …";
 * and a release note's line, a fix or a change made or due ("…찾을 수 없던 오류를 고쳤습니다", "…설치에 실패하던 문제 개선", "…실패하던 문제를 보완하여 …",
 * "…초과 안내 문구를 다듬었습니다", "…열리도록 변경했습니다", "다음 버전에서 해결될 예정입니다", "…결제되던 오류를 바로잡았습니다",
 * "…오류가 더 이상 발생하지 않습니다", "…유지되도록 정책을 변경했습니다"), or a bug named as it was ("수정: … 한 번 더 요청하던 오류"), a
 * newsletter's correction ("…점검 일정에 오류가 있어 바로잡습니다"), and someone else's attempt stopped for the user ("…로그인
 * 시도가 있었지만, 해외 로그인 차단 설정에 따라 안전하게 막았어요"), and in English what has been fixed or updated since ("The earlier
 * error came from an outdated module, which has now been updated to version 3.2.1").
 */
const RESOLVED =
  /(?:정상화|복구|해결|해소|재개)(?:되었|됐|되어)|(?:차단|잠금|제한|정지)(?:이|가)?해제(?:되었|됐|되어)|(?:조치|복구|정상화|해결)(?:를|가|이)?완료(?:하였|했|되었|됐)|(?:오류|에러|문제|장애|현상)(?:가|이|는|은)?(?:수정|개선)(?:되었|됐)|(?:오류|에러|문제|장애|현상)(?:를|을)(?:수정|개선|해결)(?:하였|했)|(?:fixed|resolved)(?:an|the|a)?(?:issue|bug|problem|error)|(?:has|have)(?:now)?been(?:fixed|resolved|corrected|updated)|(?:오류|에러|문제|현상|버그)(?:를|을)?[^.]{0,12}(?:고쳤|고침|바로잡았|바로잡습니다|바로잡음|(?:수정|개선|보완)(?:했|하였|함|완료|하여))|(?:오류|에러|문제|현상)(?:가|이|는|은)?더이상(?:발생|나타나|표시)(?:하지|되지)?않|던(?:오류|에러|문제|현상|버그)\.?$|(?:문제|오류|현상|버그)(?:를|을)?(?:수정|개선|해결)\.?$|(?:문구|메시지|안내|화면|기준|설정|정책)(?:를|을)[^.]{0,16}(?:(?:변경|수정|개선)(?:했|하였)|바꿨|바꾸었)|다듬었|도록(?:변경|수정|개선)(?:했|하였|됐|되었)|(?:해결|수정|개선)될예정|안전하게(?:막았|막아|차단(?:했|하였|되었|됐|해))/u;
/** A sentence that is only "no". */
const ANSWER_NO = /^(?:아닙니다|아니요|아니오|아니에요)[.!]?$/u;
/** A failure word before "시": "5회 오류 시", "분실 시에는". */
const FAILURE_WHEN =
  /(?:오류|실패|에러|초과|만료|분실|잠김|잠금|불일치|미입력|미설치|미등록)\s?시(?:에는|에도|에)?(?=[\s,]|$)/u;
/** A help desk and its number, after a message: "문의: 1588-0000", "고객센터 02-1234-5678". */
const CONTACT_LINE =
  /^[가-힣\s]{0,12}(?:문의|문의처|센터|연락처|전화)\s*[:：]?\s*\(?\+?[\d*][\d*\-() ]{6,}\s*[.)]?$/u;
/** "…와 다릅니다", "…는 서로 다릅니다": what a standing rule compares. */
const COMPARED = /(?:와|과)(?:는)?$|서로$/u;
/** "…와 다르면": a mismatch in an "if" clause. */
const DIFFERS_IF = /다르면$/u;
const DIFFERS = /^(?:다릅니다|달라)/u;
/** What a screen shows, after a failure word: "…불일치로 나옵니다", "…오류라고 떠요". */
const SHOWN_AS =
  /^(?:으로|로|라고|이라고)(?:나옵니다|나와요|뜹니다|떠요|표시됩니다|표시돼요|나타납니다|나타나요)/u;
/** An English "if" clause ("If you enter the wrong password 5 times, the certificate …") ends at its comma. */
const ENGLISH_CONDITION = /[A-Za-z]\s$/u;
const conditionEnd = (sentence: string, match: RegExpExecArray): number => {
  const end = match.index + match[0].length;
  if (!ENGLISH_CONDITION.test(match[0])) return end;
  const comma = sentence.indexOf(',', end);
  return comma < 0 ? end : comma;
};
/** "비밀번호가 잘못되어 키쌍 생성에 실패하였습니다": the failure word that causes the other names the problem. */
const CAUSAL =
  /^(?:되어|되어서|하여|해서|어서|아서|여서|으로인해|로인해|으로인하여|로인하여|(?<=[겨서])|이니(?=[가-힣])|이므로|이라서|으로|로)/u;
const CAUSE_CLAUSE_BONUS = 1.5;
/** After a report phrase, what makes it the cause of the rest: "…장애로 …", "…오류로 인하여 …", "…때문에 …", "…명의의 인증서가 아니어서 …". */
const REPORT_CAUSE = /^(?:으로|로)(?:인해|인하여)?(?!그|부터|만)[가-힣]|^때문에|^어서(?=[가-힣])/u;
/** Said as done: a Korean past ending, or an English perfect or past passive ("…has been locked", "…was blocked"). */
const PAST_END =
  /(?:었|았|였|했|됐)(?:습니다|어요|다)\.?$|(?:has|have|had)been[a-z]|(?:was|were)(?!not)[a-z]{2,}(?:ed|en)/u;
/** "자동으로", "자동", "automatically": what a system does by itself, before the failure word it does. */
const AUTOMATIC = /자동(?:으로|적으로)?$|automatically(?:be)?$/u;
/** A condition that is time passing ("7일이 지나면", "유효기간을 넘으면"): what follows is what then happens, by rule. */
const TIME_CONDITION = /(?:지나|경과하|넘으|넘어가|초과하)면$/u;
const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
/**
 * A report phrase that ends causing what follows: "10분 동안 입력이 없어 … 종료되었어요", "…폐지된 인증서라서
 * 스마트폰으로 복사할 수 없습니다", "입력 대기 시간이 지나 갱신 절차가 중단되었습니다". Narrower than a failure word's CAUSING_ENDING: a server phrase ending "…원활하지
 * 않아" explains the program named before it, not what follows.
 */
const REPORT_CAUSING_END = /(?:없어|없어서|되어|되어서|라서|(?<=입력(?:대기)?시간이?)지나)$/u;
/**
 * Codes and English glosses in parentheses ("용도(KeyUsage)의", "(80)") say nothing for matching;
 * nor do the same digits masked by redaction ("(******)"), nor a message table's placeholder ("…용도(%s)의 인증서입니다",
 * "…일련번호({serial})와 …").
 */
const GLOSS = /(?<!서버)[(（](?:[\s\d*.,:=#~-]*|\s*(?:%(?:\d\$)?[sd]|\{\w{1,20}\})\s*)[)）]/gu;
/**
 * A message table's placeholder before a unit stands for a number: "{0}님의 공동인증서가 {1}일 후 만료됩니다", "%d회 남았습니다",
 * "…만료일까지 {days}일 남았습니다".
 */
const PLACEHOLDER_COUNT = /(?:\{\w{1,20}\}|%[ds]|%\w{1,20}%)(?=\s?(?:일|개|회|분|초|시간|년|개월|자|자리))/gu;
/** …nor does a certificate file's name glued to a Korean word ("인증서 파일(signCert.der) 없음"). */
const FILE_GLOSS = /(?<=[가-힣])[(（][\w-]{1,30}\.(?:der|key|pfx|p12|cer|crt)[)）]/giu;
/**
 * A program's status field in English names the state, as "(상태: 폐지)" does: "유효하지 않은 인증서 (status=REVOKED)". It is read
 * as that (a code would be dropped as a trailer).
 */
const STATUS_FIELD = /[(（]\s?status\s?[:=]\s?(revoked|suspended|on\s?hold|expired)\s?[)）]/giu;
/** …and so does a Korean state's English gloss, which would hide the state from a label's value: "인증서 상태 : 폐지(Revoked)". */
const STATUS_GLOSS = /(?<=폐지|폐기|만료|정지)[(（]\s?(?:revoked|expired|suspended|on\s?hold)\s?[)）]/giu;
/** …and one after the certificate, its status in English: "유효하지 않은 인증서 (revoked)" says which (also with a reason: "(revoked, 사유: keyCompromise)"). */
const CERTIFICATE_STATUS_GLOSS =
  /(?<=인증서)\s?[(（]\s?(revoked|suspended|on\s?hold|expired)\s?(?:,[^()（）]{0,40})?[)）]/giu;
const STATUS_WORD: Record<string, string> = {
  revoked: '폐지',
  suspended: '효력정지',
  onhold: '효력정지',
  expired: '만료',
};
const statusInKorean = (_all: string, state: string): string =>
  `(상태: ${STATUS_WORD[state.toLowerCase().replace(/\s/gu, '')]})`;
/**
 * A certificate's kind in parentheses after it ("선택한 인증서(은행·보험용)로는 …") names it as the words before it do: it is
 * read there ("선택한 은행·보험용 인증서로는 …"), not dropped as an aside.
 */
const KIND_GLOSS = /((?:공동|공인|금융)?\s?인증서)\s?[(（]\s?([가-힣·/,\s]{1,14}용)\s?[)）]/gu;

/** Stop words a cancellation explains ("발급이 중단되었습니다" after the user gave up). */
const STOPPED = /중단|종료|취소/u;
/** A failure word in a state said not to hold: "…폐지 또는 효력정지 등 사용이 제한된 상태가 아닙니다", "설치 파일이 차단된 것이 아니라 …", "…지워진 건 아니에요". */
const NOT_IN_STATE = /^[^.]{0,30}?(?:된|한|긴|진)(?:상태(?:가|는)?아(?:닙|님)|것이아니라|게아니라|건아니)/u;
/** …or the negation itself, after the state: "…사용이 제한된 상태가 아닙니다". */
const STATE_BEFORE = /(?:(?:제한|폐지|폐기|정지|만료|차단|손상|중지|해지|잠금)된|잠긴)상태(?:가|는)?$/u;
/** A status value in quotes after the word for status: "상태가 'revoked'입니다". */
const QUOTED_STATUS =
  /(?<=(?:상태|status)(?:가|는|:|=)?\s?)['‘](revoked|expired|suspended|on\s?hold|good|valid|unknown)['’]/giu;
/**
 * A kind of certificate, or of access, record or account, said to be absent from a list: "만료되었거나 폐지된 인증서가 없습니다",
 * "최근 7일간 차단된 해외 접속이 없습니다", "거래가 제한된 계좌가 없습니다", "…변조된 파일이 없습니다". The sentence's other failure words
 * ("…없습니다") say so too.
 */
const EMPTY_KIND =
  /^[가-힣]{1,6}(?:된|한|예정인|임박한|되었거나|됐거나|거나)(?:[가-힣]{1,8}(?:된|한))?(?:(?:공동|공인|금융)?인증서|[가-힣a-z]{0,6}?(?:접속|로그인|시도|거래|내역|기록|계좌|카드|기기|파일|프로그램|항목))(?:가|는|이|은)?없(?:습니다|음|어요)\.?$/u;
/** …and in English, before the word: "No errors were found", "No tampering or errors were detected", "Copy completed without errors". */
const NONE_BEFORE = /(?<![a-z])no(?:[a-z]{2,12}or)?$|without$|(?<![\d.,])0$|nolonger$/u;
/** What a system always does, in English ("Your old certificate is automatically revoked once …"); not what it did ("was …"). */
const AS_A_RULE_BEFORE = /(?:is|are|willbe)automatically$/u;
/**
 * …and a failure as the cause of a thing said of as a class ("비밀번호 5회 오류로 인한 잠금 해제는 … 담당자를 통해서만 가능합니다"), or of a
 * class of customers ("보안매체 오류로 이용이 정지된 고객은 …").
 */
const CAUSE_OF_SUBJECT =
  /^(?:오류|실패|에러)(?:로|으로)(?:인한[가-힣]{1,10}(?:은|는)|(?:인해)?[가-힣]{1,10}(?:된|한)(?:고객|회원|이용자|사용자|분)(?:은|는))/u;
/** …and the old one, replaced: "Your old certificate has been revoked and a new one issued in its place". */
const REPLACED_BEFORE =
  /(?:old|previous|former|existing)(?:certificate|card|token|device|password|pin)(?:has|have|was|were|is|are|will)?(?:been|be)?(?:automatically)?$/u;
/** …and what the user asked for, done: "Your certificate has been revoked successfully" (said of "your" too). */
const DONE_AFTER = /^(?:successfully|as(?:you)?requested)/u;
/**
 * English rule statements around a failure word: a class in a relative clause ("Only certificates that have not expired …",
 * "Customers whose period of stay has expired …"), a modal ("A certificate can be revoked …"), the word negated ("…your
 * certificate has not expired"), a possibility ("…may cause installation errors", "…will result in an "incorrect password"
 * error"), what a thing becomes ("…becomes invalid after 10 minutes"), what may happen ("…or the update may fail"), a kind
 * with its article ("…cannot be delivered to an invalid address"), one of a list ("…including incorrect certificate
 * passwords"), a class in a clause before it ("…transfers that exceed this limit cannot be requested …"), a purpose
 * ("…remove old phones so they cannot be used …"), a quoted name ("The "not installed" notice …"), what would have been
 * ("…before your certificate would have expired"), a time after ("…10 years after the certificate has expired or been
 * revoked"), one of a kind ("…to reissue a certificate revoked within 30 days"), what one asks to have done ("…ask the CA to
 * have the certificate revoked"), a state while it lasts ("…turns red while the format is invalid") and a kind after a
 * clause's break ("…; modules not installed through Veraport are …"); and after it a kind of device or version ("…is not
 * supported on devices running iOS 13 …", "…in this version and later"), what it needs ("…is unavailable without an internet
 * connection"), a purpose ("…for certificate issuance"), what is done by itself ("…are revoked automatically") or by a rule
 * ("…is blocked under government guidelines"), as planned ("…has now expired, as planned, …"), by the calendar ("…are
 * unavailable each year from …") or on old systems as a class ("…is not supported on Windows 7 or earlier"); and a status's
 * name, quoted ("Tick the items marked "Not installed""). Not where the user's own is the subject ("Your certificate, which
 * has expired, …").
 */
const ENGLISH_RULE_BEFORE =
  /(?:that|which|who|where(?:it|they)?|whose[a-z]{0,24})(?:has|have|had|is|are|was|were)?(?:not)?(?:been|yet)?(?:already)?$|(?:can|could|should|must|might|would|will)(?:not)?be$|(?:has|have|had|is|are|was|were)not(?:been|yet)?$|(?:may|will|can|could)(?:cause|resultin|leadto)[a-z"'“”]{0,24}$|becomes?$|(?:to|for|on|in)an?$|including$|(?:may|might|could|can|will)$|(?:that|which)(?![a-z]{0,24}you)(?:exceeds?|exceeded|were|was|are|is|have|has)[a-z]{2,20}$|(?:so|sothat)(?:they|it)$|the["'“‘]$|(?:would|could|might|will)have$|(?:reissue|renew|replace|restore|issue|for|of|with|to)an?certificate$|(?:to)?have(?:the|your|a)?certificate$|while(?:the|your|a|an)[a-z]{2,16}(?:is|are)$|[;,](?:the)?[a-z]{3,12}s$|after(?:the|a|an|its|your)?[a-z]{0,16}(?:has|have)(?:[a-z]{2,10}(?:or|and))?(?:been)?$|(?:marked|labell?ed|shownas|titled|named)(?:as)?["'“‘]$/u;
/**
 * An English step that points at what the screen labels ("2) Tick the items marked "Not installed" or "Update required"."):
 * the quoted failure words are the labels' names.
 */
const ENGLISH_LABEL_STEP =
  /^(?:\d{1,2}[.)]|step\d{1,2}[.:)]?)?(?:tick|click|select|check|choose|press|tap|find|uncheck|lookfor|open|goto|use)[^.]{0,60}(?:marked|labell?ed|showing|shownas|status)["“'‘]/u;
/**
 * …and an English step in the imperative ("In Chrome, click the pop-up blocked icon …", "Type the reference number … each
 * incorrect entry counts toward the 5-try limit", "macOS: under System Settings > Privacy & Security, click Allow beside …", "Read the
 * 12-digit number off the PC screen …"): what it names is what to act on. (Not one that gives a failure as its reason:
 * "Click Retry because the installation failed", "Enter your password again".)
 */
const ENGLISH_STEP =
  /^\s*(?:[\w\s]{1,20}:\s)?(?:(?:in|on|from|to|for|under|at)\s[^,.]{1,60},\s*|(?:then|next|first),?\s|step\s?\d{1,2}[.:)]?\s|\d{1,2}[.)]\s?)?(?:click|tap|select|press|choose|open|go to|type|install|allow|turn (?:on|off)|visit|enter|read|key|copy|scan|wait)\s(?![^.]*(?:because|since|due to|failed|error|again))/iu;
const ENGLISH_RULE_AFTER =
  /^(?:on|for|in)(?:devices|browsers|phones|versions|thisversion|systems|computers)|^automatically|^without|^for(?:certificate|the|this)?[a-z]{0,12}(?:issuance|issuing|use|log-?in|signing)|^(?:under|by|per|accordingto|inaccordancewith)(?:the)?[a-z]{0,24}(?:guidelines?|polic(?:y|ies)|regulations?|laws?|rules)|^,?as(?:planned|scheduled|expected|intended|requested|yourequested)|^permanently|^(?:each|every)(?:year|month|week|day|night|weekend)|^(?:on|during)(?:public)?(?:holidays|weekends|sundays|saturdays|nights)|^(?:annually|daily|nightly)|^(?:to|for)(?:customers|users|those|anyone|people|accounts)(?:who|that|with|without|whose)|^between\d{1,2}:\d{2}(?:and|-|~|to)\d{1,2}:\d{2}(?:on(?:weekdays|weekends|sundays|holidays)|daily|everyday|eachday)|^(?:on|in|for)[a-z\d.]{2,24}(?:orearlier|orolder|orlower|orbelow|andearlier|andolder|andbelow)/u;
/** English in the text as written (a condition's words keep their case); LATIN_START below reads the compact, lower-case text. */
const LATIN_WORD = /[A-Za-z]/u;
/** The compact text after an English clause's comma. */
const afterClause = (sentence: string, from: number): string => {
  const comma = sentence.indexOf(',', from);
  return comma < 0 ? '' : compact(sentence.slice(comma));
};
/** A 'when' clause whose sentence says what then happened ("저장할 때 문제가 발생했습니다", "After 5 failed attempts, … has been locked"). */
const happenedThen = (sentence: string, flat: string, condition: RegExpExecArray): boolean =>
  WHEN_WORD.test(condition[0]) &&
  PAST_END.test(LATIN_WORD.test(condition[0]) ? afterClause(sentence, condition.index) : flat);
const ENGLISH_OWN = /^(?:your|you)|you(?:have)?selected|this(?:certificate|browser|device|pc)/u;
const LATIN_START = /^[a-z]/u;
/** Nothing found by a check: "이 기기에서 발견된 위험 요소가 없습니다". */
const FOUND_NONE = /(?:발견|탐지|감지|검출)된[가-힣a-z\d]{0,10}(?:이|가|은|는)?없(?:습니다|어요|음)/u;
/** A button's name in brackets, to be pressed: "요청한 적이 없다면 [거절]을 눌러 주세요". */
const BUTTON_AFTER = /^[\]」』>](?:버튼)?(?:을|를)?(?:눌|클릭|선택|터치|탭)/u;
const BUTTON_OPENS = '[「『<';
/**
 * A maximum, and going over it as what may not be done: "최대 5천만원을 초과하여 …", "파일 용량은 500KB를 초과할 수 없습니다", "…계약기간을
 * 초과하는 유효기간으로 …"; or those over it as a class, "이체 한도를 초과한 건은 보류 처리되며 …".
 */
const LIMIT_STATED =
  /(?:최대|최고|한도)[^.]{0,14}초과(?:하여|해서)|(?:을|를)초과(?:하는[가-힣]|한건(?:은|는))|\d(?:kb|mb|gb|바이트|자|글자|개|회|건|명|[만천억]?원)(?:를|을)?초과(?:할|하실)수없/u;
/**
 * A terse status that says something failed but reads as a bare label: "사용불가", "처리거부". (One ending in 실패, 오류 and
 * the like is no bare label to begin with: FAILURE_NOUN_END.)
 */
const STATUS_FAILED = /(?:불가|거부|중지|정지)[.:：]?$/u;
/** A failure word no step's consequence uses: "…삭제에 실패했습니다" after a success is still reported. */
const HARD_FAILURE = /실패|오류|에러|error|fail/u;
/** A note mark opens a standing remark, not a report. */
const NOTE_MARK = /^※/u;
/** A sentence that is all trailer is read without its brackets. */
const BRACKETS = /[[\]()（）<>]/gu;
/** A 'when' ("…할 때", "When …", "After …", "Once …"): with a past ending, what happened then, not a condition. */
const WHEN_WORD = /때|^\s*(?:[Ww]hen|[Aa]fter|[Oo]nce)\s/u;
/**
 * A "during" clause ("마감 작업 중에는 …", "점검 시간 동안에는 …") states a rule, unless the next sentence asks to come back
 * shortly, or at a time (RETRY_SHORTLY): then the work is going on now ("일마감 작업 중에는 … 접수할 수 없습니다. 잠시 후 다시 이용하세요", "… 00:10 이후에 이용하여 주십시오").
 */
const DURING = /(?:중|동안)\s?에는$/u;
const RETRY_SHORTLY =
  /^(?:잠시|조금|몇\s?분|\d{1,2}:\d{2}\s?이)\s?(?:후|뒤)(?:에)?\s?(?:다시\s?)?(?:이용|시도|접속|진행|신청|거래)/u;
/** What happens as a rule, said at the sentence's end: "…거부됩니다", "…제한돼요". */
const GENERAL_END = /^(?:됩니다|돼요)\.?$/u;
/**
 * A state that names certificates or messages as a class: "효력정지된 인증서로는", "만료된 공동인증서는", "수신 거부한 메일은"; or
 * customers by what is ahead for them: "인증서가 만료될 예정인 고객님은", "만료 예정 인증서 보유자에게는".
 */
const CLASS_NAMED =
  /^[가-힣]{1,6}?(?:(?:된|한|하신|상태의|상태인)(?:(?:공동|공인|금융)?인증서|알림|메시지|문자|메일|이메일|sms|파일)(?:로는|는|은)|(?:될|할)예정인(?:고객|회원|이용자|사용자)(?:님)?(?:은|는|께서는)|(?:예정|임박)(?:인|한)?(?:공동|공인|금융)?인증서(?:의)?(?:보유자|소지자|사용자|이용자)(?:에게는|는|은))/u;
const CAUSING_ENDING = /(?:되어|하여|어서|아서|여서|않아|없어)$/u;
/** Advice's ending: "…미리 갱신해 두세요". */
const ADVISED_END = /(?:세요|십시오|바랍니다)\.?$/u;
/** A sentence that is a parenthesis after a full stop explains the one before it. */
/**
 * What a page serves, said first ("본 서비스는 … Chrome·Edge·Whale 브라우저에서 이용하실 수 있습니다", "…본인 명의 휴대폰으로만
 * 가능해요", "M-able 앱은 Android 8.0 이상, iOS 14 이상을 지원합니다"), and after it a named class refused ("Internet Explorer는 지원하지 않습니다", "법인 명의 휴대폰으로는 인증하실 수 없어요"):
 * the rule's other half, not the user's failure. (In a dialog the class is the user's: it still reports. So is a class
 * of certificates, which a page shows after the user picked one: "이 서비스는 범용 공동인증서로만 이용하실 수 있습니다.
 * 은행·신용카드·보험용 인증서는 사용할 수 없습니다".)
 */
const SERVED =
  /(?:(?:에서|으로|로)(?:만)?|만)[가-힣a-z·]{0,12}?(?:수있(?:습니다|어요)|가능(?:합니다|해요))\.?$|(?:이상|이후|버전)(?:을|를)?지원(?:합니다|해요)\.?$/u;
const CLASS_REFUSED =
  /^(?![^.]{0,30}인증서(?:는|은|(?:으)?로는))[^.]{1,30}?(?:은|는|(?:으)?로는|에서는)[^.]{0,30}(?:지원(?:하|되)지않|수없|불가)(?:습니다|어요|아요|해요|합니다)\.?$/u;
/**
 * How to make a new password, said first ("인증서 암호는 … 조합하여 10자리 이상으로 설정하세요"), and after it a rule refused ("같은
 * 문자를 3번 이상 연속해서 사용할 수 없습니다", "6자리 비밀번호를 설정해 주세요. 같은 숫자 반복이나 …"): the page's guide. (Alone, or after the user's entry in a dialog, the rule reports.)
 */
const PASSWORD_ADVICE =
  /(?:(?:암호|비밀번호|pin)[^.]*\d+(?:자리|자|글자)(?:이상|이내)|\d+(?:자리|자|글자)(?:의)?(?:새)?(?:암호|비밀번호|pin)(?:를|을)|(?:암호|비밀번호|pin)(?:로|으로)쓸[^.]{0,8}\d+(?:자리|자|글자)(?:를|을))[^.]{0,16}(?:세요|십시오|바랍니다)\.?$/u;

/** A kind or a way as the subject ("SHA-1 방식 인증서는", "아이디/비밀번호 로그인은"), not anyone's own. */
const KIND_SUBJECT =
  /(?:방식|형식|종류|유형|버전|로그인|서비스|제도|기능)(?:의)?(?:(?:공동|공인|금융)?인증서)?(?:은|는)/u;
/**
 * "X인 게 아니라 Y": what it is not, said to set a reader right ("공동인증서가 없어진 게 아니라 '공인'이라는 … 지위만 사라진 겁니다"),
 * and what does not follow ("인증서 오류가 났다고 해서 꼭 재발급해야 하는 건 아니에요").
 */
const NOT_THIS_BUT =
  /(?:진|된|한|난)(?:게|건|것이)아니라|(?:다고|라고)해서[^.]{0,30}(?:건|것은|게)아(?:니|닙)/u;
/** …unless said of now or of what the user has ("현재 브라우저는 …", "오늘은 더 이상 …", "이미 발급받은 …"). */
const NOW_OR_ALREADY =
  /현재|지금|이미|아직|오늘|금일|더이상|이(?:브라우(?:저|져)|기기|단말기?|pc|휴대폰|인증서)/u;
const WHOLE_PARENTHESIS = /^[(（]([^()（）]*[가-힣][^()（）]*)[)）][.\s]*$/u;
/** A line break, with the spaces around it. */
const LINE_BREAK = /[ \t]*[\r\n]+[ \t]*/gu;
/** Punctuation that closes a line (a comma does not). */
const CLOSING = /[.?!。:：)\]」』…]$/u;
/** A blank line between two: a paragraph ends there, whatever its last words. */
const BLANK_LINE = /\n[ \t]*\r?\n|\r[ \t]*\r/u;
/** A line that starts with a tag, a button's name, a note or a bullet starts anew. */
const LINE_START = /[[※*•·-]/u;
/** How far back a line's ending is read: the longest failure noun or verbal ending, and its punctuation. */
const ENDING_SPAN = 16;
/** A short bracket glued to the word before it ("서버(Web)", "파일(*.der)"): the phrase goes on after it. */
const GLUED_GLOSS = /[가-힣A-Za-z][(（][^()（）\s]{1,12}[)）]$/u;
/** "…핀길이보다⏎길거나 짧습니다": "than" ends in 다 but ends no sentence. */
const COMPARISON_END = /보다$/u;
/** A dialog's title on a line of its own ("알림⏎인증에 실패했습니다."): it heads the message, it does not start its sentence. */
const TITLE_LINE =
  /(?:^|[\r\n])[ \t]*(?:알림|안내|경고|주의|공지|확인|오류|에러|(?:오류|에러)\s?(?:메시지|안내)|메시지|notice|alert|error|warning|info(?:rmation)?|message)[ \t]*$/iu;

/**
 * Dialogs wrap a sentence over lines ("인증서 비밀번호가\n일치하지 않습니다."): a line break ends a
 * sentence only after a line that ends like one — a verbal ending, a failure noun, punctuation, a
 * closing bracket or a colon — or before a blank line or one that starts anew; otherwise it is a space.
 */
function joinWrapped(text: string): string {
  return text.replace(LINE_BREAK, (lineBreak: string, at: number) => {
    if (BLANK_LINE.test(lineBreak) || LINE_START.test(text.charAt(at + lineBreak.length))) return '\n';
    // A bracket that closes on the next line closes what this one opened.
    // Stryker disable next-line StringLiteral: a space or none before the closing bracket reads the same
    if (CLOSES.includes(text.charAt(at + lineBreak.length))) return ' ';
    const tail = text.slice(Math.max(0, at - ENDING_SPAN), at);
    if (TITLE_LINE.test(tail)) return '\n';
    const flat = compact(tail);
    const ending = withoutTrailingPunctuation(flat);
    if (!flat || (VERBAL_END.test(ending) && !COMPARISON_END.test(ending)) || FAILURE_NOUN_END.test(ending))
      return '\n';
    // A failure noun with its code ("인증번호 발송 실패(2)", "연결 실패 [E101]") ends the line's report too.
    if (FAILURE_NOUN_END.test(withoutTrailingPunctuation(withoutTrailer(flat)))) return '\n';
    // A bracket glued to its word glosses it ("서버(Web)⏎연결에 실패", "파일(*.der)⏎이 없습니다"): the
    // phrase goes on; one after a space ("실패 (E12)") closes the line like any closing mark.
    if (GLUED_GLOSS.test(tail)) return ' ';
    return CLOSING.test(flat) ? '\n' : ' ';
  });
}
const NO_PREDICATES: Predicate[] = [];

const hasParenthesis = (text: string): boolean => text.includes('(') || text.includes('（');
/** A parenthesis and what it holds, in the compact text. */
const ASIDE = /[(（][^()（）]*[)）]/gu;

/**
 * The length of `compact(sentence.slice(0, end))`, without compacting the slice where it can be
 * counted: a short stable text (see normalise.ts) only loses its whitespace to compaction.
 */
function compactLength(sentence: string, stable: boolean, end: number): number {
  if (!stable) return compact(sentence.slice(0, end)).length;
  let spaces = 0;
  for (let i = 0; i < end; i++) if (isSpace(sentence.charCodeAt(i))) spaces++;
  return end - spaces;
}

/** A measure's name or value, or a change in one (MEASURE): its name ends the text, so only the end is read. */
function isMeasure(flat: string): boolean {
  return (
    MEASURE.test(withoutTrailingPunctuation(flat).slice(-24)) ||
    ((flat.includes('%') || flat.includes('대비')) && MEASURE_CHANGE.test(flat))
  );
}

function analyse(
  whole: string,
  context: TextContext | undefined,
  cancelled: boolean,
  listed = false,
  coded = false,
  retryFollows = false,
): Sentence {
  // Codes and notes at the end ("(JSONException)", "(… 경우)") are not part of what the sentence
  // says; a sentence that is all trailer ("(현재 1회 오류)") is judged by what is inside it.
  const sentence = withoutTrailer(whole) || whole.replace(BRACKETS, ' ');
  const flat = formal(compact(sentence));
  const bare = isBare(flat);
  // A list item on a page states how things are (LIST_MARK); in a dialog it is a line of the report.
  const listRule = listed && context !== 'dialog';
  // A proviso ("(단, … 송금불가)") is the exception to a rule, even when it is a terse label.
  // …and so is a ※ note, whatever it names ("※ 같은 문자 3회 이상 반복이나 연속된 숫자는 사용할 수 없습니다").
  // …and a bare "no", an FAQ's answer ("아닙니다. 당행은 보안카드 전체 번호 입력을 요구하지 않으니 …"), denies nothing that happened.
  // …and a measure's name or value ("…반려 건수", "오류율 0.02%"), a contract's terms ("…면책됩니다"), and the news's account
  // of what happened to others ("…로 집계됐다"), count, sort or tell of failures without reporting one; a phone menu's choices
  // ("…오류 해제는 2번, 상담원 연결은 0번을 눌러 주십시오") route a call, an offer to show the way ("…방법을 알려드릴게요")
  // names its topic, a reply tells back what the user said ("말씀하신 인증서 오류는 …"), and an agent's procedure ("…방문을
  // 안내합니다") says what to do about one; and a step under way ("…확인 중") is not over.
  if (
    PROVISO.test(flat) ||
    NOTE_MARK.test(flat) ||
    ANSWER_NO.test(flat) ||
    isMeasure(flat) ||
    isTermsClause(flat) ||
    isNewsStyle(flat) ||
    isPhoneMenu(flat) ||
    isHowToOffer(flat) ||
    isReplyToUser(flat) ||
    isAgentProcedure(flat) ||
    isMenuPath(flat) ||
    isFamilyTalk(flat) ||
    isProgress(flat) ||
    isEnglishRule(flat) ||
    ENGLISH_LABEL_STEP.test(flat) ||
    // (Read with its spaces: "OpenSession 실행 실패" is no step.)
    ENGLISH_STEP.test(sentence) ||
    LEGEND.test(flat) ||
    NOT_THIS_BUT.test(flat)
  )
    return { flat, predicates: NO_PREDICATES, bare, condition: 0 };
  // After an error code ("[2021] 폐지된 인증서") a code table's terse label is the failure itself; alone,
  // "폐지된 인증서" is as often a dialog's legend. (A code after it changes nothing: framing.test.ts.)
  if (coded && isCodedLabel(withoutTrailingPunctuation(flat).replace(MASKS, '')))
    return {
      flat,
      predicates: [{ start: 0, end: flat.length, strength: STRENGTH.strong, causal: false }],
      bare: false,
      condition: Infinity,
    };
  // A bare sentence still carries its problems' report phrases ("연속된 숫자가 3개 이상 존재").
  // (…unless it is a standing rule's, worked out as for any sentence without failure words: "권장 사양: Windows 10
  // 이상, Internet Explorer 11 이상" is a specification, not a demand.)
  if (bare) return { flat, predicates: NO_PREDICATES, bare, condition: NaN, sentence, listRule };
  // Most sentences have no failure word at all: the rest of the reading is for those that do.
  // Without one, a report phrase in an "if" clause or a ※ note is advice ("※ 인증서 재발급 시 각 사이트에
  // 인증서 재등록이 필요합니다"), not what happened.
  // (Worked out only where one of the sentence's report phrases matches: most have none.)
  if (!ANY_PREDICATE.test(flat))
    return { flat, predicates: NO_PREDICATES, bare, condition: NaN, sentence, listRule };
  const question = QUESTION_END.test(sentence);
  // Not a date that is today ("오늘(2024/10/11)부터 유효기간이 20일 남았습니다"): that reports now.
  // (…nor one said of the user's own: "설치된 버전(1.1.0.12)은 2024년 3월 31일부로 지원이 종료되었습니다".)
  const policy = POLICY.test(sentence) && !TODAY.test(sentence) && !USERS_OWN.test(flat);
  // Whether the sentence states a standing rule: asked only where a failure word's reading depends on it,
  // which a plain report ("인증서 암호가 일치하지 않습니다") never does.
  let rule: boolean | undefined = listRule || undefined;
  const isRule = (): boolean =>
    (rule ??=
      RULE_CUE.test(flat) || PLAIN_STYLE.test(flat) || ADVICE_CUE.test(flat) || GENERIC_SUBJECT.test(flat));
  // Where the "if" clause ends, in the compact text: spaces tell "재발급 시 수수료는" from "다시".
  let stableKnown: boolean | undefined;
  const stable = (): boolean =>
    (stableKnown ??= sentence.length * 3 <= MAX_MESSAGE_BYTES && nfkcStable(sentence));
  // "저장할 때 문제가 발생했습니다": a 'when' that already happened is not a condition. (In English the past is read after the
  // clause's comma: "Once a certificate has been revoked, it cannot …" is still a rule.)
  const conditionMatch = CONDITION.exec(sentence);
  let condition =
    conditionMatch &&
    !happenedThen(sentence, flat, conditionMatch) &&
    !(retryFollows && DURING.test(conditionMatch[0]))
      ? compactLength(sentence, stable(), conditionEnd(sentence, conditionMatch))
      : Infinity;
  const whenMatch = WHEN.exec(sentence);
  // "인증서 암호 5회 오류 시 …": a failure before a 'when' is supposed, and what follows is its consequence.
  const failureWhen = whenMatch ? FAILURE_WHEN.exec(sentence) : null;
  if (failureWhen)
    condition = Math.min(
      condition,
      compactLength(sentence, stable(), failureWhen.index + failureWhen[0].length),
    );
  const when = whenMatch
    ? compactLength(sentence, stable(), whenMatch.index + whenMatch[0].length)
    : Infinity;
  // "재발급 시 기존 인증서는 폐기되어 …": what a step does to a thing in general, not what happened —
  // a 'when' in a standing rule is a condition like "…경우", and even a plain failure after it describes.
  if (when !== Infinity && isRule())
    return { flat, predicates: NO_PREDICATES, bare, condition: Math.min(condition, when) };
  let found = NO_PREDICATES;
  let strong = false;
  /** Where a kind said to be absent from a list starts (EMPTY_KIND): every failure word from there on names it. */
  let emptyFrom = Infinity;
  for (const { regex, strength, kind } of PREDICATE_REGEXES) {
    if (kind === 'weak' && context === 'page') continue;
    if (kind === 'instruction' && context !== 'dialog') continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(flat); m; m = regex.exec(flat)) {
      const end = m.index + m[0].length;
      if (!asserted(flat, end)) continue;
      // "동의 거부 시 …": the failure word is what happens when, not what happened.
      if (when !== Infinity && end >= when - 3 && end < when) continue;
      if (cancelled && STOPPED.test(m[0])) continue;
      // "…변경되지 않는 한": unless, not a failure.
      if (m[0].endsWith('는') && flat[end] === '한') continue;
      // A state said not to hold ("…폐지 또는 효력정지 등 사용이 제한된 상태가 아닙니다"), or a kind said to be absent from a
      // list ("만료되었거나 폐지된 인증서가 없습니다"), or nothing a check found ("발견된 위험 요소가 없습니다"): the failure words
      // name what is not there. A button's name is one to press ("[거절]을 눌러 주세요").
      if (emptyFrom === Infinity && EMPTY_KIND.test(flat.slice(m.index))) emptyFrom = m.index;
      if (
        NOT_IN_STATE.test(flat.slice(m.index)) ||
        CAUSE_OF_SUBJECT.test(flat.slice(m.index, m.index + 24)) ||
        m.index >= emptyFrom ||
        FOUND_NONE.test(flat.slice(Math.max(0, m.index - 16), end)) ||
        NONE_BEFORE.test(flat.slice(Math.max(0, m.index - 20), m.index)) ||
        AS_A_RULE_BEFORE.test(flat.slice(Math.max(0, m.index - 16), m.index)) ||
        (LATIN_START.test(m[0]) &&
          (REPLACED_BEFORE.test(flat.slice(Math.max(0, m.index - 40), m.index)) ||
            DONE_AFTER.test(flat.slice(end)))) ||
        (LATIN_START.test(m[0]) &&
          (ENGLISH_RULE_BEFORE.test(flat.slice(Math.max(0, m.index - 40), m.index)) ||
            ENGLISH_RULE_AFTER.test(flat.slice(end))) &&
          !ENGLISH_OWN.test(flat.slice(0, m.index))) ||
        (m.index > 0 && BUTTON_OPENS.includes(flat[m.index - 1]!) && BUTTON_AFTER.test(flat.slice(end))) ||
        (m[0].startsWith('아') && STATE_BEFORE.test(flat.slice(0, m.index)))
      )
        continue;
      // "인증서 암호는 인터넷뱅킹 로그인 비밀번호와 다릅니다", "인증서 비밀번호와 … 로그인 비밀번호는 서로 달라요": a standing rule's
      // comparison, not a mismatch found.
      if (DIFFERS.test(m[0]) && COMPARED.test(flat.slice(Math.max(0, m.index - 2), m.index)) && isRule())
        continue;
      if (question && !STATEMENT_AFTER.test(flat.slice(end, end + 10))) continue;
      // A state that names a class of certificates or messages in advice ("효력정지된 인증서로는 … 등 어떠한 업무도 처리할
      // 수 없습니다", "수신 거부한 메일은 발송되지 않습니다"): what such a one cannot do, not that the user's is one.
      // (In a dialog, shown after the user's step, the class is the user's certificate's.)
      if (context !== 'dialog' && CLASS_NAMED.test(flat.slice(m.index, end + 12)) && ADVICE_CUE.test(flat))
        continue;
      // …and what then happens, by the same advice ("…만 신청할 수 있으며, 위임장이 없는 대리 신청은 접수가 거부됩니다").
      if (context !== 'dialog' && GENERAL_END.test(flat.slice(end)) && ADVICE_CUE.test(flat)) continue;
      // A dated announcement's refusals and negations are its policy ("2025년 1월부터 … 지원되지 않습니다"), and so is what it ends
      // for a kind or a way ("2025년 1월 1일부터 SHA-1 방식 인증서는 폐지되어 …", "아이디/비밀번호 로그인은 2024년부터 폐지되었습니다").
      if (
        policy &&
        (kind !== 'strong' ||
          CANNOT.test(m[0] + flat.slice(end, end + 4)) ||
          KIND_SUBJECT.test(flat.slice(0, m.index)))
      )
        continue;
      // Inside an "if" clause nothing is reported; after it, only a plain failure is ("…경우 거래를 중단합니다").
      if (m.index < condition && condition !== Infinity) continue;
      // In English, what follows a condition in the present is its consequence ("Once reported, the device is blocked …"); in
      // the past it is what happened ("When you signed, the certificate was revoked").
      if (condition !== Infinity && LATIN_START.test(flat) && !PAST_END.test(flat)) continue;
      // After a condition, in a sentence not in the past, even a plain failure is the rule's consequence when the
      // condition is a failure supposed ("비밀번호 5회 오류 시 잠김", "…잘못 입력하면 잠겨") or time passing ("…7일이 지나면 만료되어"), or
      // when the system does it by itself ("…지나면 자동으로 폐지되어 회복이 불가합니다").
      if (
        condition !== Infinity &&
        (failureWhen !== null ||
          TIME_CONDITION.test(flat.slice(0, condition)) ||
          // …or a failure said in the "if" clause itself ("PIN을 10회 이상 잘못 입력하면 잠김 상태가 되어 …").
          ANY_PREDICATE.test(flat.slice(0, condition)) ||
          // …or a mismatch supposed ("예금주명이 신청인 성명과 다르면 인증이 실패하니 …").
          DIFFERS_IF.test(flat.slice(0, condition)) ||
          // …or what the screen then shows ("…그냥 SKT 누르면 정보 불일치로 나옵니다").
          SHOWN_AS.test(flat.slice(end, end + 8)) ||
          AUTOMATIC.test(flat.slice(Math.max(0, m.index - 16), m.index))) &&
        !PAST_END.test(flat)
      )
        continue;
      // Negations and refusals in a standing rule, or as the consequence of a condition, describe; in a standing
      // rule with a condition, so does every failure after it ("…신청하시면 등록하지 않은 PC에서는 이체가 차단되어 더욱
      // 안전합니다").
      if ((kind !== 'strong' || CANNOT.test(m[0])) && (condition !== Infinity || isRule())) continue;
      // …and so is a limit a rule states ("보안카드 이용 고객은 1일 최대 5천만원을 초과하여 설정할 수 없습니다"): what may not
      // be exceeded, not what was.
      if (LIMIT_STATED.test(flat.slice(Math.max(0, m.index - 16), end + 3)) && isRule()) continue;
      if (condition !== Infinity && !PAST_END.test(flat) && isRule()) continue;
      if (kind !== 'strong' && when !== Infinity) continue;
      // "…않아요" ends the sentence; "…않아 …" causes what follows; "…폐기되어 있어요" is a state.
      const causal =
        CAUSAL.test(flat.slice(end, end + 4)) ||
        (CAUSING_ENDING.test(m[0]) && flat[end] !== '요' && flat[end] !== '있');
      if (found === NO_PREDICATES) found = [];
      found.push({ start: m.index, end, strength, causal });
      if (strength === 1) strong = true;
    }
  }
  // Advice whose refusals were all read as advice ("IE 브라우저는 더 이상 지원하지 않으며 크롬 이용을
  // 권장합니다") carries no report phrase either.
  // …and so does a question whose failure words were all read as asked ("…만료 예정 알림을 받으시겠습니까?"),
  // and a dated announcement whose refusals were all read as its policy ("2025년 1월부터 … 지원되지 않습니다").
  if (found === NO_PREDICATES && (ADVICE_CUE.test(flat) || question || policy))
    return { flat, predicates: NO_PREDICATES, bare, condition: 0, dated: policy };
  // What was wrong and has been put right ("…'인증서 검증 실패' 오류는 … 조치를 완료하였습니다") reports nothing.
  if (found.length > 0 && RESOLVED.test(flat)) return { flat, predicates: NO_PREDICATES, bare, condition: 0 };
  if (found.length > 0 && DEFINITION.test(flat))
    return { flat, predicates: NO_PREDICATES, bare, condition: 0 };
  if (found.length > 0 && !strong && SUCCESS.test(flat))
    return { flat, predicates: NO_PREDICATES, bare, condition };
  // A list item whose failure words were all read as its rule's ("• 같은 문자 3회 이상 반복, 연속된 숫자·문자(abc, 123)는
  // 사용할 수 없습니다") states its report phrases as a rule too.
  if (found === NO_PREDICATES && listRule) return { flat, predicates: NO_PREDICATES, bare, condition: 0 };
  // A dated announcement carries no report phrase ("2025년 3월 15일 00:00부터 … 점검으로 서비스가 중단됩니다"):
  // only its plain failure words, read with their topics, can still report.
  return { flat, predicates: found, bare, condition: policy ? 0 : condition, dated: policy };
}

/**
 * A sentence without failure words: a report phrase in it is advice, not what happened, in an "if" clause
 * or a ※ note ("※ 인증서 재발급 시 각 사이트에 인증서 재등록이 필요합니다"), a schedule or a recommendation
 * ("재발급 후에는 타기관에 재등록이 필요합니다"), what must always be ("…에서는 반드시 공인 인증서가 필요합니다"),
 * a 'when' ("회원가입 시 … 필요합니다"), a dated announcement or a list item read as a rule.
 */
function standingCondition(sentence: string, flat: string, listRule: boolean): number {
  const conditionMatch = CONDITION.exec(sentence);
  return (conditionMatch && !happenedThen(sentence, flat, conditionMatch)) ||
    NOTE_MARK.test(flat) ||
    // …and a failure said to be put right or due to be ("…설치에 실패하던 문제 개선"): a release note's line.
    RESOLVED.test(flat) ||
    ADVICE_CUE.test(flat) ||
    ALWAYS.test(flat) ||
    PLAIN_STYLE.test(flat) ||
    WHEN.test(sentence) ||
    // Asked, not reported: "공동인증서가 없으신가요?" (An offer still reports: "설치 페이지로 이동하시겠습니까?"
    // is asked because the program is missing.)
    (QUESTION_END.test(sentence) && !OFFER_END.test(sentence)) ||
    (POLICY.test(sentence) && !TODAY.test(sentence)) ||
    listRule
    ? 0
    : Infinity;
}

/** A question that guesses at the cause of what a sentence before it reported. */
const GUESS_START = /^혹시/u;

/** An offer of the way out, which a dialog asks after (or instead of) saying what is wrong. */
const OFFER_END = /(?:겠습니까|겠어요|까요)[?？]?[.。]?$/u;

/**
 * A Latin gloss glued between Korean words ("금융인증서(YESKEY)를"), letters only: a code ("오류(E1234)가")
 * has digits and stays for extractCode, and "서버(Local)" names ASTx's local server, which a topic reads, as
 * "상태 확인(OCSP)에 실패" names the status server.
 */
const LATIN_GLOSS =
  /(?<=[가-힣])(?<!서버)[(（](?!(?:OCSP|CRL|ARL|LDAP|SSL|TLS)[)）])[A-Za-z][A-Za-z .-]{0,20}[)）](?=[가-힣])/gu;
/** An opening bracket, half or full width: most texts have none, and then the gloss is not looked for. */
const OPENING = /[(（]/u;

/** Redaction's masks ("***", "******"). */
const MASKS = /\*+/gu;

function isBare(flat: string): boolean {
  const ending = withoutTrailingPunctuation(flat);
  return (
    !VERBAL_END.test(ending) &&
    !VERBAL_END.test(flat) &&
    !FAILURE_NOUN_END.test(ending) &&
    // Redaction's masks stand for data and carry no meaning: "잘못된 계좌 비밀번호 *** 고객님" is the
    // label it was before "김민" was masked.
    !FAILURE_LABEL.test(ending.replace(MASKS, '')) &&
    !isDetailedFailure(ending)
  );
}

/** "인증서 상태 검증 실패 : 폐기된 인증서": a failure, then after a colon the status that caused it. */
function isDetailedFailure(ending: string): boolean {
  const colon = ending.lastIndexOf(':');
  return (
    colon > 0 &&
    FAILURE_NOUN_END.test(ending.slice(0, colon)) &&
    FAILURE_LABEL.test(ending.slice(colon + 1).replace(MASKS, ''))
  );
}

interface Piece {
  text: string;
  /** A leading "[…]" tag: it names the subject of what follows. */
  tag: boolean;
  /** A parenthesis that explains the sentence before it. */
  cause: boolean;
  /** A list item: its mark (LIST_MARK) was taken off. */
  listed: boolean;
  /** After an error code (isCodeTag): a code table's line. */
  coded: boolean;
  /** A sentence followed by such a parenthesis. */
  explained: boolean;
}

const piece = (text: string, tag: boolean, cause: boolean, listed = false, coded = false): Piece => ({
  text,
  tag,
  cause,
  explained: false,
  listed,
  coded,
});

/** Whether a parenthesis in Korean says something (a sentence or a failure), rather than being a link, a code or the dialog's internals. */
const isCause = (inner: string): boolean => {
  const trimmed = inner.trim();
  return (
    (CAUSE_TEXT.test(trimmed) || CAUSE_NOUN.test(trimmed) || REASON.test(trimmed)) &&
    !NOT_A_CAUSE.test(trimmed) &&
    !INTERNAL_ANYWHERE.test(compact(inner))
  );
};

/**
 * Square brackets in Korean as parentheses where they hold a detail: at the sentence's end (before any
 * code), or anywhere when they say something ("[ 에러내용 : … 확인바랍니다. ]"). A button's name inside
 * the sentence ("[통합 한도조회]눌러") stays a word of it, and one at its start is a tag (LEADING_TAG).
 */
function squareDetails(sentence: string): string {
  return sentence.replace(SQUARE, (all: string, inner: string, at: number) => {
    if (!sentence.slice(0, at).trim()) return all;
    // A status in brackets is what the label says of its subject ("인증서 [만료됨]"), wherever it stands.
    if (STATUS_IN_BRACKETS.test(compact(inner))) return ` ${inner} `;
    const last = withoutTrailer(sentence.slice(at + all.length)).trim() === '';
    return last || isCause(inner) ? `(${inner})` : all;
  });
}

// Each regex below is tried only where the character it starts with occurs: most lines have no
// parenthesis, no tag and no line break, and a regex call costs more than a look for one character.
function sentencesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  const capped = capMessage(text);
  const lines = capped.includes('\n') || capped.includes('\r') ? joinWrapped(capped).split('\n') : [capped];
  for (const line of lines) {
    let rest = normalise(line);
    if (rest.includes('{') || rest.includes('%')) rest = rest.replace(PLACEHOLDER_COUNT, '1');
    // A status value in quotes is the value: "OCSP 응답의 인증서 상태가 'revoked'입니다".
    if (rest.includes("'") || rest.includes('‘')) rest = rest.replace(QUOTED_STATUS, '$1');
    if (hasParenthesis(rest))
      rest = rest
        .replace(GLOSS, ' ')
        .replace(FILE_GLOSS, ' ')
        .replace(KIND_GLOSS, '$2 $1')
        .replace(STATUS_FIELD, statusInKorean)
        .replace(STATUS_GLOSS, '')
        .replace(CERTIFICATE_STATUS_GLOSS, statusInKorean);
    // A ※ note runs to the end of its line: each sentence after the mark is the note's ("※ 비밀번호는 … 설정하세요.
    // 연속된 문자는 사용할 수 없습니다"), and carries the mark as the first one does.
    let noted = false;
    // A dash after a sentence on the same line ("64bit 전용 모듈입니다 - 32비트 Windows 에서는 설치할 수 없습니다")
    // joins the two; only one that opens the line or follows an item opens an item.
    let dashMayOpen = true;
    for (let sentence of splitSentences(rest)) {
      sentence = sentence.replace(QUOTE_START, '').replace(ADDRESS, '').replace(QUOTE_END, '');
      if (noted) sentence = `※ ${sentence}`;
      else noted = sentence.trimStart().startsWith('※');
      const mark = LIST_MARK.exec(sentence)?.[0];
      if (mark) sentence = sentence.slice(mark.length);
      const listed: boolean = mark !== undefined && (dashMayOpen || mark.trim() !== '-');
      dashMayOpen = listed;
      // Tags before a sentence ("[ASTx] …", "[알림] [ASTx] …", "[서명용 인증서] : 실패") name the
      // subject of what follows.
      let coded = false;
      for (let next = LEADING_TAG.exec(sentence); next?.[1]; next = LEADING_TAG.exec(sentence)) {
        const inner = next[1].slice(1, -1);
        const last = pieces[pieces.length - 1];
        // After a sentence, a bracket that says why explains it, as a parenthesis does: "인증에
        // 실패하였습니다. 잠시 후에 다시 시도해주세요. [개인키 로드 실패]". Before one, it is a tag.
        if (last && !last.cause && !last.tag && isCause(inner)) {
          last.explained = true;
          pieces.push(piece(inner.trim(), false, true));
        } else {
          pieces.push(piece(next[1], true, false));
          coded ||= isCodeTag(next[1]);
        }
        sentence = sentence.slice(next[0].length);
      }
      // …and so does a labelled code in parentheses: "(오류코드: 2104) 효력정지된 인증서".
      const code = hasParenthesis(sentence) ? LEADING_CODE.exec(sentence) : null;
      if (code) {
        coded = true;
        sentence = sentence.slice(code[0].length);
      }
      // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; without a bracket squareDetails changes nothing
      if (sentence.includes('[')) sentence = squareDetails(sentence);
      if (!hasParenthesis(sentence)) {
        pieces.push(piece(sentence.trim(), false, false, listed, coded));
        continue;
      }
      // A sentence that is a parenthesis after a full stop explains the one before it.
      const whole = WHOLE_PARENTHESIS.exec(withoutTrailer(sentence.trim()));
      const previous = pieces[pieces.length - 1];
      if (
        whole?.[1] &&
        previous &&
        !previous.cause &&
        !previous.tag &&
        // The same test as a parenthesis inside the sentence: the dialog's internals explain nothing.
        isCause(whole[1])
      ) {
        previous.explained = true;
        pieces.push(piece(whole[1].trim(), false, true));
        continue;
      }
      const causes: string[] = [];
      // Other parentheses in Korean are asides ("(… 경우)", "(폐기 여부)"): left out of the sentence.
      const main = sentence.replace(CAUSE, (all: string, inner: string, at: number) => {
        // (Not a code's name glossed in a supposition: "코드 1001(보안 모듈 초기화 실패)이 나타나면 …".)
        // (Nor an enquiry's subject: "고객님의 문의(인증서 설치 오류)에 대한 답변이 등록되었습니다".)
        if (
          isCause(inner) &&
          !GLOSS_SUPPOSED.test(sentence.slice(at + all.length)) &&
          !ENQUIRY_BEFORE.test(sentence.slice(Math.max(0, at - 10), at))
        )
          causes.push(inner);
        // A schedule inside the sentence stays, unless the sentence is about now: "정기점검 시간(매주 일요일
        // 02:00~06:00)에는 …" is a rule for every week; "지금은 … 점검 시간입니다(매일 00:00~01:00)" reports it, and
        // so does "…업무 중단됨 (매월 셋째 주 일요일 00:00~06:00)", which says after the report when it recurs.
        else if (
          SCHEDULE.test(inner) &&
          !TODAY.test(sentence) &&
          HAS_HANGUL.test(sentence.slice(at + all.length)) &&
          // …nor a schedule whose time is said to be now: "정기점검 시간(매월 셋째 주 일요일 …)이라 … 처리할 수 없습니다".
          !NOW_AFTER.test(sentence.slice(at + all.length))
        )
          return ` ${inner} `;
        return ' ';
      });
      // After a label ("조회 (서버 오류)") a parenthesis qualifies the label; it explains nothing. With
      // nothing before it ("(인증서가 등록되어 있지 않습니다.)") it is the whole message.
      const before = compact(withoutTrailer(main));
      // (A status that is a failure word, "사용불가(기간만료)", is explained by it.)
      if (
        causes.length > 0 &&
        before &&
        isBare(before) &&
        !causes.some((c) => REASON.test(c.trim())) &&
        !STATUS_FAILED.test(before)
      )
        causes.length = 0;
      pieces.push(piece(main.trim(), false, false, listed, coded));
      for (const cause of causes) pieces.push(piece(cause.trim(), false, true));
      const explained = pieces[pieces.length - 1 - causes.length]!;
      if (causes.length > 0 && explained.text) explained.explained = true;
      // A sentence that is all parenthesis is a sentence, not a cause.
      if (causes.length > 0 && !explained.text)
        for (let i = pieces.length - causes.length; i < pieces.length; i++) pieces[i]!.cause = false;
    }
  }
  return pieces.filter((p) => p.text);
}

export interface Matcher {
  examine(text: string, options?: ClassifyOptions): Examination;
  classify(text: string, options?: ClassifyOptions): Diagnosis[];
}

interface Analysed extends Sentence {
  tag: boolean;
  cause: boolean;
  explained: boolean;
}

export function createMatcher(problems: readonly Problem[]): Matcher {
  // Each gated regex's literals, by gate index.
  const gateLiterals: string[][] = [];
  const gated = (source: string, flags: string): Gated => {
    const literals = requiredLiterals(source);
    if (literals) gateLiterals.push(literals);
    return { regex: new RegExp(source, flags), gate: literals ? gateLiterals.length - 1 : -1 };
  };
  const compiled: CompiledProblem[] = problems
    .filter((problem) => (problem.topics?.length ?? 0) + (problem.reports?.length ?? 0) > 0)
    .map((problem, order) => {
      const byWeight = new Map<number, string[]>();
      for (const topic of problem.topics ?? []) {
        const [source, weight] = typeof topic === 'string' ? [topic, 1] : topic;
        byWeight.set(weight, [...(byWeight.get(weight) ?? []), source]);
      }
      const reports = problem.reports?.length
        ? gated(atSentenceEnd(problem.reports.map((s) => `(?:${s})`).join('|')), 'gu')
        : undefined;
      return {
        problem,
        order,
        ...(problem.context ? { context: new RegExp(problem.context, 'u') } : {}),
        ...(problem.against ? { against: new RegExp(problem.against, 'u') } : {}),
        ...(reports
          ? {
              reports,
              // The same gate: anchors consume nothing.
              anyReport: {
                regex: new RegExp(unanchored(problem.reports!.map((s) => `(?:${s})`).join('|')), 'u'),
                gate: reports.gate,
              },
            }
          : {}),
        topics: [...byWeight].map(([weight, sources]) => ({
          weight,
          ...gated(sources.map((s) => `(?:${s})`).join('|'), 'gu'),
        })),
      };
    });

  // Any failure word: most page text holds none of its literals, and then the regex is not tried.
  const anyFailureWord = gated(ANY_FAILURE_WORD, 'u');

  // keyword → the problems that list it. (The automaton reports every keyword at every position,
  // so one that starts another, "인증서" in "인증서암호", is found wherever the longer one is.)
  const byKeyword = new Map<string, number[]>();
  for (const c of compiled)
    for (const keyword of c.problem.keywords)
      byKeyword.set(keyword, [...(byKeyword.get(keyword) ?? []), c.order]);
  const keywords = [...byKeyword.keys()];
  // The keywords as one automaton (Aho–Corasick): a single pass over the text finds every keyword,
  // overlapping ones included ("공동인증서" holds "인증서" too), with no allocation per character.
  // The gates' literals are in it too: its outputs are problem orders, then gate indexes after them.
  const problemCount = compiled.length;
  const outputsOf = new Map<string, number[]>();
  for (const keyword of keywords) outputsOf.set(keyword, [...new Set(byKeyword.get(keyword))]);
  gateLiterals.forEach((literals, gate) => {
    for (const literal of literals)
      outputsOf.set(literal, [...(outputsOf.get(literal) ?? []), problemCount + gate]);
  });
  const strings = [...outputsOf.keys()];
  // Each UTF-16 unit that occurs in a keyword has a symbol (1…); a unit that occurs in none (0)
  // sends the automaton back to its start without a look-up. The start's transitions are one array
  // indexed by symbol; every other state has a few (a trie is mostly chains), kept side by side in
  // typed arrays and looked through in place.
  const symbols = new Uint16Array(0x10000);
  let symbolCount = 0;
  for (const string of strings)
    for (let i = 0; i < string.length; i++)
      if (symbols[string.charCodeAt(i)] === 0) symbols[string.charCodeAt(i)] = ++symbolCount;
  const edges: Array<Array<[number, number]>> = [[]];
  const out: number[][] = [[]];
  // While building: every transition in one map keyed by state and symbol.
  const width = symbolCount + 1;
  const transitions = new Map<number, number>();
  const child = (state: number, symbol: number): number | undefined =>
    transitions.get(state * width + symbol);
  for (const string of strings) {
    let state = 0;
    for (let i = 0; i < string.length; i++) {
      const symbol = symbols[string.charCodeAt(i)]!;
      let to = child(state, symbol);
      if (to === undefined) {
        to = edges.length;
        edges.push([]);
        out.push([]);
        edges[state]!.push([symbol, to]);
        transitions.set(state * width + symbol, to);
      }
      state = to;
    }
    out[state] = outputsOf.get(string)!;
  }
  const fail = new Int32Array(edges.length);
  const queue: number[] = edges[0]!.map(([, to]) => to);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [symbol, to] of edges[state]!) {
      let f = fail[state]!;
      while (f > 0 && child(f, symbol) === undefined) f = fail[f]!;
      const target = child(f, symbol);
      fail[to] = target !== undefined && target !== to ? target : 0;
      const inherited = out[fail[to]!]!;
      if (inherited.length > 0) out[to] = [...new Set([...out[to]!, ...inherited])];
      queue.push(to);
    }
  }
  /** From the start: the state each symbol leads to (0, the start itself, where none does). */
  const fromStart = new Int32Array(symbolCount + 1);
  for (const [symbol, to] of edges[0]!) fromStart[symbol] = to;
  /** Every other state's transitions: edgeSymbol/edgeTarget[firstEdge[state] … firstEdge[state + 1]). */
  const firstEdge = new Int32Array(edges.length + 1);
  for (let state = 0; state < edges.length; state++)
    firstEdge[state + 1] = firstEdge[state]! + (state === 0 ? 0 : edges[state]!.length);
  const edgeSymbol = new Int32Array(firstEdge[edges.length]!);
  const edgeTarget = new Int32Array(firstEdge[edges.length]!);
  for (let state = 1; state < edges.length; state++) {
    edges[state]!.forEach(([symbol, to], i) => {
      edgeSymbol[firstEdge[state]! + i] = symbol;
      edgeTarget[firstEdge[state]! + i] = to;
    });
  }
  /** The automaton's next state: the state's own transition, else its fail state's, down to the start. */
  const next = (from: number, symbol: number): number => {
    for (let state = from; state !== 0; state = fail[state]!) {
      for (let e = firstEdge[state]!, last = firstEdge[state + 1]!; e < last; e++)
        if (edgeSymbol[e] === symbol) return edgeTarget[e]!;
    }
    return fromStart[symbol]!;
  };
  const seen = new Uint32Array(compiled.length);
  let stamp = 0;
  /** The gates open in the text of the latest keyword pass: marked with that pass's stamp. */
  const open = new Uint32Array(gateLiterals.length);
  const isOpen = (g: Gated): boolean => g.gate < 0 || open[g.gate] === stamp;
  /** The problems the whole text makes possible: marked with the examination's own stamp. */
  const possibleIn = new Uint32Array(compiled.length);
  let examination = 0;
  const byCode = new Map<string, CompiledProblem>();
  for (const c of compiled) for (const code of c.problem.codes ?? []) byCode.set(code.toUpperCase(), c);

  /**
   * The problems whose keywords the text holds, in catalogue order; with `onlyPossible`, only those
   * the examination's whole text made possible. Opens the gates whose literals the text holds, until
   * the next pass.
   */
  function candidates(flat: string, onlyPossible: boolean): CompiledProblem[] {
    stamp++;
    const found: CompiledProblem[] = [];
    let state = 0;
    for (let i = 0; i < flat.length; i++) {
      const symbol = symbols[flat.charCodeAt(i)]!;
      state = symbol === 0 ? 0 : next(state, symbol);
      const outputs = out[state]!;
      for (let j = 0; j < outputs.length; j++) {
        const order = outputs[j]!;
        if (order >= problemCount) {
          open[order - problemCount] = stamp;
          continue;
        }
        if (seen[order] === stamp || (onlyPossible && possibleIn[order] !== examination)) continue;
        seen[order] = stamp;
        // In catalogue order: a few problems at most, so an insertion in place.
        let k = found.length;
        found.push(compiled[order]!);
        while (k > 0 && found[k - 1]!.order > order) {
          found[k] = found[k - 1]!;
          k--;
        }
        found[k] = compiled[order]!;
      }
    }
    return found;
  }

  /**
   * How strongly one of `c`'s report phrases, asserted in a sentence without an "if" clause, reports it
   * there: 0 (none), 1, or more where the phrase is the cause of what follows ("통신사 시스템 장애로 인증번호를 발송하지 못했습니다": the
   * outage, not the code, is what went wrong).
   */
  function reportedIn(c: CompiledProblem, read: Sentence): number {
    if (!isOpen(c.reports!)) return 0;
    const { flat } = read;
    const reports = c.reports!.regex;
    reports.lastIndex = 0;
    for (let m = reports.exec(flat); m; m = reports.exec(flat)) {
      // A report in a sentence with an "if" clause is a supposition or its consequence.
      const end = m.index + m[0].length;
      if (Number.isNaN(read.condition))
        read.condition = standingCondition(read.sentence!, flat, read.listRule!);
      if (asserted(flat, end) && read.condition === Infinity)
        return REPORT_CAUSE.test(flat.slice(end, end + 5)) ||
          (REPORT_CAUSING_END.test(m[0]) && end < flat.length && isHangul(flat.charCodeAt(end)))
          ? CAUSE_CLAUSE_BONUS
          : 1;
      if (m[0].length === 0) reports.lastIndex++;
    }
    return 0;
  }

  /**
   * The topics of one problem in one sentence, read once for both scores a sentence can give it:
   * with its own failure words (`own`, scored by proximity), and with the message's strongest
   * failure word from another sentence (`borrowed`, scored `elsewhere`). Either may be skipped.
   */
  function topicScores(
    c: CompiledProblem,
    flat: string,
    own: Predicate[],
    borrowed: Predicate | undefined,
    elsewhere: number,
    best: { own: number; borrowed: number },
  ): void {
    for (const topic of c.topics) {
      if (!isOpen(topic)) continue;
      const { regex, weight } = topic;
      regex.lastIndex = 0;
      for (let m = regex.exec(flat); m; m = regex.exec(flat)) {
        const start = m.index;
        const end = start + m[0].length;
        for (const p of own) {
          // A failure word inside the topic itself ("비밀번호오류횟수") still counts.
          const near = proximity(start, end, p);
          // The subject of a causing failure ("PIN 번호가 잘못되어 …") names the problem, not what follows it.
          const causal = p.causal && start <= p.start && weight >= 0.75 ? CAUSE_CLAUSE_BONUS : 1;
          best.own = Math.max(best.own, weight * p.strength * near * causal);
        }
        if (borrowed) {
          const causal =
            borrowed.causal && start <= borrowed.start && weight >= 0.75 ? CAUSE_CLAUSE_BONUS : 1;
          best.borrowed = Math.max(best.borrowed, weight * borrowed.strength * elsewhere * causal);
        }
        if (m[0].length === 0) regex.lastIndex++;
      }
    }
  }

  /** How strongly the failure words of a sentence point at the dialog program's internals. */
  function internalScore(flat: string, predicates: Predicate[]): number {
    let best = 0;
    INTERNAL_REGEX.lastIndex = 0;
    for (let m = INTERNAL_REGEX.exec(flat); m; m = INTERNAL_REGEX.exec(flat)) {
      for (const p of predicates)
        best = Math.max(best, p.strength * proximity(m.index, m.index + m[0].length, p));
    }
    return best * INTERNAL_WEIGHT;
  }

  function anyReportIn(possible: readonly CompiledProblem[], whole: string): boolean {
    for (const c of possible)
      if (c.anyReport && isOpen(c.anyReport) && c.anyReport.regex.test(whole)) return true;
    return false;
  }

  function reportsWithoutAsides(possible: readonly CompiledProblem[], bare: string): boolean {
    return anyFailureWord.regex.test(bare) || anyReportIn(possible, bare);
  }

  function looksLikeGuide(pieces: readonly Piece[], whole: string): boolean {
    let text = '';
    let last = '';
    let sentences = 0;
    // A tag names where the text came from ("[알림] 자주 묻는 질문 …"): the guide is what follows it.
    // (Its start is also read on the whole text: "Q: …" loses its colon to the sentence split.)
    for (const p of pieces) {
      if (p.cause || p.tag) continue;
      // A help-desk line after the message ("문의: 1588-0000") is no FAQ's "…문의" heading.
      if (sentences > 0 && CONTACT_LINE.test(p.text)) continue;
      // An error code before it ("[2031] 허용되지 않은 인증서 종류") makes it a code table's line, not a heading.
      if (p.coded) return false;
      text = sentences === 0 ? p.text : `${text} ${p.text}`;
      last = p.text;
      sentences++;
    }
    const flat = compact(withoutTrailer(text));
    const ending = withoutTrailingPunctuation(flat);
    // After a statement, "…이동할까요?" offers the way out of what the statement reported ("단말기 지정
    // 서비스에 가입되어 있어요. 단말기 지정메뉴로 이동할까요?"), and "혹시 …셨나요?" guesses at its cause ("새 창이
    // 열리지 않았어요. 혹시 팝업 차단을 켜 두셨나요?"); "…어떻게 하나요?" still asks, as FAQ titles do.
    return (
      flat.length <= GUIDE_MAX_LENGTH &&
      ((GUIDE_ENDING.test(ending) &&
        (sentences === 1 || (!ending.endsWith('까요') && !GUESS_START.test(last)))) ||
        GUIDE_START.test(flat) ||
        GUIDE_START.test(whole))
    );
  }

  const nothing = (): Examination => ({ diagnoses: [], unrecognised: false });
  /** Reused per examination: each sentence's two scores of one problem. */
  const topicBest = { own: 0, borrowed: 0 };

  function examine(shown: string, options: ClassifyOptions = {}): Examination {
    const shownText = plainText(shown);
    // A Latin name glued inside a Korean phrase glosses it: "이미 금융인증서(YESKEY)를 보유하고 계십니다".
    const text = OPENING.test(shownText) ? shownText.replace(LATIN_GLOSS, '') : shownText;
    // (A placeholder for a count reads as one here too: "인증서 유효기간이 %DAYS%일 남았습니다".)
    const whole = formal(
      compact(text.includes('{') || text.includes('%') ? text.replace(PLACEHOLDER_COUNT, '1') : text),
    );
    if (!whole) return nothing();
    // Before any sentence is looked at: a text with no failure word and no report phrase of a
    // problem whose keywords it holds reports nothing. Most page text stops here.
    const possible = candidates(whole, false);
    const wholeStamp = stamp;
    // (A report phrase or a failure word may hold an aside the sentence drops: "금융인증서 이용기간(3년)이 끝났어요",
    // "인증번호 유효시간(3분)이 지나 …". Its gate's literals may be whole only without the aside: the regex is tried.)
    if (
      !(isOpen(anyFailureWord) && anyFailureWord.regex.test(whole)) &&
      !anyReportIn(possible, whole) &&
      !(hasParenthesis(whole) && reportsWithoutAsides(possible, whole.replace(ASIDE, ''))) &&
      !((whole.startsWith('[') || whole.startsWith('(')) && isCodedLine(text))
    )
      return nothing();
    // "…에 실패했습니다(비밀번호 입력을 취소했습니다)": the user stopped; nothing to diagnose.
    if (
      CANCELLED.test(whole) ||
      DONE_AS_ASKED.test(whole) ||
      OVERWRITE_ASKED.test(whole) ||
      OPTIONAL_UPDATE.test(whole)
    )
      return nothing();
    if (isDocRow(text.trim()) || isRecordRow(text) || isChangeEntry(text)) return nothing();
    // "Q. … 오류가 떠요. A. …": an FAQ entry names failures to answer them.
    // (An answer's mark in a dialog is the dialog's own lettering: "A. 인증서 비밀번호가 일치하지 않습니다.")
    if (
      FAQ_PAIR.test(whole) ||
      (options.context !== 'dialog' && FAQ_ANSWER.test(whole)) ||
      FILED_AS_HELP.test(whole) ||
      INCIDENT_NOTICE.test(whole) ||
      isTally(whole) ||
      isWritingGuide(whole)
    )
      return nothing();
    const pieces = sentencesOf(text);
    if (whole.length <= GUIDE_MAX_LENGTH + 20 && looksLikeGuide(pieces, whole)) return nothing();
    examination++;
    for (const c of possible) possibleIn[c.order] = examination;
    const cancelled = false;
    const analysed: Analysed[] = [];
    // Success ("정상적으로 발급되었습니다") with no failure word anywhere: nothing to report.
    let strongestPredicate: Predicate | undefined;
    // Whether the first sentence said the user's step was done (DONE_OPENING), once it has been read.
    let opened = false;
    let afterDone = false;
    let scheduled = false;
    let advised = false;
    let served = false;
    let passwordAdvised = false;
    const onPage = options.context !== 'dialog';
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const retryFollows = i + 1 < pieces.length && RETRY_SHORTLY.test(pieces[i + 1]!.text);
      let sentence = analyse(piece.text, options.context, cancelled, piece.listed, piece.coded, retryFollows);
      // "인증서 가져오기에 성공했습니다. 사용하신 인증번호는 자동 폐기되어 다시 사용할 수 없습니다": what the step did; and
      // "…정기점검이 예정되어 있습니다. 점검 시간에는 입찰서 제출이 제한됩니다": what the window announced will bring.
      // And "…얼마 남지 않았다면 … 미리 갱신해 두세요. 만료된 인증서로는 로그인할 수 없습니다": after advice for a supposed case, a
      // class's refusal is the advice's reason. On a page, after what it serves (SERVED) a named class refused is the rule's
      // other half, and after how to make a new password (PASSWORD_ADVICE) a rule refused is the guide's.
      if (
        ((afterDone && AFTER_DONE.test(sentence.flat)) ||
          (scheduled && IN_THAT_WINDOW.test(sentence.flat)) ||
          (advised && CLASS_NAMED.test(sentence.flat)) ||
          (onPage &&
            !USERS_OWN.test(sentence.flat) &&
            ((passwordAdvised && CANNOT.test(sentence.flat)) ||
              (served && CLASS_REFUSED.test(sentence.flat) && !NOW_OR_ALREADY.test(sentence.flat))))) &&
        !HARD_FAILURE.test(sentence.flat)
      )
        sentence = { flat: sentence.flat, predicates: NO_PREDICATES, bare: sentence.bare, condition: 0 };
      scheduled ||= !piece.tag && SCHEDULED.test(sentence.flat);
      // A sentence of the text's own (not a tag) without failure words: what it says frames the sentences after it.
      const framing = !piece.tag && sentence.predicates.length === 0;
      served ||= framing && SERVED.test(sentence.flat);
      passwordAdvised ||= framing && PASSWORD_ADVICE.test(sentence.flat);
      advised =
        framing &&
        ADVISED_END.test(sentence.flat) &&
        (Number.isNaN(sentence.condition)
          ? standingCondition(sentence.sentence!, sentence.flat, sentence.listRule!)
          : sentence.condition) === 0;
      if (!opened && !piece.tag && !piece.cause) {
        opened = true;
        afterDone = sentence.predicates.length === 0 && DONE_OPENING.test(sentence.flat);
      }
      analysed.push({
        flat: sentence.flat,
        sentence: sentence.sentence,
        listRule: sentence.listRule,
        predicates: sentence.predicates,
        bare: sentence.bare,
        condition: sentence.condition,
        dated: sentence.dated,
        tag: piece.tag,
        cause: piece.cause,
        explained: piece.explained,
      });
      // A heading of one failure word ("오류: …") says there is a failure, not what it is: it lends its
      // strength to no topic elsewhere, so the message reads as it does without it.
      if (!HEADING.test(sentence.flat))
        for (const p of sentence.predicates)
          if (!strongestPredicate || p.strength > strongestPredicate.strength) strongestPredicate = p;
    }
    const strongestStrength = strongestPredicate?.strength ?? 0;
    const succeeded = !strongestPredicate && SUCCESS.test(whole);
    const scores = new Map<CompiledProblem, number>();
    let reporting = 0;
    let reportsSomething = false;
    let internal = 0;
    // After a dated announcement whose failure words were all its policy ("2022년 6월 16일부터 Internet Explorer는
    // 지원하지 않습니다."), what follows is its advice ("Edge 또는 Chrome을 이용해 주세요."), not a report.
    let announced = false;
    for (const read of analysed) {
      const { flat, predicates, bare, tag, cause, explained } = read;
      const order = cause
        ? CAUSE_BONUS
        : (reporting > 0 ? LATER_SENTENCE ** reporting : 1) * (explained ? EXPLAINED : 1);
      let sentenceReports = predicates.length > 0;
      if (predicates.length > 0 && !bare)
        internal = Math.max(internal, internalScore(flat, predicates) * order);
      // A sentence whose own failure words are weaker than another's borrows the stronger one too
      // ("…출금이체 실패 : 계좌정보를 바르게 입력하세요").
      let weaker = true;
      for (const p of predicates) if (p.strength >= strongestStrength) weaker = false;
      const own = bare ? NO_PREDICATES : predicates;
      // A topic in a sentence without a failure word takes the failure word of another sentence; a
      // cause in parentheses takes it fully ("…에 실패했습니다(보내는 단말에 인증번호를 입력해주세요)").
      const factor = cause ? 1 : tag ? TAG_SENTENCE : OTHER_SENTENCE;
      // A problem is scored in a sentence only where the sentence holds one of its keywords.
      // A sentence that is the whole text has the whole text's problems and gates, while no other pass
      // has come between.
      const inSentence = flat === whole && stamp === wholeStamp ? possible : candidates(flat, true);
      for (const c of inSentence) {
        const scope = c.problem.sites;
        if (scope && !(options.siteId && scope.includes(options.siteId))) continue;
        let here =
          !succeeded && c.reports && !(announced && predicates.length === 0 && !USERS_OWN.test(flat))
            ? reportedIn(c, read)
            : 0;
        if (here > 0 && predicates.length === 0) sentenceReports = true;
        const borrows = !succeeded && (predicates.length === 0 ? here === 0 : weaker);
        // A report phrase scores its problem fully; a cause ("시스템 장애로 …") may still score it higher.
        const readOwn = !succeeded && own.length > 0 && (here < 1 || own.some((p) => p.causal));
        const borrowed = borrows ? strongestPredicate : undefined;
        topicBest.own = here;
        topicBest.borrowed = 0;
        if (readOwn || borrowed)
          topicScores(c, flat, readOwn ? own : NO_PREDICATES, borrowed, factor, topicBest);
        here = topicBest.own;
        const elsewhere = borrowed ? topicBest.borrowed * (cause ? CAUSE_BONUS : 1) : 0;
        const value = c.problem.weight * Math.max(here * order, elsewhere);
        if (value > (scores.get(c) ?? 0)) scores.set(c, value);
      }
      if (sentenceReports) {
        // "오류: …", "Error: …": a heading of one failure word, and a tag ("[인증실패] …"): what follows
        // is the first report.
        if (
          !HEADING.test(flat) &&
          !ERROR_KEY.test(flat) &&
          !tag &&
          !(reporting === 0 && GENERIC_REPORT.test(flat))
        )
          reporting++;
        reportsSomething ||= predicates.some((p) => p.strength === 1) || predicates.length === 0;
      }
      announced ||= read.dated === true && predicates.length === 0;
    }

    // Codes are read from the whole text: glosses and parentheses were taken out of the sentences.
    const code = /\d/.test(text) ? extractCode(normalise(text)) : undefined;
    const hits: Array<{ c: CompiledProblem; confidence: number }> = [];
    for (const [c, scored] of scores) {
      // A word the message shares with another problem, read by the rest of the message (Problem.context).
      const value =
        (c.context?.test(whole) ? scored * CONTEXT_BONUS : scored) *
        (c.against?.test(whole) ? AGAINST_FACTOR : 1);
      if (value < MIN_SCORE) continue;
      const bonus =
        (c.problem.sites ? SITE_SCOPE_BONUS : 0) + (code && c.problem.codes?.includes(code) ? CODE_BONUS : 0);
      hits.push({ c, confidence: value + bonus });
    }
    const byCodeOnly = code ? byCode.get(code) : undefined;
    if (byCodeOnly && !hits.some((h) => h.c === byCodeOnly))
      hits.push({ c: byCodeOnly, confidence: byCodeOnly.problem.weight });

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
