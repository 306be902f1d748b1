/**
 * Masks personal data in page text. Everything that is stored, shown back or reported passes
 * through here. Digits become "*" and names "***", so the result is stable under a second pass
 * (idempotent), and no pattern can take time that grows faster than the text: every quantifier
 * that can run long is either bounded or anchored on a character it cannot cross (the e-mail
 * scan below is written out by hand for that reason).
 */

type Rule = readonly [RegExp, (match: string, ...groups: string[]) => string];

const maskDigits = (match: string): string => match.replace(/\d/g, '*');

// Korean names: a family name, then one to three syllables. Unlabelled Hangul is only taken for a
// name where the page marks it as one (a label before it, "님" after it, a birth date beside it).
// (Marked pure: the content script imports this module for none of it, and the bundler would otherwise keep the set.)
const SURNAMES = /* @__PURE__ */ new Set(
  '김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈서시남궁황보제갈사공선우독고'.split(
    '',
  ),
);
/**
 * Words that follow a name label without being a name ("성명 정보가", "예금주 조회"), compared
 * whole, after a particle is taken off: a name that merely starts like one ("이동준", "정지훈",
 * "한도윤") is still a name. Only words whose first syllable is a family name are listed: no other
 * word is ever taken for a name ("성명 확인" stays as it is without being listed).
 */
const NOT_NAMES = new Set([
  '정보',
  '오류',
  '변경',
  '조회',
  '인증',
  '정확',
  '주민',
  '전화',
  '명의',
  '모두',
  '형식',
  '문자',
  '한글',
  '공백',
  '길이',
  '최대',
  '최소',
  '고객',
  '사용',
  '이용',
  '가입',
  '신청',
  '승인',
  '유효',
  '보안',
  '공동',
  '금융',
  '전자',
  '서명',
  '서비스',
  '시스템',
  '상태',
  '사업',
  '이체',
  '한도',
  '시간',
  '기간',
  '문의',
  '상담',
  '안내',
  '공지',
  '주의',
  '경고',
  '선택',
  '복사',
  '이동',
  '지원',
  '설치',
  '모듈',
  '최신',
  '최초',
  '정지',
  '용도',
  '은행',
  '보험',
  '국세',
  '정부',
  '민원',
  '제약',
  '제한',
  '이상',
  '이하',
  '오류코드',
  '인증서',
  '인증번호',
  '신청서',
  '사용자',
  '이용자',
  '가입자',
  '신청자',
  '소유자',
  '명의자',
  '예금주',
  '주민번호',
  '전화번호',
  '유효기간',
  '공동인증서',
  '금융인증서',
  '조회중',
  '오기입',
  '상이',
  '동일',
  '전체',
]);
/** Words that never end a name: a title or a two-syllable particle. */
const TITLES = '님|께서|에게|께';
/** One-syllable particles, which also end given names (정다은, 김수이). */
const SYLLABLES = '의|은|는|이|가|을|를|와|과|도';
const TITLE_PARTICLE = new RegExp(`(?:${TITLES})$`);
/** A one-syllable particle is taken off only when three syllables stay: "정다은" is masked whole, not read as "정다" + 은 and half shown. */
const SYLLABLE_PARTICLE = new RegExp(`(?<=^[가-힣]{3,})(?:${SYLLABLES})$`);
const ANY_PARTICLE = new RegExp(`(?:${TITLES}|${SYLLABLES}|으로|로|에서|에)$`);

function stemOf(word: string): string {
  if (word.length <= 2) return word;
  return word.replace(TITLE_PARTICLE, '').replace(SYLLABLE_PARTICLE, '');
}

/** Syllables of verb endings that no given name holds: "하지않아 고객님", "경과되어 고객님" are verbs before the title, not names. */
const VERB_SYLLABLE = /[않없었았겠했됐됩되습셨십읍]/u;

function looksLikeName(word: string): boolean {
  const stem = stemOf(word);
  if (stem.length < 2 || stem.length > 4 || VERB_SYLLABLE.test(stem)) return false;
  // A known word with a particle ("정보가", "오류는") is that word, however the particle is read.
  const loose = word.length > 2 ? word.replace(ANY_PARTICLE, '') : word;
  return SURNAMES.has(stem[0]!) && !NOT_NAMES.has(stem) && !NOT_NAMES.has(loose) && !NOT_NAMES.has(word);
}

const maskName = (word: string): string => `***${word.slice(stemOf(word).length)}`;

const NAME_LABEL = '(?:성명|이름|성함|고객명|예금주|명의자|신청인|신청자명|가입자명|소유자명)';
/** Without a colon, "이름" is followed by other words too often ("이름 제약", "이름 규칙"). */
const NAME_LABEL_BEFORE_NAME = '(?:성명|성함|고객명|예금주|명의자|신청인|신청자명|가입자명|소유자명)';
/** Years that are birth years in these messages; certificate dates (issue, expiry) are later. */
const BIRTH_YEAR = '(?:19\\d\\d|200\\d|201[0-5])';

const RULES: readonly Rule[] = [
  // Birth dates (first: a date's last digits must not be taken for the start of a phone number): 1990.01.01, 1990-1-1, 1990/01/01, 1990. 1. 1., 1990년 1월 1일.
  [
    new RegExp(
      `(?<!\\d)${BIRTH_YEAR}(?:[ \\t]?[./-][ \\t]?\\d{1,2}[ \\t]?[./-][ \\t]?\\d{1,2}|년[ \\t]?\\d{1,2}월[ \\t]?\\d{1,2}일)(?!\\d)(?![ \\t]?(?:부터|이후|이전|까지))`,
      'g',
    ),
    maskDigits,
  ],
  // Resident / foreigner registration numbers: 6 digits, dash or not, then 7 digits.
  [/(?<!\d)\d{6}[ \t]{0,2}[-–]?[ \t]{0,2}[1-8]\d{6}(?!\d)/g, maskDigits],
  // Phone numbers with the country code: +82 10 1234 5678, +82-2-123-4567, +82 (0)10…, +821012345678.
  // "+82" itself is not personal and stays.
  [
    /(\+[ \t]{0,2}82)([ \t.-]{0,3}(?:\(0\)[ \t.-]{0,3})?0?\d{1,2}[ \t.)-]{0,3}\d{3,4}[ \t.-]{0,3}\d{4})(?!\d)/g,
    (_m, code, rest) => `${code}${maskDigits(rest)}`,
  ],
  // Mobile and area-code numbers: 02-123-4567, (031) 123-4567, 010 1234 5678, 010.1234.5678.
  // Four-digit service numbers such as 1588-0030 are businesses' and stay readable.
  // Not the middle of a longer dashed number (an account, a card), which its own rule masks whole.
  [
    /(?<![\d*]|[\d*][.–-])\(?0\d{1,2}[ \t]{0,2}[.)–-]?[ \t]{0,2}\d{3,4}[ \t]{0,2}[.–-]?[ \t]{0,2}\d{4}(?![\d*]|[.–-][\d*])/g,
    maskDigits,
  ],
  // Card numbers: four groups of 4 (the last 3–4), with spaces or dashes; after the phone numbers,
  // so that a phone number's last groups and a card's first ones are never taken for one card.
  [/(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{3,4}(?!\d)/g, maskDigits],
  // Account numbers: three or more dash-separated digit groups, nine digits or more.
  [/(?<!\d)\d{2,6}(?:-\d{2,8}){2,4}(?!\d)/g, (m) => (m.replace(/\D/g, '').length >= 9 ? maskDigits(m) : m)],
  // A name after a label ("성명: 홍길동", "예금주 : 김철수님"); the colon keeps "성명 확인" intact. A
  // second label after it ("이름: 명의자 김민") is left for the next rule, which masks the name after it.
  [
    new RegExp(
      `(${NAME_LABEL}[ \\t]{0,2}[:：][ \\t]{0,2})(?!${NAME_LABEL}(?:[ \\t]{0,2}[:：]|[ \\t]))[가-힣]{2,5}(?=님|[^가-힣]|$)`,
      'g',
    ),
    (_m, label) => `${label}***`,
  ],
  // A name right after a label without a colon ("고객명 홍길동"): only a word shaped like a name, and
  // not a second label ("가입자명 고객명 김민", whose name this rule masks after that label).
  [
    new RegExp(
      `(${NAME_LABEL_BEFORE_NAME}[ \\t]{1,2})(?!${NAME_LABEL}(?![가-힣]))([가-힣]{2,6})(?![가-힣])`,
      'g',
    ),
    (match, label, word) => (looksLikeName(word) ? `${label}${maskName(word)}` : match),
  ],
  // A name beside a birth date: "홍길동(900101)", "홍길동 (1990.01.01)".
  [
    /(^|[^가-힣])([가-힣]{2,4})(?=[ \t]?\([ \t]?(?:[\d*]{6}(?:[ \t]?-[ \t]?[\d*]{7})?|\*{4}(?:[ \t]?[./-][ \t]?\*{1,2}){2}|\*{4}년[ \t]?\*{1,2}월[ \t]?\*{1,2}일)[ \t]?\))/g,
    (match, before, word) => (looksLikeName(word) ? `${before}***` : match),
  ],
  // A name the page addresses the user by ("홍길동 고객님", "김철수님"), but not the words for
  // "customer" or "member" themselves, nor the word before a title ("본 메일은 고객님의").
  [
    /(^|[^가-힣])([가-힣]{2,4})([ \t]?)((?:고객|회원)?님)(?=$|[^가-힣]|[의은는이가께을도과와](?:[^가-힣]|$))/g,
    (match, before, word, space, title) =>
      TITLE_WORDS.has(word) || ((space || title !== '님') && !looksLikeName(word))
        ? match
        : `${before}***${space}${title}`,
  ],
  // Any other run of six digits or more (a birth date as 900101, a bare account or phone number),
  // in any script's digits.
  [/\d{6,}/g, maskDigits],
  [/\p{Nd}{6,}/gu, (m) => '*'.repeat([...m].length)],
];

const TITLE_WORDS = new Set([
  '고객',
  '회원',
  '사용자',
  '이용자',
  '가입자',
  '신청자',
  '본인',
  '관리자',
  '선생',
  '여러분',
  '손님',
  '담당자',
  '회원가입',
]);

// E-mail: keep the domain (a typo there is useful to show), drop the local part. Found from each
// "@": the local part runs back to the previous "@" at most, and the domain cannot contain one, so
// every character is looked at a bounded number of times.
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/uy;

function localStart(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor) {
    const low = text.charCodeAt(start - 1);
    // A letter outside the basic plane is a surrogate pair: test both halves together.
    const width = low >= 0xdc00 && low <= 0xdfff && start - 2 >= floor ? 2 : 1;
    if (!LOCAL_CHAR.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start;
}

function maskEmails(text: string): string {
  if (!text.includes('@')) return text;
  let out = '';
  let copied = 0;
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const start = localStart(text, at, floor);
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    floor = at + 1;
    if (start === at || !domain) continue;
    out += `${text.slice(copied, start)}***@${domain[0]}`;
    copied = at + 1 + domain[0].length;
    floor = copied;
    at = copied - 1;
  }
  return out + text.slice(copied);
}

/** Full-width digits ("０１０-１２３４-５６７８") read as digits by people and by NFKC: fold them first. */
const FULLWIDTH_DIGIT = /[０-９]/g;
const foldDigits = (text: string): string =>
  text.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export function redact(text: string): string {
  let result = maskEmails(foldDigits(text));
  for (const [pattern, replace] of RULES) result = result.replace(pattern, replace);
  return result;
}
