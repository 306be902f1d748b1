import { describe, expect, it } from 'vitest';
import { regexTokens } from '../../../rules/regex-tokens';

const kinds = (source: string) => [...regexTokens(source)].map((t) => `${t.kind}:${t.text}`);

describe('regexTokens', () => {
  it('cuts a source into escapes, classes, openings, closings and characters that join back into it', () => {
    const source = '(?<!이)미설치(?:됨|\\))[^(\\]]$';
    expect([...regexTokens(source)].map((t) => t.text).join('')).toBe(source);
    expect(kinds(source)).toEqual([
      'open:(',
      'char:?',
      'char:<',
      'char:!',
      'char:이',
      'close:)',
      'char:미',
      'char:설',
      'char:치',
      'open:(',
      'char:?',
      'char::',
      'char:됨',
      'char:|',
      'escape:\\)',
      'close:)',
      'class:[^(\\]]',
      'char:$',
    ]);
  });

  it('marks negative look-arounds only', () => {
    const negative = (source: string) =>
      [...regexTokens(source)].flatMap((t) => (t.kind === 'open' ? [t.negative] : []));
    expect(negative('(?!a)(?<!b)(?=c)(?<=d)(?:e)(f)')).toEqual([true, true, false, false, false, false]);
  });

  it('an unclosed class runs to the end of the source', () => {
    expect(kinds('a[bc')).toEqual(['char:a', 'class:[bc']);
  });
});
