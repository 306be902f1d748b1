import { describe, expect, it } from 'vitest';
import { classify, extractCode, redact } from '../../../rules';
import { isCodeTag } from '../../../rules/codes';

// A code is shown back as "오류코드 …" in the hint, popup, history and report, and a page chooses
// its own text: only code-shaped strings may become one (issue 11).
describe('error codes', () => {
  it.each([
    ['처리 중 오류가 발생하였습니다. 오류코드 : 2417', '2417'],
    ['인증서 발급에 실패했습니다.[E1234]', 'E1234'],
    ['에러코드[E1234]', 'E1234'],
    ['서버와의 통신 중 오류가 발생했습니다 (-1001)', '-1001'],
    ['Delfino Handler Error : code = 1002', '1002'],
    ['errorCode=E12', 'E12'],
    ['[-2]', '-2'],
    ['오류코드 30001', '30001'],
  ])('%s → %s', (text, code) => {
    expect(extractCode(text)).toBe(code);
  });

  it.each([
    '오류코드 : 900101',
    '[900101]',
    '오류코드 1990.01.01',
    '오류코드: 010-1234-5678',
    '오류코드 010 1234 5678',
    '오류코드 02-123-4567',
    '오류코드: 0101',
    '(고객센터 1588-0030)',
    '오류코드 1588-0030',
    '오류코드 1234abc',
    '등록 후 (30)일이 지나',
    '오류코드 ******',
  ])('no code in %s', (text) => {
    expect(extractCode(text)).toBeUndefined();
  });

  it('a bracketed birth date never becomes the error code of a stored diagnosis', () => {
    // As the background sees it: the content script redacted it first, and the matcher reads codes.
    for (const text of [
      '본인확인에 실패하였습니다 [900101]',
      '본인확인에 실패하였습니다 오류코드 900101',
      '본인확인에 실패하였습니다 오류코드: 010-1234-5678',
    ]) {
      expect(classify(text)[0]?.code, text).toBeUndefined();
      expect(classify(redact(text))[0]?.code, text).toBeUndefined();
    }
  });
});

describe('a tag that is a code and nothing else', () => {
  it.each([
    ['[2021]', true],
    ['[E-1003]', true],
    ['[CF-13000]', true],
    ['[ERR_CERT]', true],
    ['[ 6002 ]', true],
    // Not a code: a product, a word, a birth date, the start of a mobile number.
    ['[ASTx]', false],
    ['[알림]', false],
    ['[900101]', false],
    ['[010]', false],
  ])('%s → %s', (tag, expected) => {
    expect(isCodeTag(tag)).toBe(expected);
  });
});
