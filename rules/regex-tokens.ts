// A regex source cut into the pieces the rules' own source rewriters care about: an escape ("\\^"),
// a character class ("[^.?!]", whose "(" and "^" mean nothing), a group's opening, its closing, and
// any other character. The matcher drops anchors from a source (unanchored, matcher.ts) and the
// prefilter drops negative look-arounds (withoutNegativeLookarounds, prefilter-words.ts); both need
// to know the same things about a source, so they read it through this one walker. (required-literals.ts
// keeps its own parser: it needs the structure itself, alternatives and quantifiers, not just the pieces.)

export type RegexToken =
  | { kind: 'escape' | 'class' | 'char' | 'close'; text: string }
  /** A group's "(" (what follows it, "?:", "?<!" …, comes as characters); `negative` when it opens "(?!" or "(?<!". */
  | { kind: 'open'; text: string; negative: boolean };

/** Where the character class opened at `start` closes (past escapes inside it). */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i;
}

/** The tokens of a regex source, in order; joined, their texts are the source. */
export function* regexTokens(source: string): Generator<RegexToken> {
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      yield { kind: 'escape', text: source.slice(i, i + 2) };
      i++;
    } else if (c === '[') {
      const end = classEnd(source, i);
      yield { kind: 'class', text: source.slice(i, end + 1) };
      i = end;
    } else if (c === '(') {
      const negative = source.startsWith('(?!', i) || source.startsWith('(?<!', i);
      yield { kind: 'open', text: c, negative };
    } else if (c === ')') yield { kind: 'close', text: c };
    else yield { kind: 'char', text: c };
  }
}
