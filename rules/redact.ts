/**
 * Masks personal data in page text. Everything that is stored, shown back or reported passes
 * through here. Digits become "*", so the result is stable under a second pass (idempotent).
 */
const RULES: ReadonlyArray<[RegExp, (match: string, ...groups: string[]) => string]> = [
  // E-mail: keep the domain (a typo there is useful to show), drop the local part.
  [/[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/gu, (_m, domain) => `***@${domain}`],
  // Resident / foreigner registration numbers: 6 digits, dash or not, then 7 digits.
  [/\b\d{6}\s*[-–]?\s*[1-8]\d{6}\b/g, maskDigits],
  // Card numbers: four groups of 4 (the last 3–4), with spaces or dashes.
  [/\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{3,4}\b/g, maskDigits],
  // Phone numbers: mobile and area-code numbers (02-123-4567, 010 1234 5678, +82-10-…).
  // Four-digit service numbers such as 1588-0030 are businesses' and stay readable.
  [/(?:\+82[ -]?)?\b0\d{1,2}[ .)-]\s*\d{3,4}[ .-]\d{4}\b/g, maskDigits],
  [/(?:\+82[ -]?)?\b01[016789]\d{7,8}\b/g, maskDigits],
  // Account numbers: three or more dash-separated digit groups.
  [/\b\d{2,6}(?:-\d{2,8}){2,4}\b/g, (m) => (m.replace(/\D/g, '').length >= 10 ? maskDigits(m) : m)],
  // A name after a label ("성명: 홍길동", "예금주 : 김철수님"); the colon keeps "성명 확인" intact.
  [/((?:성명|이름|고객명|예금주|명의자)\s*[:：]\s*)[가-힣]{2,5}(?=님|\s|$|[.,)])/g, (_m, label) => `${label}***`],
  // A name the page addresses the user by ("홍길동 고객님", "김철수님"), but not the words for
  // "customer" or "member" themselves.
  [/(^|[^가-힣])([가-힣]{2,4})(\s*)((?:고객|회원)?님)(?=$|[^가-힣]|[의은는이가께을도과와](?:[^가-힣]|$))/g, (match, before, word, space, title) => (TITLE_WORDS.has(word) ? match : `${before}***${space}${title}`)],
  // Any other long digit run.
  [/\d{7,}/g, maskDigits],
];

const TITLE_WORDS = new Set(['고객', '회원', '사용자', '이용자', '가입자', '신청자', '본인', '관리자', '선생', '여러분', '손님', '담당자', '회원가입']);

function maskDigits(match: string): string {
  return match.replace(/\d/g, '*');
}

export function redact(text: string): string {
  let result = text;
  for (const [pattern, replace] of RULES) result = result.replace(pattern, replace);
  return result;
}
