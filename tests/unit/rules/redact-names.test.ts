import { describe, expect, it } from 'vitest';
import { redact } from '../../../rules';

// The name rules from both sides: after a name label, or before a title, a name is masked, and the
// ordinary words that stand there in real messages ("예금주 정보", "성명 오류", "사용자님") are not.

/** Words that follow a name label in messages, each starting like a family name: none is a name. */
const WORDS_AFTER_A_LABEL =
  '정보 오류 변경 조회 인증 정확 주민 전화 명의 모두 형식 문자 한글 공백 길이 최대 최소 고객 사용 이용 가입 신청 승인 유효 보안 공동 금융 전자 서명 서비스 시스템 상태 사업 이체 한도 시간 기간 문의 상담 안내 공지 주의 경고 선택 복사 이동 지원 설치 모듈 최신 최초 정지 용도 은행 보험 국세 정부 민원 제약 제한 이상 이하 오류코드 인증서 인증번호 신청서 사용자 이용자 가입자 신청자 소유자 명의자 예금주 주민번호 전화번호 유효기간 공동인증서 금융인증서 조회중 오기입 상이 동일 전체'.split(
    ' ',
  );

describe('redact: names after a label', () => {
  it.each(WORDS_AFTER_A_LABEL)('"고객명 %s" keeps the word', (word) => {
    expect(redact(`고객명 ${word} 확인 바랍니다`)).toBe(`고객명 ${word} 확인 바랍니다`);
    expect(redact(`예금주 ${word}가 다릅니다`)).toBe(`예금주 ${word}가 다릅니다`);
  });

  it.each([
    ['성명', '홍길동'],
    ['성함', '김철수'],
    ['고객명', '이영희'],
    ['예금주', '박민수'],
    ['명의자', '최지우'],
    ['신청인', '정다희'],
    ['신청자명', '강하늘'],
    ['가입자명', '조민호'],
    ['소유자명', '윤서연'],
  ])('a name after "%s" is masked, with or without a colon', (label, name) => {
    expect(redact(`${label} ${name} 확인 불가`)).toBe(`${label} *** 확인 불가`);
    expect(redact(`${label}: ${name}`)).toBe(`${label}: ***`);
    expect(redact(`${label}：${name} 님`)).toBe(`${label}：*** 님`);
  });

  it('a second label after a label is no name: the name after it is masked', () => {
    expect(redact('가입자명 고객명 김민 성명: 김민')).toBe('가입자명 고객명 *** 성명: ***');
    expect(redact('이름: 성명: 김민')).toBe('이름: 성명: ***');
  });

  it('"이름" needs its colon: "이름 규칙" is a phrase, "이름: 홍길동" a name', () => {
    expect(redact('이름 홍길동')).toBe('이름 홍길동');
    expect(redact('이름: 홍길동')).toBe('이름: ***');
  });

  it('a name with a particle keeps the particle; a word that only starts like a listed word is still a name', () => {
    expect(redact('예금주 홍길동님 확인 불가')).toBe('예금주 ***님 확인 불가');
    expect(redact('예금주 김철수는 일치하지 않습니다')).toBe('예금주 ***는 일치하지 않습니다');
    expect(redact('고객명 정지훈 확인')).toBe('고객명 *** 확인');
    expect(redact('고객명 한도윤 확인')).toBe('고객명 *** 확인');
    expect(redact('고객명 이동준 확인')).toBe('고객명 *** 확인');
  });

  it('a three-syllable word ending like a particle is masked whole: 정다은 is a name, not 정다 + 은', () => {
    // Masking "정다" and showing "은" would leave a syllable of the name readable.
    expect(redact('신청인 정다은')).toBe('신청인 ***');
    expect(redact('신청인 정다은 님의 인증서')).toBe('신청인 *** 님의 인증서');
    expect(redact('예금주 김수이 확인 불가')).toBe('예금주 *** 확인 불가');
    expect(redact('성명: 한지은')).toBe('성명: ***');
    // Four syllables and more: the particle is taken off and kept.
    expect(redact('신청인 김민수의 인증서')).toBe('신청인 ***의 인증서');
    expect(redact('예금주 정다은은 일치하지 않습니다')).toBe('예금주 ***은 일치하지 않습니다');
    // Titles always end the name, however short.
    expect(redact('고객명 김민님 확인')).toBe('고객명 ***님 확인');
    // A listed word with a particle is still that word.
    expect(redact('고객명 정보가 없습니다')).toBe('고객명 정보가 없습니다');
  });

  it('a word that cannot be a name is kept: one syllable, more than four, or not starting like a family name', () => {
    expect(redact('고객명 김 확인')).toBe('고객명 김 확인');
    expect(redact('고객명 김가나다라마 확인')).toBe('고객명 김가나다라마 확인');
    expect(redact('고객명 뷁뷁 확인')).toBe('고객명 뷁뷁 확인');
  });
});

describe('redact: names before a title or beside a birth date', () => {
  it.each([
    '고객',
    '회원',
    '사용자',
    '이용자',
    '가입자',
    '신청자',
    '본인',
    '관리자',
    '선생',
    '여러분',
    '손님',
    '담당자',
    '회원가입',
  ])('"%s님" is a title, not a name', (word) => {
    expect(redact(`${word}님, 다시 시도해 주세요`)).toBe(`${word}님, 다시 시도해 주세요`);
  });

  it('a name before 님, 고객님 or 회원님 is masked, with or without a space', () => {
    expect(redact('홍길동 회원님의 인증서가 만료되었습니다')).toBe('*** 회원님의 인증서가 만료되었습니다');
    expect(redact('홍길동회원님 확인')).toBe('***회원님 확인');
    expect(redact('김철수 님, 다시 시도해 주세요')).toBe('*** 님, 다시 시도해 주세요');
  });

  it('a word that is no name before 님 after a space is kept ("안내 님"); glued to 님 any word is taken for one', () => {
    expect(redact('안내 님')).toBe('안내 님');
    expect(redact('아무개님')).toBe('***님');
  });

  it('a verb or a word with its particle before 고객님 is no name: the failure it carries stays', () => {
    expect(redact('이용을 하지않아 고객님의 본인인증이 취소되었습니다.')).toBe(
      '이용을 하지않아 고객님의 본인인증이 취소되었습니다.',
    );
    expect(redact('네트워크 오류로 고객님의 본인인증이 취소되었습니다.')).toBe(
      '네트워크 오류로 고객님의 본인인증이 취소되었습니다.',
    );
    expect(redact('10분이 경과되어 고객님의 안전한 금융거래를 위해 자동 종료되었습니다')).toBe(
      '10분이 경과되어 고객님의 안전한 금융거래를 위해 자동 종료되었습니다',
    );
    expect(redact('하지원 고객님, 인증이 취소되었습니다.')).toBe('*** 고객님, 인증이 취소되었습니다.');
  });

  it('beside a birth date: six digits, a full number, or a masked date in brackets', () => {
    expect(redact('홍길동(900101-1234567) 확인')).toBe('***(******-*******) 확인');
    expect(redact('홍길동 ( 1990.01.01 ) 확인')).toBe('*** ( ****.**.** ) 확인');
    expect(redact('홍길동(1990년 1월 1일) 확인')).toBe('***(****년 *월 *일) 확인');
    // Not a name: the word is not shaped like one, or the brackets hold no birth date.
    expect(redact('안내(900101)')).toBe('안내(******)');
    expect(redact('홍길동(12)')).toBe('홍길동(12)');
  });
});

describe('redact: numbers', () => {
  it('masks spaced, dotted and bracketed phones, and the country code form, but not service numbers', () => {
    expect(redact('010 1234 5678')).toBe('*** **** ****');
    expect(redact('010  1234  5678')).toBe('***  ****  ****');
    expect(redact('010-123-4567')).toBe('***-***-****');
    expect(redact('02)123-4567')).toBe('**)***-****');
    expect(redact('+82.10.1234.5678')).toBe('+82.**.****.****');
    expect(redact('+ 82 10 1234 5678')).toBe('+ 82 ** **** ****');
    expect(redact('1588-0030')).toBe('1588-0030');
    expect(redact('1544 0050')).toBe('1544 0050');
  });

  it('a phone number inside a longer dashed number is masked with it, as one account', () => {
    expect(redact('계좌 110-010-1234-5678')).toBe('계좌 ***-***-****-****');
    expect(redact('계좌 12-34-56')).toBe('계좌 12-34-56');
  });

  it('birth dates in each written form, but not dates that say from or until when', () => {
    expect(redact('1990/01/01')).toBe('****/**/**');
    expect(redact('1990. 1. 1.')).toBe('****. *. *.');
    expect(redact('2015-12-31')).toBe('****-**-**');
    expect(redact('2016-12-31')).toBe('2016-12-31');
    expect(redact('1990.01.01부터')).toBe('1990.01.01부터');
    expect(redact('1990.01.01 이후')).toBe('1990.01.01 이후');
    expect(redact('1990.01.01까지')).toBe('1990.01.01까지');
    expect(redact('1899.01.01')).toBe('1899.01.01');
  });

  it('registration numbers with an en dash or spaces (and any run of six digits or more)', () => {
    expect(redact('900101–1234567')).toBe('******–*******');
    expect(redact('900101 - 1234567')).toBe('****** - *******');
    expect(redact('생년 900101-9234567')).toBe('생년 ******-*******');
  });

  it('full-width digits are read as digits', () => {
    expect(redact('０１０-１２３４-５６７８')).toBe('***-****-****');
  });

  it('digit runs of six or more in any script', () => {
    expect(redact('١٢٣٤٥٦')).toBe('******');
    expect(redact('١٢٣٤٥')).toBe('١٢٣٤٥');
  });
});

describe('redact: e-mail addresses', () => {
  it('keeps the domain and drops the local part, however it is written', () => {
    expect(redact('홍길동.kim_01%x+y-z@naver.com')).toBe('***@naver.com');
    expect(redact('메일 a@b.co.kr 확인')).toBe('메일 ***@b.co.kr 확인');
    expect(redact('𝒶𝒷@naver.com')).toBe('***@naver.com');
  });

  it('leaves an "@" with no local part or no domain as it is', () => {
    expect(redact('@naver.com')).toBe('@naver.com');
    expect(redact('hong@')).toBe('hong@');
    expect(redact('hong@localhost')).toBe('hong@localhost');
    // The local part never runs back across another "@".
    expect(redact('a@@b.com')).toBe('a@@b.com');
  });

  it('two addresses in a row are both masked, each from its own "@"', () => {
    expect(redact('a@b.com,c@d.net')).toBe('***@b.com,***@d.net');
    expect(redact('a@b.com c@d.net')).toBe('***@b.com ***@d.net');
  });
});
