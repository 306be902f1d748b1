// Regex fragments shared by the problem patterns. Patterns run on the compact form
// (lower case, no whitespace), so fragments are written without spaces.

export const any = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`;

/** Up to `gap` characters without leaving the sentence. */
export const within = (gap: number): string => `[^.?!]{0,${gap}}`;

/** "A, then within `gap` characters, B": the usual shape of a failure sentence. */
export const near = (a: string, b: string, gap = 20): string => `${a}${within(gap)}${b}`;

/** The entered value and the expected one differ. */
export const MISMATCH = any(
  '일치하지않', '일치하지안', '불일치', '맞지않', '다릅니다', '다르게', '틀리', '틀렸', '틀립', '틀린',
  '올바르지않', '잘못', '정확하지않', '유효하지않', 'incorrect', 'invalid', 'wrong', 'mismatch', 'notmatch',
);

/** Something was tried and did not work. */
export const FAILED = any('실패', '오류', '에러', 'error', 'fail');

/** A hard "no". */
export const CANNOT = any('할수없', '하실수없', '될수없', '할수가없', '불가', '수없습니다', 'cannot', 'unable');

/** Too many tries, too long, too much. */
export const EXCEEDED = any('초과', '넘었', '넘어', 'exceed');

/** Locked or suspended as a consequence of failures. */
export const LOCKED = any('잠금', '잠겼', '잠김', '잠기', '제한되', '정지되', '중단', 'locked');

/** An optional fragment. */
export const opt = (fragment: string): string => `(?:${fragment})?`;
