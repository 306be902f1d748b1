import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capMessage, compact, nfkcStable, normalise } from '../../../rules/normalise';
import { propertyRuns } from '../../harness/time-budget';

// normalise() and compact() take fast paths for the common text (printable ASCII, precomposed
// Hangul, single spaces). Each must give exactly what the plain chain of replacements gives: these
// are that chain, as it was before the fast paths.
const NFKC_STABLE = /^[\u0020-\u007e\uac00-\ud7a3\s]*$/u;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const FORMAT = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const NOT_COMPACT =
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+/g;
const nfkc = (text: string) => (NFKC_STABLE.test(text) ? text : text.normalize('NFKC'));
const plainNormalise = (text: string) =>
  nfkc(capMessage(text)).replace(CONTROL, ' ').replace(FORMAT, '').replace(/\s+/g, ' ').trim();
const plainCompact = (text: string) => nfkc(capMessage(text)).replace(NOT_COMPACT, '').toLowerCase();

/** Pieces where the fast paths could go wrong: every kind of space, case, width, composition, surrogates. */
const PIECES = [
  'a',
  'B',
  'Z',
  'z',
  '@',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u00ad',
  '\u0085',
  '\u007f',
  '가',
  '힣',
  'ㄱ',
  'ᄀ',
  '①',
  '㈜',
  'Ａ',
  'ｶ',
  'İ',
  'ß',
  'É',
  'e\u0301',
  '\ud83d\ude00',
  '\ud800',
  '\udc00',
  '.',
  '(',
  '）',
];

describe('normal forms', () => {
  it('skips NFKC for exactly the units the old stability regex accepted', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = String.fromCharCode(unit);
      if (nfkcStable(text) !== NFKC_STABLE.test(text)) expect.fail(`U+${unit.toString(16)}`);
    }
    for (const text of ['가\ud83d\ude00', 'ab\ud800', '', ' \u3000가a'])
      expect(nfkcStable(text), JSON.stringify(text)).toBe(NFKC_STABLE.test(text));
  });

  it('gives what the plain replacements give, for any mix of spaces, cases, widths and surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(compact(text)).toBe(plainCompact(text));
        expect(normalise(text)).toBe(plainNormalise(text));
      }),
      { numRuns: propertyRuns(20_000) },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(compact(text)).toBe(plainCompact(text));
        expect(normalise(text)).toBe(plainNormalise(text));
      }),
      { numRuns: propertyRuns(5_000) },
    );
    // Thousands of cases: seconds on a machine that other engineers' browsers share.
  }, 60_000);

  it('gives what the plain replacements give past the length cap', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 600, maxLength: 900 }), (pieces) => {
        const text = pieces.join('');
        expect(compact(text)).toBe(plainCompact(text));
        expect(normalise(text)).toBe(plainNormalise(text));
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
