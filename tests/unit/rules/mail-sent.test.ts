import { describe, expect, it } from 'vitest';
import { isMailSentNotice } from '../../../rules';
import { editDistance, suggestMailAddress, suggestMailDomain } from '../../../rules/email-typo';

describe('isMailSentNotice', () => {
  it.each([
    '발급 안내 메일이 발송되었습니다.',
    '입력하신 이메일로 인증 메일을 발송했습니다.',
    '인증서 발급 안내 메일을 보내드렸습니다. 메일함을 확인해 주세요.',
    'A verification e-mail has been sent to your address.',
  ])('recognises "%s"', (text) => expect(isMailSentNotice(text)).toBe(true));
  it.each([
    '메일 발송에 실패하였습니다.',
    '이메일 재발송',
    '메일 주소를 입력하세요',
    '안내 메일을 받으시겠습니까?',
    '본인확인에 실패하였습니다.',
  ])('ignores "%s"', (text) => expect(isMailSentNotice(text)).toBe(false));
});

describe('mail domain typos', () => {
  it.each([
    ['naver.con', 'naver.com'],
    ['nvaer.com', 'naver.com'],
    ['gmial.com', 'gmail.com'],
    ['gmail.co', 'gmail.com'],
    ['hanmail.ner', 'hanmail.net'],
    ['daum.ent', 'daum.net'],
    ['kakao.cmo', 'kakao.com'],
    ['NAVER.CON', 'naver.com'],
  ])('%s → %s', (typed, expected) => expect(suggestMailDomain(typed)).toBe(expected));

  it('leaves correct and unknown domains alone', () => {
    for (const domain of ['naver.com', 'gmail.com', 'mycompany.co.kr', 'example.org', 'kfcc.co.kr', ''])
      expect(suggestMailDomain(domain)).toBeUndefined();
  });

  it('suggests a whole address only when it has a local part and a domain', () => {
    expect(suggestMailAddress('hong@naver.con')).toBe('hong@naver.com');
    expect(suggestMailAddress('@naver.con')).toBeUndefined();
    expect(suggestMailAddress('hong@')).toBeUndefined();
    expect(suggestMailAddress('hong')).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('gmial', 'gmail')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
