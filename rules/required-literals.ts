// The literal strings a regex cannot match without: "(?:지문)?보안토큰(?:가|이)없" matches nothing in a
// text that holds neither "지문보안토큰" nor "보안토큰". The matcher finds these literals in the same
// pass that finds its keywords, and tries a topic or report regex only where one of its literals
// occurs (matcher.ts). The analysis is conservative: whatever it does not understand (a class, a
// backreference, an optional part) requires nothing, and then the regex is always tried.
// It runs once per regex when the background starts, so it is written for speed: plain arrays,
// runs of plain characters appended as one string.

/** Known strings are multiplied out up to this many. */
const MAX_STRINGS = 64;
/**
 * Alternatives' requirements are pooled up to this many: the matcher looks for all of them in one
 * pass whatever their number, and a regex of many branches is the one most worth skipping.
 */
const MAX_NEED = 1_000;

/**
 * A required string's first few units are required too, and say nearly as much: literals are cut
 * to this length, so that many share one ("인증서가없", "인증서이없" → "인증서가", "인증서이") and the
 * matcher's automaton stays small.
 */
const LITERAL_UNITS = 4;

/** A few strings, and the length of the shortest (kept as they are built: they are asked often). */
interface Strings {
  list: string[];
  shortest: number;
}

interface Info {
  /** Every string the node can consume (or, marked, how it starts), when they are few; null when unknown. */
  exact: Strings | null;
  /** Every string the node consumes contains one of these (none empty); null when nothing is known. */
  need: Strings | null;
}

const NOTHING: Strings = { list: [''], shortest: 0 };
const EMPTY: Info = { exact: NOTHING, need: null };
const UNKNOWN: Info = { exact: null, need: null };

/**
 * A long known string is known only by its first units, as a prefix: what follows would say no more
 * once cut, and making longer strings would cost the start-up its time. So is one followed by
 * something unknown. A prefix ends in this mark (a noncharacter: no catalogue regex holds one).
 */
const PREFIX_MARK = '\uffff';
const isPrefix = (s: string): boolean => s.endsWith(PREFIX_MARK);
const unitsOf = (s: string): number => (isPrefix(s) ? s.length - 1 : s.length);
/**
 * Known strings are kept this long before they become prefixes: longer than a literal, so that one
 * that holds a shorter one is still seen to ("바이오토큰" holds "토큰"), and the literals are cut at the end.
 */
const KNOWN_UNITS = 2 * LITERAL_UNITS;
const cut = (s: string): string =>
  // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression: the cut saves work; uncut strings give the same literals once cut at the end, and products stay bounded by MAX_STRINGS
  unitsOf(s) < KNOWN_UNITS ? s : `${s.slice(0, KNOWN_UNITS)}${PREFIX_MARK}`;

function strings(list: string[]): Strings {
  let shortest = Infinity;
  for (const s of list) shortest = Math.min(shortest, unitsOf(s));
  return { list, shortest };
}

/**
 * Known strings followed by something unknown: every match still starts with one of them, so they are
 * kept as prefixes ("인증서[^.]{0,12}정지" starts with "인증서", "(?:범용|개인용)인증서[^.]…" with "범용인증"
 * or "개인용인"). When one is empty nothing is known.
 */
const opened = (exact: Strings | null): Strings | null =>
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty prefix requires nothing either way; null says so sooner
  exact && exact.shortest > 0
    ? { list: exact.list.map((s) => (isPrefix(s) ? s : `${s}${PREFIX_MARK}`)), shortest: exact.shortest }
    : null;

/** Known strings of the cut's length are a requirement as they stand. */
function settled(info: Info): Info {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the requirement is taken at the end too; this keeps it when a longer product is given up
  return info.exact && info.exact.shortest >= LITERAL_UNITS
    ? { exact: info.exact, need: better(info.need, info.exact) }
    : info;
}

/** Known strings as a requirement: usable when none is empty. */
const required = (exact: Strings | null): Strings | null => (exact && exact.shortest > 0 ? exact : null);

/** The better requirement: longer strings (up to the cut), then fewer of them. */
function better(a: Strings | null, b: Strings | null): Strings | null {
  if (a === null) return b;
  if (b === null) return a;
  const [la, lb] = [Math.min(a.shortest, LITERAL_UNITS), Math.min(b.shortest, LITERAL_UNITS)];
  if (la > lb) return a;
  if (lb > la) return b;
  return a.list.length <= b.list.length ? a : b;
}

/** Every string of `a` followed by every string of `b`; a prefix stays as it is. */
function product(a: Strings, b: Strings): Strings | null {
  let size = 0;
  for (const x of a.list) size += isPrefix(x) ? 1 : b.list.length;
  if (size > MAX_STRINGS) return null;
  const list: string[] = [];
  for (const x of a.list) {
    if (isPrefix(x)) list.push(x);
    else for (const y of b.list) list.push(cut(x + y));
  }
  return strings(list);
}

/** Syntax characters, which a backslash makes literal. */
const LITERAL_ESCAPE = /[\\\][().?*+{}|^$/-]/;
/** Classes, backreferences, code points, control characters: not worth knowing. */
const OPAQUE_ESCAPE = /[dDsSwWpPkuxcfnrtv0-9]/;
const GROUP_OPENER = /\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/y;
const QUANTIFIER = /\{(\d+)(,(\d*))?\}/y;
/** Characters that stand for themselves. */
const PLAIN = /[^\\()[\]{}|?*+.^$]+/y;
const LAST_CHARACTER = /[^]$/u;

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  /** Reads a regex that `new RegExp(source, 'u')` accepts: it checks the syntax, and this trusts it. */
  parse(): Info {
    return this.alternation();
  }

  private alternation(): Info {
    const first = this.sequence();
    // Stryker disable next-line ConditionalExpression: a fast path; the loop below returns the same for one branch
    if (this.source[this.at] !== '|') return first;
    let exact: Strings | null = first.exact
      ? { list: [...first.exact.list], shortest: first.exact.shortest }
      : null;
    const firstNeed = better(first.need, required(first.exact));
    let pooled: Strings | null = firstNeed
      ? { list: [...firstNeed.list], shortest: firstNeed.shortest }
      : null;
    while (this.source[this.at] === '|') {
      this.at++;
      const branch = this.sequence();
      // Stryker disable next-line ConditionalExpression,ArithmeticOperator: the bound saves work; product() bounds what is multiplied, and requirements are pooled
      if (exact && branch.exact && exact.list.length + branch.exact.list.length <= MAX_STRINGS) {
        exact.list.push(...branch.exact.list);
        exact.shortest = Math.min(exact.shortest, branch.exact.shortest);
      } else exact = null;
      // One of the branches matched: one of its requirements occurs.
      const own = better(branch.need, required(branch.exact));
      if (pooled && own && pooled.list.length + own.list.length <= MAX_NEED) {
        pooled.list.push(...own.list);
        pooled.shortest = Math.min(pooled.shortest, own.shortest);
      } else pooled = null;
    }
    return settled({ exact, need: pooled });
  }

  private sequence(): Info {
    // Runs of parts whose strings are known are multiplied out ("인증", "서" → "인증서"); the best
    // requirement of any run or part is the sequence's. `exact` is what the sequence so far consumes,
    // as prefixes once an unknown part has come; `run` is the known strings since the last unknown part.
    let exact: Strings | null = NOTHING;
    let run: Strings = NOTHING;
    let need: Strings | null = null;
    for (let c = this.source[this.at]; c !== undefined && c !== '|' && c !== ')'; c = this.source[this.at]) {
      const part = settled(this.quantified(this.atom()));
      need = better(need, part.need);
      if (exact) exact = part.exact ? product(exact, part.exact) : opened(exact);
      run = part.exact ? (product(run, part.exact) ?? part.exact) : NOTHING;
      need = better(need, required(run));
      // A run that ends in something unknown is all it can be: the next known part starts another.
      if (run.list.some(isPrefix)) run = NOTHING;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the cut saves work; a longer run is cut to the same literals
      else if (run.shortest >= LITERAL_UNITS) run = NOTHING;
    }
    return settled({ exact, need: better(need, required(exact)) });
  }

  private quantified(atom: Info): Info {
    const c = this.source[this.at];
    let min: number;
    let max: number;
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      QUANTIFIER.lastIndex = this.at;
      const m = QUANTIFIER.exec(this.source)!;
      this.at += m[0].length;
      min = Number(m[1]);
      // Stryker disable next-line ConditionalExpression,StringLiteral: "{2,}" read as at most 0 is neither optional nor counted, like Infinity
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (this.source[this.at] === '?') this.at++;
    // Optional: nothing is required; "(?:지문)?" is still one of two known strings.
    if (min === 0)
      return {
        exact: max === 1 && atom.exact ? { list: [...atom.exact.list, ''], shortest: 0 } : null,
        need: null,
      };
    // At least once: what one copy requires, the whole requires, and the first copies start the match.
    const need = better(atom.need, required(atom.exact));
    let exact: Strings | null = atom.exact ? NOTHING : null;
    for (let i = 0; i < min && exact; i++) exact = product(exact, atom.exact!);
    return { exact: min === max ? exact : opened(exact), need };
  }

  private atom(): Info {
    // A run of plain characters is one string, found by one native search; a quantifier after it
    // applies to its last character only (one code point, two units outside the Basic Multilingual
    // Plane), which is left for the next atom unless it is all the run holds.
    PLAIN.lastIndex = this.at;
    const plain = PLAIN.exec(this.source);
    if (plain) {
      let run = plain[0];
      const after = this.source[this.at + run.length];
      // Stryker disable next-line ConditionalExpression: a run cut shorter is multiplied back by the sequence
      if (after === '?' || after === '*' || after === '+' || after === '{') {
        const last = LAST_CHARACTER.exec(run)![0];
        // Stryker disable next-line UnaryOperator: likewise
        if (run.length > last.length) run = run.slice(0, -last.length);
      }
      this.at += run.length;
      return { exact: strings([cut(run)]), need: null };
    }
    const c = this.source[this.at];
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '^' || c === '$') return EMPTY;
    // "." (a quantifier never starts an atom in a valid regex).
    return UNKNOWN;
  }

  private group(): Info {
    GROUP_OPENER.lastIndex = this.at;
    const opener = GROUP_OPENER.exec(this.source)![0];
    this.at += opener.length;
    const inner = this.alternation();
    this.at++; // ")"
    // A lookaround consumes nothing (what it looks at is required only near the match: left out).
    if (opener === '(?=' || opener === '(?!' || opener === '(?<=' || opener === '(?<!') return EMPTY;
    return inner;
  }

  private characterClass(): Info {
    // Classes are not expanded: "[가-힣]" is 11,172 strings. A class of one character is that character
    // (a range is three members or more, so it never counts as one).
    this.at++;
    // A negated class is opaque; its "^" is read as a member, which changes nothing then.
    const members: string[] = [];
    let simple = this.source[this.at] !== '^';
    for (let c = this.source[this.at]!; c !== ']'; c = this.source[this.at]!) {
      if (c === '\\') {
        const next = this.source[this.at + 1]!;
        // An escaped syntax character is that character; any other escape is a set of characters or one
        // written as a code ("\\p{L}", "\\u{AC00}"): the class is opaque then, and the braces that
        // follow hold no "]" to end it early.
        if (LITERAL_ESCAPE.test(next)) members.push(next);
        else simple = false;
        this.at += 2;
        continue;
      }
      members.push(c);
      this.at++;
    }
    this.at++;
    return simple && members.length === 1 ? { exact: { list: members, shortest: 1 }, need: null } : UNKNOWN;
  }

  private escape(): Info {
    const next = this.source[this.at + 1]!;
    this.at += 2;
    if (next === 'b' || next === 'B') return EMPTY;
    if (!OPAQUE_ESCAPE.test(next)) return { exact: { list: [next], shortest: 1 }, need: null };
    // After \p, \P and \u a {…} belongs to the escape; after \d it is a quantifier of an opaque atom,
    // which stays opaque: skipped alike.
    if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
    else if (next === 'k') this.at = this.source.indexOf('>', this.at) + 1;
    else if (next === 'u') this.at += 4;
    else if (next === 'x') this.at += 2;
    else if (next === 'c') this.at += 1;
    return UNKNOWN;
  }
}

/**
 * Literals one of which every match of `source` (a regex without the i flag) contains, or undefined
 * when it requires none that this analysis can see.
 */
export function requiredLiterals(source: string): string[] | undefined {
  let info: Info;
  try {
    new RegExp(source, 'u');
    info = new Parser(source).parse();
  } catch {
    // Not a regex: nothing to require. (Nor can the matcher compile it; its tests say so first.)
    return undefined;
  }
  const need = better(info.need, required(info.exact));
  if (!need) return undefined;
  // Without the ones that hold another ("지문토큰" occurs only where "토큰" does), then cut.
  const kept: string[] = [];
  const literals = new Set(need.list.map((s) => (isPrefix(s) ? s.slice(0, -1) : s)));
  for (const literal of [...literals].sort((a, b) => a.length - b.length))
    if (!kept.some((k) => literal.includes(k))) kept.push(literal);
  return [...new Set(kept.map((s) => s.slice(0, LITERAL_UNITS)))];
}
