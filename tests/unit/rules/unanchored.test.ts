import { describe, expect, it } from 'vitest';
import { unanchored } from '../../../rules/matcher';

// The gate before any sentence is read tries each failure word and report phrase on the whole text, without
// its anchors: it must let through at least what a sentence reads.
describe('unanchored', () => {
  it('drops the anchors of a phrase and of a positive look-around', () => {
    expect(unanchored('^만료$')).toBe('만료');
    expect(unanchored('예외발생(?=[!.]*$)')).toBe('예외발생(?=[!.]*)');
    expect(unanchored('(?<=^|,)실패')).toBe('(?<=|,)실패');
  });

  it('keeps a negated class, an escaped caret and an anchor inside a negative look-around', () => {
    expect(unanchored('[^가-힣]오류')).toBe('[^가-힣]오류');
    expect(unanchored('\\^오류')).toBe('\\^오류');
    expect(unanchored('(?<!(?:^|[^가-힣])이)미설치')).toBe('(?<!(?:^|[^가-힣])이)미설치');
    expect(unanchored('오류(?!.*$)')).toBe('오류(?!.*$)');
  });

  it('lets through at least what the anchored phrase matches: the look-behind still refuses only "이미"', () => {
    const gate = new RegExp(unanchored('(?<!(?:^|[^가-힣])이)미설치$'), 'u');
    expect(gate.test('필수앱이미설치')).toBe(true);
    expect(gate.test('필수앱이미설치되어있지않습니다')).toBe(true);
    expect(gate.test('이미설치되어있습니다')).toBe(false);
  });
});
