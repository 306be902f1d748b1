import { MAIL_SENT } from './catalogue/notices';
import { PREDICATES } from './catalogue/signals';
import { regexTokens } from './regex-tokens';
import { requiredLiterals } from './required-literals';
import type { Problem } from './types';

/**
 * Words that mark a sentence as reporting something wrong. The content script sends a text to the
 * background only when it holds one of these *and* a catalogue keyword, so ordinary page text stays
 * in the page. Kept broad on purpose: the background's `classify` is the real judge.
 */
export const FAILURE_SIGNALS = [
  '실패',
  '오류',
  '에러',
  '장애',
  '일치하지',
  '불일치',
  '맞지',
  '다릅',
  '틀',
  '올바르지',
  '잘못',
  '정확하지',
  '유효하지',
  '없습니다',
  '없거나',
  '없어',
  '없는',
  '수없',
  '않습니다',
  '않았',
  '않은',
  '않아',
  '않으',
  '않는',
  '아닙',
  '아니',
  '필요',
  '하셔야',
  '해야',
  '바랍니다',
  '만료',
  '지났',
  '지난',
  '끝',
  '경과',
  '폐지',
  '폐기',
  '정지',
  '초과',
  '넘었',
  '제한',
  '중단',
  '차단',
  '막혀',
  '잠금',
  '잠겼',
  '종료',
  '끊',
  '지연',
  '많아',
  '폭주',
  '원활',
  '점검',
  '마감',
  '거절',
  '거부',
  '부족',
  '남았',
  '다시',
  '확인하',
  '설치',
  '동작',
  '실행',
  'unload',
  '로그아웃',
  '무결성',
  '위변조',
  '허가',
  '허용',
  '이미',
  '만사용',
  '만이용',
  '변조',
  '손상',
  '언로드',
  '미설치',
  '미지원',
  '비정상',
  '과부',
  '잠김',
  '잠긴',
  '아님',
  '없음',
  '않음',
  '지원',
  '동일',
  '같습',
  '작습',
  '짧',
  '이상',
  '이하',
  // "새 비밀번호: 10자리 미만": a length short of the rule, tersely.
  '미만',
  // "대기시간(5분)이 지나 창을 닫습니다", "현재 인증서 암호와 같아요", "지정단말기가 아닌 기기에서 로그인하셨습니다".
  '시간이지나',
  ')이지나',
  '와같아',
  '과같아',
  '아닌',
  '필수',
  '권한',
  '삽입',
  '제대로',
  '자리수',
  '조합',
  '미신청',
  '미등록',
  '중지',
  '사용중',
  '어긋',
  '문제',
  '부정확',
  '최신',
  // Asking for a choice or an entry is a failure in a dialog; a bare label ("인증서 선택") is not, so only the request forms.
  '선택해',
  '선택하세요',
  '선택하십시오',
  '선택가능',
  '입력해',
  '입력하세요',
  '입력하십시오',
  '입력하였',
  '위배',
  '위반',
  // "네트워크 연결이 불안정합니다"
  '불안정',
  // "비밀번호에 공백이 포함되어 있습니다": a new password holding what it may not.
  '포함되어있',
  // Code tables' terse forms: "계좌상태를 확인", "실명전환 주민번호를 입력", "잠시 후 재처리", "결과 미수신".
  '를확인',
  '를입력',
  '재처리',
  '미수신',
  '미인증',
  '이내',
  '접속해',
  '불가',
  '너무',
  '못',
  '제거',
  // An account closed or dormant, the hours over, a rule newly in force: "탈퇴한 아이디입니다", "장기 미사용에 따라 …",
  // "서비스 시간외", "OTP 사용이 의무화 되었습니다".
  '탈퇴',
  '미사용',
  '시간외',
  '의무화',
  // "다른 사업자의 홈택스 계정입니다": another business's account; "다른 고객이 등록한 인증서", "등록된 인증서와 다른 인증서".
  '다른사업자',
  '다른고객',
  '다른인증서',
  // "유효기간이 7일 남은 인증서입니다", "재발급 가능 횟수를 모두 사용하셨습니다".
  '일남은',
  '모두사용',
  // The eleventh round: "인증서 20일 남음" (a list's status), "빈 인증서 파일입니다", "인증서 파일이 비어 있습니다",
  // "오류 횟수 제한에 도달했습니다".
  '일남음',
  '빈인증서',
  '빈파일',
  '도달',
  '해지',
  '안됨',
  '미수락',
  '방지',
  '준비중',
  '로그인해',
  '로그인후',
  '이어야',
  '여야',
  '만가능',
  '에서만',
  '자입니다',
  '이용자입니다',
  '확인해',
  '가져오기',
  '연결후',
  '재가입',
  // "비밀번호는 4자리로 설정해 주세요", "휴대전화 본인인증을 해 주세요", "승인취소된 인증서입니다",
  // "실명인증을 먼저 하신후 …": what a dialog asks for, or a status, after a step went wrong.
  '설정해',
  // "새 비밀번호와 기존 비밀번호가 일치합니다", "보안토큰이 잠겨있습니다"
  '일치합니',
  '잠겨',
  // "갱신기간 내 구인증서입니다", "해당 서비스 모듈이 업데이트 되었습니다", "… 8 으로 접속하셨습니다",
  // "요청이 반복됩니다", "현재 복구 조치 중이며 …"
  '갱신기간',
  // The eighth set: "보안카드 지시번호가 누락되었습니다", "해외IP로 로그인이 감지되었습니다", "비밀번호에 숫자가
  // 포함되어야 합니다", "비밀번호는 최대 16자리까지 가능합니다", "출금계좌 비밀번호는 4자리 입니다",
  // "PC 사전등록상태 대상자 이십니다", "추가인증을 진행해 주세요", "단말기 지정 서비스 등록 후 사용 가능합니다",
  // "한국에 거주하고 계셔야 …", "공동인증서 복사를 먼저 수행해 주세요".
  '누락',
  // "새 비밀번호에 특수문자가 빠져 있어요": what a new password lacks.
  '빠져',
  // "Your session has ended after 10 minutes of inactivity.", "…because there was no activity for 10 minutes".
  'inactiv',
  'noactivity',
  // "The validity period of your certificate ended on 2024-11-30."
  'validityp',
  // English refusals and contractions (round 116): "AnySign4PC did not respond", "…can't be used for Hi Korea e-Application",
  // "You were signed out after 20 minutes without activity", "…is not the one linked to your Hometax ID", "You've hit today's
  // limit of 5 certificate issues" ('limit': also "You've hit the daily issuance limit"), "…is closed right now", "…contains a run of 4 or
  // more consecutive characters".
  "n't",
  'n’t',
  'notrespond',
  'signedout',
  'loggedout',
  'nottheone',
  'limit',
  'closed',
  'repeated',
  'consecutive',
  'sequential',
  // "The certificate you selected is different from the certificate registered for this User ID."
  'differentfrom',
  // Round 124: "…업무가 잠시 멈춰 있습니다", "Certificate is not exist in selected storage.", "It is not service time now.",
  // "같은 숫자를 연달아 4번 입력하셨습니다".
  '멈춰',
  'notexist',
  '연달아',
  // Round 125: "Renewal is impossible now."
  'impossible',
  // English words merged to their common part, to keep the content script in its budget (round 128): 'already' ("…has already
  // been issued", "…already in use", "…already exists", "You already hold …", "…already have …"), 'servicetime' ("It is not service
  // time now", "This is not the service time"), 'same' ("…is the same as …", "…are not same", "…not the same").
  'already',
  'servicetime',
  'same',
  // Round 128: "…contains 3 or more same characters in a row", "…4 identical digits", "…are different", "The time for selecting
  // certificate has passed", "Service is temporarily stopped for system inspection".
  'inarow',
  'identical',
  'aredifferent',
  'haspassed',
  'stoppedfor',
  // Round 130: "Request to renew the certificate was not completed", "[갱신대상] 범용 인증서 (D-14)".
  'notcompleted',
  '갱신대상',
  // Round 132: "지금은 시스템 작업 시간입니다. (작업시간 : 매일 23:30 ~ 00:30)".
  '작업시간',
  // Round 133: "금일 발급 가능 횟수(5회)를 모두 소진하셨습니다".
  '소진',
  // "The resident registration number you entered does not belong to the owner of this certificate.", "This certificate has
  // not been registered with KEB Hana Bank."
  'notbelong',
  'notbeenregistered',
  // "특수문자 미포함 - …", "USB 메모리가 빠졌습니다", "로그인 유지 시간이 끝났어요".
  '미포함',
  // "…최소 길이(10자리)에 미달합니다", "This certificate is not a valid certificate".
  '미달',
  'notavalid',
  '빠졌',
  '미가입',
  '감지되',
  '포함되어야',
  '까지가능',
  '자리입니다',
  '대상자이',
  '추가인증',
  '후사용',
  '거주하',
  '먼저수행',
  '업데이트되',
  '접속하셨',
  '반복됩',
  '반복된',
  '반복되었',
  '암호화용',
  '복구',
  '인증을해',
  '취소된',
  '하신후',
  '값이',
  '부하',
  '미접속',
  '후이용',
  '공사중',
  '비어있',
  '넘어섰',
  '있어야',
  'null',
  '새로고침',
  '낮습',
  '접속가능',
  'error',
  'fail',
  'invalid',
  'incorrect',
  'wrong',
  'expire',
  'nocertificate',
  'notregistered',
  // English dialogs: "could not be found", "has been suspended", "No removable disk was found".
  'couldnot',
  'suspended',
  'tampered',
  'notconnected',
  'notinserted',
  'notenough',
  'isrequired',
  'notresponding',
  'notreceive',
  'mustbe',
  'wasfound',
  'revoked',
  'timeout',
  'timedout',
  'unavailable',
  // "This service is not available at this time."
  'notavailable',
  'notsupported',
  // "Your browser does not support the Web Crypto API."
  'doesnotsupport',
  'unsupported',
  'blocked',
  'cannot',
  'unable',
  'denied',
  'gateway',
  'notinstalled',
  'notrunning',
  // "Local server port 4525 is already in use" ('already', above), "cookies disabled", "Remote desktop session detected".
  'disabled',
  'detected',
  'locked',
  'notfound',
  // "CERT_NOT_FOUND", "… is restricted", "This is not a designated terminal", "under scheduled maintenance",
  // "Security token not detected", "rejected", "missing", "damaged", "busy", "exceeded".
  'not_found',
  // "…와 상이합니다" (differs, in official wording), "발급 대상이 아닌 것으로 확인됩니다".
  '상이',
  // Official words: 부적합, 인식 불능, 연결 끊김, 효력 상실·소멸, 말소, 무효, 기간 도과.
  '부적합',
  '불능',
  '끊김',
  '상실',
  '소멸',
  '말소',
  '무효',
  '도과',
  // Rare words of a report: 미일치, 반려, 불허, 미비, 부재, 무응답, 만기, and a move cancelled by the other device
  // or by its wait (not every "취소되었": a page's own cancels stay in the page).
  '미일치',
  '반려',
  '불허',
  '미비',
  '부재',
  '무응답',
  '만기',
  '상대기기',
  // "타행에서 발급받은 인증서입니다. 타행/타기관 인증서 등록을 먼저 진행해 주십시오.": what must come first.
  '등록을먼저',
  // Terse statuses: "유효기간 시작 전", "TouchEn nxKey 구버전".
  '기간시작전',
  '구버전',
  // The eleventh round: "같은 문자가 연속으로 4개 들어가 있습니다" (a repeat typed), "The certificate is not yet valid".
  '들어가있',
  'notyetvalid',
  // The thirteenth round: "ARS 2차 인증 미완료", "localhost:14461 연결 거부",
  // "Internet Explorer 11 접속이 확인되었습니다", "야간 일괄처리 중".
  '미완료',
  'refused',
  '접속이확인',
  '접속이감지',
  '일괄',
  '배치작업',
  // "타기관 인증서 등록 후 로그인하십시오", "이 PC의 인증서 0개 · 휴대폰에서 먼저 가져와 주세요" (the count itself is digits,
  // which no word here holds): what a dialog asks for after a step went wrong.
  '후로그인',
  '가져와',
  // The fourteenth round: "Certificate status: on hold", "Certificate policy not acceptable", "아직 등록 전이에요",
  // "The selected certificate is a corporate one", "… is no longer supported", "발급 가능 횟수를 모두 쓰셨습니다",
  // "A valid certificate of this type already exists", "Your new password is too short", "D-3 갱신 요망",
  // "타행에서 발급받은 인증서입니다".
  'onhold',
  'notaccept',
  '등록전',
  'selectedcertificateisa',
  'nolonger',
  '쓰셨',
  'tooshort',
  '갱신요망',
  '에서발급받은',
  '에서발급된',
  // The fifteenth round: "연속된 숫자가 포함된 비밀번호입니다" (what the typed one holds).
  '포함된비밀번호',
  '포함된암호',
  // The sixteenth round: "기발급 인증서가 존재합니다" (one issued already).
  '기발급',
  '상대방기기',
  '자동취소',
  '자동으로취소',
  '아닌것',
  'restricted',
  'notadesignated',
  'maintenance',
  'notdetected',
  'rejected',
  'missing',
  'damaged',
  'corrupt',
  'busy',
  'exceeded',
  'noinput',
  // The eighteenth and nineteenth rounds: "The new password is the same as the old password" ('same', above), "Renewal limit reached for
  // today", "선택하신 인증서는 개인용입니다. 기업뱅킹은 사업자용 인증서로만 로그인할 수 있습니다".
  'reached',
  '용입니다',
  // The twentieth: "Certificate policy (OID) not permitted for this service"; the twenty-first: "입력 없이 10분이 지나 …".
  'permitted',
  '분이지나',
  // The twenty-fourth: "The certificate you selected differs from the one registered …", "We couldn't send the
  // notification e-mail", "Your password does not meet the policy".
  'differs',
  "couldn't",
  'notmeet',
  // The twenty-fifth: "입력 대기 시간(5분)을 넘겨 인증서 선택 창이 닫혔습니다".
  '을넘겨',
  '비활성',
  '가득',
  '금지',
  // The thirty-third: "장시간 입력 없이 열려 있어 자동으로 닫혔습니다", "You already hold a valid certificate of this type".
  '닫혔',
  // The thirty-fifth: "인증서 발급 안내 메일이 반송되었습니다"; the thirty-sixth: "타행 인증서입니다. … 등록 후 …".
  '반송',
  '타행인증서',
  // The forty-first: a token's PKCS#11 code alone ("CKR_DEVICE_REMOVED"); the forty-second: not valid yet ("인증서 유효기간
  // 시작일 이전입니다").
  'ckr_',
  '시작일이전',
  // The forty-third: a refusal said as "안 돼요" ("사업자 인증서로는 개인 뱅킹 이용이 안 돼요"); the forty-fourth: two
  // passwords alike ("현재 인증서 비밀번호와 새 비밀번호가 같아요").
  '안돼',
  '안됩',
  '가같아',
  // The forty-eighth: what a new password holds, said plainly ("입력하신 비밀번호에 연속된 숫자가 있어요").
  '숫자가있',
  '문자가있',
  // The forty-ninth: not valid yet, said by the day it may be used ("인증서 사용 가능일 이전입니다"); the encryption half
  // picked ("암호화용 인증서가 선택되었습니다").
  '가능일이전',
  '가능일자이전',
  '암호화용인증서',
  // The fifty-second: not valid yet, said by when it takes effect ("인증서 효력 발생일 전입니다").
  '효력발생일',
  // The fifty-third, English tables: "Certificate policy not allowed", "Please try again during service hours", "…is not
  // within the renewal period", "The new password must contain at least one digit".
  'notallowed',
  'tryagainduring',
  'renewalperiod',
  'mustcontain',
  // The fifty-fourth: a new password and its confirmation apart, as a label ("새 비밀번호와 비밀번호 확인이 서로 다름").
  '확인이다름',
  '서로다름',
  // The fifty-eighth: a repeat said with its count between ("같은 숫자가 4번 연속으로 입력됐어요", "…3번 넘게 연속으로 들어갔어요").
  '연속으로입력',
  '연속으로들어',
  // The sixtieth: a status said to be bad, and no certificate held ("인증서 상태 불량", "네이버 인증서 미보유 고객입니다").
  '상태불량',
  '미보유',
  // The sixty-first: not valid yet, said by its period ("인증서 사용 가능 기간 이전입니다").
  '가능기간전',
  '가능기간이전',
  // The sixty-second: the kind of certificate tried, said as the finding ("개인 인증서로 로그인을 시도하셨습니다").
  '인증서로로그인을시도',
  '인증서로서명을시도',
  // The sixty-third: the old spelling of 'there is none' ("…등록된 서명용 인증서가 없읍니다").
  '없읍니다',
  // The sixty-fourth: not open yet, and the chosen certificate's kind said as the finding ("접수 시작 전입니다", "선택하신 인증서는
  // 사업자(법인) 인증서입니다").
  '시작전입니다',
  '시작전이에요',
  '인증서는사업자',
  '인증서는법인',
  '인증서는개인',
  '인증서는기업',
  // The sixty-fifth: a program out of date, in English ("The installed version of Delfino G3 is out of date").
  'outofdate',
  // The sixty-sixth: a medium reported lost, said first ("분실신고된 OTP입니다").
  '분실신고된',
  // The sixty-seventh: the chosen one's kind said as the finding, by its use ("선택하신 인증서는 은행/신용카드/보험용 인증서입니다").
  '용인증서입니다',
  // The sixty-eighth: a medium in a state, the state's word glossed between ("분실신고(사고)된 OTP입니다").
  '된otp입니다',
  '된보안카드입니다',
  // Not failures, but the start of one: "안내 메일이 발송되었습니다" lets the background time the wait.
  '발송',
  '전송',
  '보내',
  '송부',
  'sent',
] as const;

const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PrefilterSources {
  keywords: string;
  signals: string;
  /** Words that report a failure by themselves: such a text goes to the background even with no topic word, to be diagnosed or kept as unrecognised. */
  failures: string;
}

/**
 * The words without those that hold a shorter one: the prefilter looks for any of them anywhere in a
 * text, so "보안토큰" is found wherever "토큰" is, and only adds bytes to the content script.
 */
export function withoutLongerForms(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (const word of [...new Set(words)].sort((a, b) => a.length - b.length))
    if (!kept.some((shorter) => word.includes(shorter))) kept.push(word);
  return kept;
}

/**
 * A regex source without its negative look-arounds ("오류(?!횟수|여부)" → "오류"): they keep the background's reading
 * precise, and the prefilter is broad on purpose, so in the content script they would only cost bytes. Without
 * them the source matches everything it matched before, and more.
 */
export function withoutNegativeLookarounds(source: string): string {
  let out = '';
  /** How deep inside a negative look-around being left out (0: outside any). */
  let skipping = 0;
  for (const token of regexTokens(source)) {
    if (skipping > 0) {
      if (token.kind === 'open') skipping++;
      else if (token.kind === 'close') skipping--;
    } else if (token.kind === 'open' && token.negative) skipping = 1;
    else out += token.text;
  }
  return out;
}

/** The alternatives of a source that is one group ("(?:a|b(?:c)|d)" → a, b(?:c), d), or undefined. */
function topAlternatives(source: string): string[] | undefined {
  if (!source.startsWith('(?:') || !source.endsWith(')')) return undefined;
  const alternatives: string[] = [];
  let depth = 0;
  let current = '';
  for (const token of regexTokens(source.slice(3, -1))) {
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close' && --depth < 0) return undefined;
    if (depth === 0 && token.kind === 'char' && token.text === '|') {
      alternatives.push(current);
      current = '';
    } else current += token.text;
  }
  alternatives.push(current);
  return alternatives;
}

/** A plain word: no escape, class, group or quantifier, nothing but what it says. */
const PLAIN_WORD = /^[^\\[\](){}|.*+?^$]+$/u;

/**
 * An alternation without the plain words that hold another of its plain words ("(?:변조|위변조|…)" → "(?:변조|…)",
 * "fail" makes "failedto" idle): for a test anywhere in a text the longer adds nothing but bytes, as in
 * withoutLongerForms; and so does any alternative that cannot match without one of them. A group of plain words
 * that stands as one alternative counts as its words. A source that is not one group of alternatives is returned as it is.
 */
export function withoutSubsumedAlternatives(source: string): string {
  const alternatives = topAlternatives(source);
  if (!alternatives) return source;
  // A group of plain words standing as one alternative ("(?:오류|에러)") is its words, each one.
  for (let i = 0; i < alternatives.length; i++) {
    const inner = topAlternatives(alternatives[i]!);
    if (inner && inner.length > 1 && inner.every((w) => PLAIN_WORD.test(w))) {
      alternatives.splice(i, 1, ...inner);
      i += inner.length - 1;
    }
  }
  const plain = alternatives.filter((a) => PLAIN_WORD.test(a));
  // (Or any alternative whose every required literal holds one: "위[·ㆍ]변조(?:가|이)?(?:탐지|…)" cannot match without "변조".)
  const holdsPlain = (text: string, self: string): boolean =>
    plain.some((p) => p !== self && text.includes(p));
  const idle = (a: string): boolean =>
    PLAIN_WORD.test(a) ? holdsPlain(a, a) : (requiredLiterals(a)?.every((l) => holdsPlain(l, a)) ?? false);
  return `(?:${alternatives.filter((a) => !idle(a)).join('|')})`;
}

/** Regex sources for the content script's prefilter, derived from the catalogue at build time. */
export function prefilterSources(problems: readonly Problem[]): PrefilterSources {
  const keywords = withoutLongerForms([...problems.flatMap((p) => p.keywords), ...MAIL_SENT.keywords]);
  return {
    keywords: keywords.map(escape).join('|'),
    signals: withoutLongerForms(FAILURE_SIGNALS).map(escape).join('|'),
    failures: withoutSubsumedAlternatives(withoutNegativeLookarounds(PREDICATES.strong)),
  };
}

/** The build-time constants the content script's prefilter reads (wxt.config.ts and vitest.config.ts). */
export function prefilterDefines(problems: readonly Problem[]): Record<string, string> {
  const { keywords, signals, failures } = prefilterSources(problems);
  return {
    __PREFILTER_KEYWORDS__: JSON.stringify(keywords),
    __PREFILTER_SIGNALS__: JSON.stringify(signals),
    __PREFILTER_FAILURES__: JSON.stringify(failures),
  };
}
