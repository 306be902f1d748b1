import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problems } from '../../../rules';
import { PREDICATES } from '../../../rules/catalogue/signals';
import { compact } from '../../../rules/normalise';
import { requiredLiterals } from '../../../rules/required-literals';
import { readCorpus } from '../../../scripts/lib/corpus';
import { propertyRuns } from '../../harness/time-budget';

/**
 * The regexes the matcher gates, as it builds them: any failure word, each problem's reports, and its
 * topics by weight.
 */
function gatedSources(): string[] {
  const sources: string[] = [
    `${PREDICATES.strong}|${PREDICATES.medium}|${PREDICATES.weak}|${PREDICATES.instruction}`,
  ];
  for (const problem of problems) {
    if (problem.reports?.length) sources.push(problem.reports.map((s) => `(?:${s})`).join('|'));
    const byWeight = new Map<number, string[]>();
    for (const topic of problem.topics ?? []) {
      const [source, weight] = typeof topic === 'string' ? [topic, 1] : topic;
      byWeight.set(weight, [...(byWeight.get(weight) ?? []), source]);
    }
    for (const group of byWeight.values()) sources.push(group.map((s) => `(?:${s})`).join('|'));
  }
  return sources;
}

/** A regex fragment and one string it matches. */
interface Fragment {
  source: string;
  match: string;
  /** Whether a quantifier written after it applies to all of it. */
  atom: boolean;
}

const leaf = (source: string, match: string): Fragment => ({ source, match, atom: true });

/** Every kind of atom JavaScript's u-flag syntax has, each with a string it matches. */
const LEAVES: Fragment[] = [
  // Characters that stand for themselves, including one of two units and syntax-free punctuation.
  ...['인', '증', '서', '실', '패', 'a', 'b', 'x', '1', ' ', ',', '-', '/', '=', '<', '>', '😀'].map((c) =>
    leaf(c, c),
  ),
  // Syntax characters made literal.
  ...['.', '(', ')', '?', '*', '+', '[', ']', '{', '}', '|', '^', '$', '/', '\\'].map((c) =>
    leaf(`\\${c}`, c),
  ),
  // Sets and characters written as codes.
  ...(
    [
      ['\\d', '7'],
      ['\\D', 'x'],
      ['\\s', ' '],
      ['\\S', '가'],
      ['\\w', 'a'],
      ['\\W', '!'],
      ['\\p{L}', '가'],
      ['\\P{L}', '1'],
      ['\\p{Script=Hangul}', '한'],
      ['\\u{AC00}', '가'],
      ['\\u{1F600}', '😀'],
      ['\\uAC00', '가'],
      ['\\x41', 'A'],
      ['\\cJ', '\n'],
      ['\\n', '\n'],
      ['\\t', '\t'],
      ['.', '가'],
    ] as const
  ).map(([source, match]) => leaf(source, match)),
  // Classes: ranges, negation, escapes inside, a lone member.
  ...(
    [
      ['[가-힣]', '한'],
      ['[^가]', 'a'],
      ['[a\\-z]', '-'],
      ['[-a]', '-'],
      ['[a-]', 'a'],
      ['[\\]]', ']'],
      ['[^\\]]', 'q'],
      ['[\\d.]', '.'],
      ['[\\p{L}]', 'x'],
      ['[\\u{1F600}a]', '😀'],
      ['[x]', 'x'],
      ['[\\^]', '^'],
      ['[^]', 'q'],
      ['[인]', '인'],
    ] as const
  ).map(([source, match]) => leaf(source, match)),
  leaf('(?:)', ''),
];

let groupNames = 0;
/** A fragment as one atom: a group around it when it is more. */
function asAtom(f: Fragment, opener: string): Fragment {
  if (f.atom && opener === '') return f;
  const open = opener === '(?<' ? `(?<g${groupNames++}>` : opener || '(?:';
  return { source: `${open}${f.source})`, match: f.match, atom: true };
}

const QUANTIFIERS: [source: string, min: number, max: number][] = [
  ['?', 0, 1],
  ['*', 0, 3],
  ['+', 1, 3],
  ['{2}', 2, 2],
  ['{1,3}', 1, 3],
  ['{0,}', 0, 2],
  ['{2,}', 2, 3],
  ['{0,1}', 0, 1],
];

const fragment: fc.Arbitrary<Fragment> = fc.letrec<{ fragment: Fragment }>((tie) => ({
  fragment: fc.oneof(
    // A bounded depth: nested quantifiers multiply the matching string's length and the engine's work,
    // and one deep draw once took a CI run past the test's five seconds.
    { depthSize: 'small', withCrossShrink: true, maxDepth: 4 },
    fc.constantFrom(...LEAVES),
    // A sequence.
    fc.array(tie('fragment'), { minLength: 2, maxLength: 4 }).map((parts) => ({
      source: parts.map((p) => (p.source.includes('|') && !p.atom ? `(?:${p.source})` : p.source)).join(''),
      match: parts.map((p) => p.match).join(''),
      atom: false,
    })),
    // Alternatives: the string matches one of them.
    fc.tuple(fc.array(tie('fragment'), { minLength: 2, maxLength: 4 }), fc.nat()).map(([branches, pick]) => ({
      source: branches.map((b) => b.source).join('|'),
      match: branches[pick % branches.length]!.match,
      atom: false,
    })),
    // A quantified atom, greedy or lazy, inside any kind of group.
    fc
      .tuple(
        tie('fragment'),
        fc.constantFrom(...QUANTIFIERS),
        fc.boolean(),
        fc.nat(),
        fc.constantFrom('', '(?:', '(', '(?<'),
      )
      .map(([f, [quantifier, min, max], lazy, n, opener]) => {
        const atom = asAtom(f, opener);
        return {
          source: `${atom.source}${quantifier}${lazy ? '?' : ''}`,
          match: atom.match.repeat(min + (n % (max - min + 1))),
          atom: false,
        };
      }),
  ),
})).fragment;

const holdsOne = (text: string, literals: string[] | undefined) =>
  !literals || literals.some((l) => text.includes(l));

describe('literals a regex requires', () => {
  it('reads plain strings, alternatives, optional parts and repeats', () => {
    expect(requiredLiterals('인증서')).toEqual(['인증서']);
    // "보안토큰" stands in both readings: the one literal needed.
    expect(requiredLiterals('(?:지문)?보안토큰')).toEqual(['보안토큰']);
    expect(requiredLiterals('(?:지문|바이오)?토큰')?.sort()).toEqual(['토큰']);
    expect(requiredLiterals('(?:가|이)없')?.sort()).toEqual(['가없', '이없']);
    expect(requiredLiterals('실패|오류')?.sort()).toEqual(['실패', '오류']);
    expect(requiredLiterals('(?:ab)+c')).toEqual(['ab']);
    // A quantifier binds to the last character only.
    expect(requiredLiterals('인증서?')).toEqual(['인증']);
    expect(requiredLiterals('a{2}b')).toEqual(['aab']);
  });

  it('requires nothing it cannot see: classes, any character, optional parts, lookarounds, backreferences', () => {
    for (const source of [
      '[가-힣]+',
      '.',
      '(?:인증서)?',
      '(?=인증서)',
      '(?<!인증서)',
      '(a)?\\1',
      'x*',
      '\\d{3}',
      '인증서|.',
    ]) {
      expect(requiredLiterals(source), source).toBeUndefined();
    }
    // A lookaround is not part of the match: what follows it still is.
    expect(requiredLiterals('(?<!보안)매체')).toEqual(['매체']);
    // Escaped syntax characters are literal; a literal is cut to a few units.
    const escaped = requiredLiterals('서버\\(local\\)');
    expect(escaped).toHaveLength(1);
    expect('서버(local)').toContain(escaped![0]);
    expect(escaped![0]!.length).toBe(4);
  });

  it('reads every kind of syntax for what it is', () => {
    const cases: [source: string, literals: string[] | undefined][] = [
      // A code point of two units is one character, both units bound to a quantifier after it.
      ['😀?인증서', ['인증서']],
      ['인증😀?서버', ['인증서버', '인증😀']],
      ['😀+', ['😀']],
      // Sets and characters written as codes, with or without braces, are opaque; what follows is read on.
      ['\\p{L}+인증서', ['인증서']],
      ['\\P{Script=Hangul}인증서', ['인증서']],
      ['\\u{AC00}인증', ['인증']],
      ['\\uAC00인증', ['인증']],
      ['\\x41인증', ['인증']],
      ['\\cJ인증', ['인증']],
      ['\\d{3}인증', ['인증']],
      ['\\bcert\\B', ['cert']],
      ['가\\b나다', ['가나다']],
      ['가\\B나', ['가나']],
      // Back-references match what their group did: unknown here, but the group's own text is required.
      ['(ab)\\1인증서', ['인증서']],
      ['(?<n>ab)\\k<n>인증서', ['인증서']],
      ['(?<name1>인증서)실패', ['인증서실']],
      ['(?<name1>인증서)\\k<name1>', ['인증서']],
      // Quantifiers: counted, open-ended, lazy.
      ['(?:ab){2,2}c', ['abab']],
      ['(?:ab){2}c', ['abab']],
      // Counted at least so often: the first copies start every match.
      ['(?:ab){2,5}c', ['abab']],
      ['(?:ab){2,}c', ['abab']],
      ['x(?:ab){0,1}c', ['xc', 'xabc']],
      ['(?:ab)+?c', ['ab']],
      ['x(?:ab)??c', ['xc', 'xabc']],
      ['x(?:ab)*c', ['x']],
      ['가{2}나', ['가가나']],
      // After a run of plain characters a quantifier binds to the last one only.
      ['인증서*', ['인증']],
      ['인증서+', ['인증서']],
      ['인증서{2}', ['인증서서']],
      ['x{10}y', ['xxxx']],
      ['(?:가|나){2}다', ['가가다', '가나다', '나가다', '나나다']],
      // Classes: one member is that character; more, a range, a negation or a set is opaque.
      ['[\\]]인증', [']인증']],
      ['[인]증서', ['인증서']],
      ['[-]a', ['-a']],
      ['[^인]증서', ['증서']],
      ['[^]인증', ['인증']],
      ['[a-z]인증', ['인증']],
      ['[\\p{L}]인증', ['인증']],
      ['[\\d]인증', ['인증']],
      ['[ab]인증', ['인증']],
      ['[\\da]인증', ['인증']],
      // Anchors and boundaries consume nothing, wherever they stand.
      ['^인증$', ['인증']],
      ['x^y', ['xy']],
      ['x$y', ['xy']],
      // Escaped syntax characters stand for themselves.
      ['\\(가\\)', ['(가)']],
      ['\\d{2}인증\\.', ['인증.']],
      ['인(?=증)', ['인']],
      ['인(?!증)서', ['인서']],
      ['(?<=인증)서버', ['서버']],
      // Alternatives inside a sequence, known strings multiplied out.
      ['(?:가|나)(?:다|라)마', ['가다마', '가라마', '나다마', '나라마']],
      ['(?:인증|보안)(?:서|토큰)', ['인증서', '인증토큰', '보안서', '보안토큰']],
      // Alternatives whose strings are unknown pool their requirements, however long each is.
      ['인증서버|가나다라', ['인증서버', '가나다라']],
      ['(?:인증서버.|가.)다라', ['다라']],
      // Known strings before something unknown start every match: prefixes, multiplied on from the left.
      ['인증서(?:암호|비밀번호|pin)', ['인증서암', '인증서비', '인증서p']],
      ['(?:범용|개인용)인증서[^.]{0,10}불가', ['범용인증', '개인용인']],
      ['(?:가|나).{0,3}라마바', ['라마바']],
      ['(?:가나|다라).{0,3}(?:마|바)', ['가나', '다라']],
      ['(?:가나다.|라마)바', ['가나다', '라마바']],
      ['x(?:ab)+c', ['xab']],
    ];
    for (const [source, literals] of cases)
      expect(requiredLiterals(source)?.sort(), source).toEqual(literals?.sort());
  });

  it('multiplies known strings out up to 64, and pools up to 1,000 alternatives', () => {
    const syllables = (n: number, from = 0xac00) =>
      Array.from({ length: n }, (_, i) => String.fromCharCode(from + i));
    const eight = `(?:${syllables(8).join('|')})`;
    const nine = `(?:${syllables(9, 0xb098).join('|')})`;
    // 8 × 8 = 64 two-syllable strings, each a better requirement than any one syllable.
    expect(requiredLiterals(`${eight}${eight}`)).toHaveLength(64);
    // 9 × 8 = 72: too many; the eight syllables of one part are required instead.
    expect(requiredLiterals(`${nine}${eight}`)?.sort()).toEqual(syllables(8).sort());
    // An alternation of 64 known strings is still known, and multiplied by what follows; of 65 it is not.
    expect(requiredLiterals(`(?:${syllables(64).join('|')})x`)).toHaveLength(64);
    expect(requiredLiterals(`(?:${syllables(65).join('|')})x`)).toEqual(['x']);
    // Requirements are pooled over as many as 1,000 alternatives; beyond, nothing is required.
    const words = (n: number) => syllables(n).map((s) => `${s}인증서`);
    expect(requiredLiterals(words(1_000).join('|'))).toHaveLength(1_000);
    expect(requiredLiterals(words(1_001).join('|'))).toBeUndefined();
    // An alternative that requires nothing makes the whole require nothing.
    expect(requiredLiterals('인증서|x?')).toBeUndefined();
    expect(requiredLiterals('x?|인증서')).toBeUndefined();
  });

  it('prefers longer literals (up to four units), then fewer', () => {
    expect(requiredLiterals('인증.보안토큰')).toEqual(['보안토큰']);
    expect(requiredLiterals('보안토큰.인증')).toEqual(['보안토큰']);
    expect(requiredLiterals('(?:가|나|다)라.마바')).toEqual(['마바']);
    expect(requiredLiterals('마바.(?:가|나|다)라')).toEqual(['마바']);
    expect(requiredLiterals('(?:가|나)라.(?:마|바)사')?.sort()).toEqual(['가라', '나라']);
    expect(requiredLiterals('(?:가|나|다)라.(?:마|바)사')?.sort()).toEqual(['마사', '바사']);
    expect(requiredLiterals('(?:가|나|다)라마.바')?.sort()).toEqual(['가라마', '나라마', '다라마']);
    // A literal that holds another says nothing more: only the shorter is kept.
    expect(requiredLiterals('토큰|보안토큰')).toEqual(['토큰']);
  });

  it('gives up on what it cannot parse rather than guess', () => {
    for (const source of [
      '(?:unclosed',
      'a{x}',
      '[unclosed',
      'a)b',
      '*a',
      'a|+',
      '}',
      ']',
      'a\\',
      '[a\\',
      '\\p{L',
      '\\k<n',
      'a{2,x}',
    ])
      expect(requiredLiterals(source), source).toBeUndefined();
  });

  // Soundness is what matters: a regex that matches where none of its literals occurs would be
  // skipped by the matcher, and a diagnosis lost.
  it('never leaves out a literal a catalogue regex needed, on every corpus line and sentence', () => {
    const texts = readCorpus()
      .flatMap((line) => [line.message, ...line.message.split(/(?<=[.?!:])\s*/u)])
      .map(compact);
    const unsound: string[] = [];
    for (const source of gatedSources()) {
      const regex = new RegExp(source, 'u');
      const literals = requiredLiterals(source);
      for (const text of texts)
        if (regex.test(text) && !holdsOne(text, literals)) unsound.push(`${source.slice(0, 60)} ⇐ ${text}`);
    }
    expect(unsound).toEqual([]);
  });

  it("never leaves out a literal, on texts made of the regexes' own pieces", () => {
    const sources = gatedSources();
    const pieces = [
      ...new Set(
        sources.flatMap((s) => s.split(/[()|?*+[\]{}\\^$]+/u)).filter((p) => p.length > 0 && p.length < 12),
      ),
    ];
    const regexes = sources.map((source) => ({
      regex: new RegExp(source, 'u'),
      literals: requiredLiterals(source),
    }));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces, '가', '이', '를', '1', '.'), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const text = parts.join('');
          for (const { regex, literals } of regexes)
            if (regex.test(text))
              expect(holdsOne(text, literals), `${regex.source.slice(0, 60)} on ${text}`).toBe(true);
        },
      ),
      { numRuns: 3_000 },
    );
  });
  // The same on any regex: every kind of syntax, nested, with a string each one matches.
  it('never leaves out a literal, on generated regexes of every kind of syntax', () => {
    fc.assert(
      fc.property(fragment, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (f, before, after) => {
        const text = before + f.match + after;
        expect(new RegExp(f.source, 'u').test(text), `${f.source} on ${text}`).toBe(true);
        expect(holdsOne(text, requiredLiterals(f.source)), `${f.source} on ${text}`).toBe(true);
      }),
      { numRuns: propertyRuns(2_000) },
    );
    // (A generous time: the engine's work on a drawn regex varies by orders of magnitude between draws.)
  }, 20_000);

  // And it reads every regex to its end: a literal after any fragment is found.
  it('reads past any fragment to the literal after it', () => {
    fc.assert(
      fc.property(fragment, (f) => {
        expect(requiredLiterals(`(?:${f.source})?인증서버`), f.source).toEqual(['인증서버']);
        expect(requiredLiterals(`인증서버(?:${f.source})*`), f.source).toEqual(['인증서버']);
      }),
      { numRuns: propertyRuns(1_000) },
    );
  });
});
