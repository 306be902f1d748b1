// Regex fragments shared by the problem patterns. Patterns run on the compact form
// (lower case, no whitespace), so fragments are written without spaces.

export const any = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`;

/** Up to `gap` characters without leaving the sentence. */
export const within = (gap: number): string => `[^.?!]{0,${gap}}`;

/** "A, then within `gap` characters, B": the usual shape of a failure sentence. */
export const near = (a: string, b: string, gap = 20): string => `${a}${within(gap)}${b}`;

/** An optional fragment. */
export const opt = (fragment: string): string => `(?:${fragment})?`;
