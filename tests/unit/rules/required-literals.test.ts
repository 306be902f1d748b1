import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problems } from '../../../rules';
import { compact } from '../../../rules/normalise';
import { requiredLiterals } from '../../../rules/required-literals';
import { readCorpus } from '../../../scripts/lib/corpus';

/** The regexes the matcher gates, as it builds them: each problem's reports, and its topics by weight. */
function gatedSources(): string[] {
  const sources: string[] = [];
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

  it('gives up on what it cannot parse rather than guess', () => {
    for (const source of ['(?:unclosed', 'a{x}', '[unclosed', 'a)b'])
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
});
