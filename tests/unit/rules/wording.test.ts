import { describe, expect, it } from 'vitest';
import { compact } from '../../../rules/normalise';
import { formal } from '../../../rules/wording';

// The catalogue is written in the 합쇼체 and common words; formal() reads pages' other wordings as those.
describe('one reading of the ways of saying a report', () => {
  it.each([
    ['인증서를 찾을 수 없어요', '인증서를찾을수없습니다'],
    ['지금은 이용 시간이 아니에요', '지금은이용시간이아닙니다'],
    ['접속이 제한됐어요', '접속이제한됐습니다'],
    ['문제가 생겼어요', '문제가생겼습니다'],
    ['인증서 정보와 상이합니다', '인증서정보와다릅니다'],
    ['해당 서비스가 제공되지 아니합니다', '해당서비스가제공되지않습니다'],
    ['일련번호 미일치', '일련번호불일치'],
    ['인증서 만기 임박', '인증서만료임박'],
    ['만기일이 지났습니다', '만료일이지났습니다'],
    ['접속 불허', '접속허용되지않음'],
  ])('%s', (text, expected) => {
    expect(formal(compact(text))).toBe(expected);
  });

  it('leaves the imperative and the 합쇼체 as they are', () => {
    for (const text of ['비밀번호를 입력하세요', '인증서가 만료되었습니다', '다시 시도해 주십시오'])
      expect(formal(compact(text))).toBe(compact(text));
  });

  it('does not read 만기 in two words run together by compaction', () => {
    for (const text of [
      '8.0 미만 기기',
      '해외 IP 접속만 기본 차단됩니다',
      '본인 명의만 기존 인증서로',
      '평일만 기간 연장',
      '잠시만 기다려 주세요',
    ])
      expect(formal(compact(text))).toBe(compact(text));
  });

  it('does not take a syllable without a final ㅆ for a past tense', () => {
    // "먹어요" would be "먹습니다" only if 먹 ended in ㅆ; it does not.
    expect(formal('먹어요')).toBe('먹어요');
  });
});
