import { MAIL_SENT } from './catalogue/notices';
import { PREDICATES } from './catalogue/signals';
import type { Problem } from './types';

/**
 * Words that mark a sentence as reporting something wrong. The content script sends a text to the
 * background only when it holds one of these *and* a catalogue keyword, so ordinary page text stays
 * in the page. Kept broad on purpose: the background's `classify` is the real judge.
 */
export const FAILURE_SIGNALS = [
  '실패', '오류', '에러', '장애', '일치하지', '불일치', '맞지', '다릅', '틀', '올바르지', '잘못', '정확하지', '유효하지',
  '없습니다', '없거나', '없어', '없는', '수없', '않습니다', '않았', '않은', '않아', '않으', '않는', '아닙', '아니',
  '필요', '하셔야', '해야', '바랍니다', '만료', '지났', '지난', '경과', '폐지', '폐기', '정지', '초과', '넘었', '제한',
  '중단', '차단', '막혀', '잠금', '잠겼', '종료', '끊', '지연', '많아', '폭주', '원활', '점검', '마감', '거절', '거부',
  '부족', '남았', '다시', '확인하', '설치', '동작', '실행', 'unload', '로그아웃', '무결성', '위변조', '허가', '허용',
  '이미', '만사용', '만이용',
  '변조', '손상', '언로드', '미설치', '미지원', '비정상', '과부', '잠겼', '잠김', '잠긴',
  '아님', '없음', '않음', '지원', '동일', '같습', '작습', '짧', '이상', '이하', '필수', '권한', '삽입', '제대로', '자리수', '조합', '미신청',
  '중지', '사용중', '어긋', '문제', '부정확', '최신',
  // Asking for a choice or an entry is a failure in a dialog; a bare label ("인증서 선택") is not, so only the request forms.
  '선택해', '선택하세요', '선택하십시오', '선택가능', '입력해', '입력하세요', '입력하십시오', '입력하였', '위배',
  // Code tables' terse forms: "계좌상태를 확인", "실명전환 주민번호를 입력", "잠시 후 재처리", "결과 미수신".
  '를확인', '를입력', '재처리', '미수신', '미인증', '이내', '접속해',
  '불가', '너무', '못', '제거', '해지', '안됨', '미수락', '방지', '준비중', '로그인해', '로그인후',
  '이어야', '여야', '만가능', '에서만', '자입니다', '이용자입니다', '확인해', '가져오기', '연결후', '재가입', '값이', '부하', '미접속', '후이용', '공사중', '비어있', '넘어섰', '있어야', 'null', '새로고침', '낮습', '접속가능',
  'error', 'fail', 'invalid', 'incorrect', 'wrong', 'expired', 'revoked', 'timeout', 'timedout', 'unavailable',
  'notsupported', 'unsupported', 'blocked', 'cannot', 'unable', 'denied', 'gateway',
  // Not failures, but the start of one: "안내 메일이 발송되었습니다" lets the background time the wait.
  '발송', '전송', '보내', '송부', 'sent',
] as const;

const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PrefilterSources {
  keywords: string;
  signals: string;
  /** Words that report a failure by themselves: such a text goes to the background even with no topic word, to be diagnosed or kept as unrecognised. */
  failures: string;
}

/** Regex sources for the content script's prefilter, derived from the catalogue at build time. */
export function prefilterSources(problems: readonly Problem[]): PrefilterSources {
  const keywords = [...new Set([...problems.flatMap((p) => p.keywords), ...MAIL_SENT.keywords])].sort((a, b) => b.length - a.length);
  return { keywords: keywords.map(escape).join('|'), signals: FAILURE_SIGNALS.map(escape).join('|'), failures: PREDICATES.strong };
}

/** The build-time constants the content script's prefilter reads (wxt.config.ts and vitest.config.ts). */
export function prefilterDefines(problems: readonly Problem[]): Record<string, string> {
  const { keywords, signals, failures } = prefilterSources(problems);
  return { __PREFILTER_KEYWORDS__: JSON.stringify(keywords), __PREFILTER_SIGNALS__: JSON.stringify(signals), __PREFILTER_FAILURES__: JSON.stringify(failures) };
}
