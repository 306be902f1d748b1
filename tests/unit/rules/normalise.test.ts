import { describe, expect, it } from 'vitest';
import { capMessage, compact, MAX_MESSAGE_BYTES, normalise } from '../../../rules/normalise';

// Pages and dialog programs write the same words in several ways: decomposed Hangul (macOS file
// names, some SDKs' message files), full-width Latin and digits, compatibility forms, invisible
// characters. The matcher sees one form of each.

/** 본인확인 with every syllable decomposed into its jamo (NFD), as macOS and some SDK files write it. */
const DECOMPOSED = '본인확인에 실패하였습니다'.normalize('NFD');

describe('compact: the matching form', () => {
  it('composes decomposed Hangul (NFD → NFKC), so its words are the catalogue keywords', () => {
    expect(DECOMPOSED).not.toBe('본인확인에 실패하였습니다');
    expect(compact(DECOMPOSED)).toBe('본인확인에실패하였습니다');
  });

  it('folds compatibility forms: full-width Latin and digits, circled and parenthesised ones', () => {
    expect(compact('ＡｎｙＳｉｇｎ４ＰＣ 오류')).toBe('anysign4pc오류');
    expect(compact('㈜한국전자인증 ① 단계')).toBe('(주)한국전자인증1단계');
  });

  it('drops every space, line break, control and format character, and lower-cases', () => {
    expect(compact(' 인증서\u00a0암호\u200b가\n\t틀렸습니다\u202e\ufeff ERROR ')).toBe(
      '인증서암호가틀렸습니다error',
    );
    expect(compact('\u00ad\u180e\u2060\u2064')).toBe('');
  });

  it('is stable: compact of compact changes nothing', () => {
    const once = compact(`${DECOMPOSED} Ｅｒｒｏｒ\u200b`);
    expect(compact(once)).toBe(once);
  });
});

describe('normalise: the readable form', () => {
  it('composes decomposed Hangul and folds full-width forms, keeping single spaces between words', () => {
    expect(normalise(DECOMPOSED)).toBe('본인확인에 실패하였습니다');
    expect(normalise('ＡＢＣ   인증서')).toBe('ABC 인증서');
  });

  it('turns control characters into spaces and removes format characters', () => {
    // A control character often stands where a dialog had its line break: the words stay apart.
    expect(normalise('인증서가\u0000만료되었습니다')).toBe('인증서가 만료되었습니다');
    expect(normalise('인증서가\u2028만료되었습니다')).toBe('인증서가 만료되었습니다');
    // Zero-width and bidi marks join what they sat between.
    expect(normalise('본인\u200b확인\u202e에 실패')).toBe('본인확인에 실패');
    expect(normalise('  \n 오류  \t 입니다 \n')).toBe('오류 입니다');
  });

  it('leaves plain ASCII and precomposed Hangul as they are', () => {
    expect(normalise('Error 1002: 인증서 암호가 틀렸습니다')).toBe('Error 1002: 인증서 암호가 틀렸습니다');
  });
});

describe('capMessage: the longest message looked at', () => {
  it('is 2 KB of UTF-8', () => expect(MAX_MESSAGE_BYTES).toBe(2048));

  it('leaves short texts whole, whatever their script', () => {
    const hangul = '가'.repeat(682); // 2,046 bytes
    expect(capMessage(hangul)).toBe(hangul);
    const ascii = 'a'.repeat(2048);
    expect(capMessage(ascii)).toBe(ascii);
  });

  it('cuts a longer text at the last whole character within 2 KB', () => {
    expect(capMessage('a'.repeat(5000))).toBe('a'.repeat(2048));
    // Three bytes a syllable: 682 fit (2,046 bytes), the 683rd would not.
    expect(capMessage('가'.repeat(1000))).toBe('가'.repeat(682));
    // A character outside the BMP (4 bytes) is never split into half a surrogate pair.
    const capped = capMessage(`${'a'.repeat(2046)}😀tail`);
    expect(capped).toBe('a'.repeat(2046));
  });

  it('is applied before matching and in both forms', () => {
    const long = `${'가'.repeat(700)} 실패`;
    expect(compact(long)).toBe('가'.repeat(682));
    expect(normalise(long)).toBe('가'.repeat(682));
  });
});
