// Regex fragments shared by the problem patterns. Patterns run on the compact form
// (lower case, no whitespace), so fragments are written without spaces.

export const any = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`;

/** Up to `gap` characters without leaving the sentence. */
export const within = (gap: number): string => `[^.?!]{0,${gap}}`;

/** "A, then within `gap` characters, B": the usual shape of a failure sentence. */
export const near = (a: string, b: string, gap = 20): string => `${a}${within(gap)}${b}`;

/** A hard "no". */
export const CANNOT = any('할수없', '하실수없', '될수없', '할수가없', '불가', '수없습니다', 'cannot', 'unable');

/** Too many tries, too long, too much. */
export const EXCEEDED = any('초과', '넘었', '넘어', 'exceed');

/** An optional fragment. */
export const opt = (fragment: string): string => `(?:${fragment})?`;
