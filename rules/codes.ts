// Error codes as the dialog programs and sites print them:
// "오류코드 : 2417", "에러코드[E1234]", "Error code = 1002", "[E1234]", "[-2]", "(-1001)".
const LABELLED = /(?:오류|에러|error|err)\s*(?:코드|code|번호|no\.?)?\s*[:=]?\s*[[(]?\s*(-?[a-z]{0,3}-?\d{1,6})\b/i;
// "Error : code = 1002", "errorCode=E12"
const CODE_ASSIGNED = /(?:code|코드)\s*[:=]\s*(-?[a-z]{0,3}-?\d{1,6})\b/i;
const BRACKETED = /\[\s*(-?[a-z]{0,3}-?\d{1,6})\s*\]/i;
// Parentheses hold many harmless numbers ("(30)일", phone numbers): only negative codes count there.
const NEGATIVE_IN_PARENS = /\(\s*(-\d{1,6})\s*\)/;

export function extractCode(normalised: string): string | undefined {
  for (const pattern of [LABELLED, CODE_ASSIGNED, BRACKETED, NEGATIVE_IN_PARENS]) {
    const match = pattern.exec(normalised);
    if (match?.[1]) return match[1].toUpperCase();
  }
  return undefined;
}
