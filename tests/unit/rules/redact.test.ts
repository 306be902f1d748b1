import { describe, expect, it } from 'vitest';
import { redact } from '../../../rules';

describe('redact', () => {
  it.each([
    ['주민등록번호 900101-1234567 이 일치하지 않습니다', '주민등록번호 ******-******* 이 일치하지 않습니다'],
    ['주민번호 9001011234567', '주민번호 *************'],
    ['외국인등록번호 900101-5234567', '외국인등록번호 ******-*******'],
    ['휴대폰 010-1234-5678 로 인증번호를 보냈습니다', '휴대폰 ***-****-**** 로 인증번호를 보냈습니다'],
    ['01012345678', '***********'],
    ['연락처 02-123-4567', '연락처 **-***-****'],
    // The country code is not personal; the number is.
    ['+82 10-1234-5678', '+82 **-****-****'],
    ['카드 1234-5678-9012-3456 승인 실패', '카드 ****-****-****-**** 승인 실패'],
    ['카드 1234 5678 9012 3456', '카드 **** **** **** ****'],
    ['출금계좌 123-456789-01-234 비밀번호 오류', '출금계좌 ***-******-**-*** 비밀번호 오류'],
    ['hong.gildong+kb@naver.com 으로 메일을 보냈습니다', '***@naver.com 으로 메일을 보냈습니다'],
    ['성명: 홍길동 님의 정보가 일치하지 않습니다', '성명: *** 님의 정보가 일치하지 않습니다'],
    ['참조번호 12345678901', '참조번호 ***********'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('keeps what is not personal: error codes, counts, service numbers, dates', () => {
    for (const text of ['오류코드 : 2417', '인증서 암호를 5회이상 실패하셨습니다.', '고객센터 1588-0030, 1544-0050', '유효기간 2026.12.31', '[E1234]', '성명 확인']) {
      expect(redact(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    const samples = ['900101-1234567 010-1234-5678 a.b@c.kr 1234-5678-9012-3456 성명: 김철수', '계좌 110-123-456789', '아무 개인정보 없음'];
    for (const sample of samples) expect(redact(redact(sample))).toBe(redact(sample));
  });

  it('leaves no run of 7 or more digits', () => {
    const text = redact('문의번호 20261125001 / 접수 987654321 / 주문 1234567');
    expect(text).not.toMatch(/\d{7,}/);
  });
});
