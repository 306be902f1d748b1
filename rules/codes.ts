// Error codes as the dialog programs and sites print them:
// "오류코드 : 2417", "에러코드[E1234]", "Error code = 1002", "[E1234]", "[-2]", "(-1001)", "[30001]".
//
// A code is shown back to the user as "오류코드 …" in the hint, the popup, the history and the
// report, and a page chooses what its text says: so only code-shaped strings count. At most five
// digits (a birth date "900101" has six), optionally after up to three letters and a dash, and never
// a piece of a longer number: not followed by another digit group ("02-123-4567", "1990.01.01",
// "010 1234 5678") and not preceded by a digit or a masked digit.
const CODE = '(-?(?:[a-z]{1,3}-?)?\\d{1,5})(?![\\d*a-z_]|[ \\t]?[-./:][ \\t]?[\\d*]|[ \\t][\\d*]{3})';
const LABELLED = new RegExp(
  `(?:오류|에러|error|err)[ \\t]{0,2}(?:코드|code|번호|no\\.?)?[ \\t]{0,2}[:=]?[ \\t]{0,2}[[(]?[ \\t]{0,2}(?<![\\d*])${CODE}`,
  'i',
);
// "Error : code = 1002", "errorCode=E12"
const CODE_ASSIGNED = new RegExp(`(?:code|코드)[ \\t]{0,2}[:=][ \\t]{0,2}(?<![\\d*])${CODE}`, 'i');
/** A code's own shape, before what may follow it: "2417", "E1234", "ERR-1024", "-2". */
const SHAPE = '-?(?:[a-z]{1,3}-?)?\\d{1,5}';
const BRACKETED = new RegExp(`\\[[ \\t]{0,2}(${SHAPE})[ \\t]{0,2}\\]`, 'i');
/** A tag that is a code and nothing else ("[2021]", "[E-1003]", "[ERR_CERT]"): a code table's line follows it. */
const CODE_TAG = new RegExp(
  `^\\[[ \\t]{0,2}(${SHAPE}|e(?:rr(?:or)?)?[-_][a-z0-9_-]{1,30})[ \\t]{0,2}\\]$`,
  'i',
);
/** A labelled code in parentheses before a sentence, as a code table's line starts: "(오류코드: 2104) 효력정지된 인증서". */
export const LEADING_CODE = new RegExp(
  `^\\s*[(（]\\s*(?:오류|에러|error|err)\\s?(?:코드|code|번호)?\\s*[:=：]?\\s*${SHAPE}\\s*[)）]\\s*(?=\\S)`,
  'iu',
);
export const isCodeTag = (tag: string): boolean => {
  const code = CODE_TAG.exec(tag)?.[1];
  return code !== undefined && isCodeShaped(code);
};
// Parentheses hold many harmless numbers ("(30)일", phone numbers): only negative codes count there.
const NEGATIVE_IN_PARENS = /\([ \t]{0,2}(-\d{1,5})[ \t]{0,2}\)/;

export function extractCode(normalised: string): string | undefined {
  for (const pattern of [LABELLED, CODE_ASSIGNED, BRACKETED, NEGATIVE_IN_PARENS]) {
    const match = pattern.exec(normalised);
    if (match?.[1] && isCodeShaped(match[1])) return match[1].toUpperCase();
  }
  return undefined;
}

/** The start of a mobile number ("010", "0101…") is not a code, even cut short. */
const isCodeShaped = (code: string): boolean => !/^01[016789]\d?$/.test(code);

/**
 * A code as kept and shown: one that extractCode gives, or an event's own name (an HTTP status,
 * "ERR_TIMED_OUT", a security program's name). For values read back from storage.
 */
export function isShowableCode(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    /^-?[A-Za-z0-9][\w.-]{0,39}$/.test(code) &&
    !/\d{6,}/.test(code) &&
    !/^(?:01[016789]|0\d{1,2}-\d{3,4})/.test(code)
  );
}
