import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../rules/matcher';

// Where one line's sentences end. A full stop or a label's colon inside brackets ends none: the
// bracket is the detail of the sentence it follows ("식별번호 검증 실패 [ 에러내용 : … 확인바랍니다. ]"
// read as nothing while its full stop cut it in two). A whole line in brackets is the message itself,
// and a bracket that never closes is ignored.
describe('splitSentences', () => {
  it.each([
    ['no brackets', '인증서가 없습니다. 다시 선택하세요.', ['인증서가 없습니다.', '다시 선택하세요.']],
    ['one sentence', '인증서가 없습니다.', ['인증서가 없습니다.']],
    // A label's value that is a certificate in a failed state says what the label is about; other values split.
    [
      "a state as a label's value",
      '인증서 상태 검증 결과: 폐기된 인증서',
      ['인증서 상태 검증 결과: 폐기된 인증서'],
    ],
    [
      "a detail as a label's value",
      '인증서 상태 검증 결과: 확인이 필요합니다',
      ['인증서 상태 검증 결과', '확인이 필요합니다'],
    ],
    // A label and its remedy after a spaced hyphen; a hyphen between numbers or masks is no end.
    [
      'a hyphen before a remedy',
      '인가코드 유효기간 경과 - 영업점에서 재발급 받으세요',
      ['인가코드 유효기간 경과', '영업점에서 재발급 받으세요'],
    ],
    ['a hyphen between numbers', '고객센터 1588 - 0000', ['고객센터 1588 - 0000']],
    ['a hyphen after a mask', '*** - ****.****', ['*** - ****.****']],
    [
      'a square bracket with a colon and a full stop',
      '식별번호 검증 실패 [ 에러내용 : 인증서의 주민번호를 확인바랍니다. ]',
      ['식별번호 검증 실패 [ 에러내용 : 인증서의 주민번호를 확인바랍니다. ]'],
    ],
    [
      'a parenthesis, then another sentence',
      '실패 (원인: 확인바랍니다. 다시) 처리하세요. 끝입니다.',
      ['실패 (원인: 확인바랍니다. 다시) 처리하세요.', '끝입니다.'],
    ],
    [
      'full-width brackets',
      '실패 （원인: 확인. 끝） 다음입니다. 끝.',
      ['실패 （원인: 확인. 끝） 다음입니다.', '끝.'],
    ],
    [
      'lenticular brackets',
      '실패 【원인: 확인. 끝】 다음입니다. 끝.',
      ['실패 【원인: 확인. 끝】 다음입니다.', '끝.'],
    ],
    [
      'brackets inside brackets',
      '실패 (원인 [상세. 내용] 끝.) 다음입니다. 끝.',
      ['실패 (원인 [상세. 내용] 끝.) 다음입니다.', '끝.'],
    ],
    [
      'a whole line in brackets',
      '(※ 발급 인증서도 가능합니다. 다만, 특수목적용은 불가능합니다.)',
      ['(※ 발급 인증서도 가능합니다.', '다만, 특수목적용은 불가능합니다.)'],
    ],
    [
      'a whole line in brackets before a code',
      '(가능합니다. 불가능합니다.) <E12>',
      ['(가능합니다.', '불가능합니다.) <E12>'],
    ],
    [
      'a bracket that never closes',
      '실패 (원인: 확인. 다시 하세요.',
      ['실패 (원인', '확인.', '다시 하세요.'],
    ],
    [
      'a closed bracket before a label and its detail',
      '오류: 인증서 (서명용) 없음. 다시 하세요.',
      ['오류', '인증서 (서명용) 없음.', '다시 하세요.'],
    ],
    ['a closing bracket with nothing open', '실패) 원인: 확인. 끝.', ['실패) 원인', '확인.', '끝.']],
    [
      'a closing bracket with nothing open, then a bracket',
      '끝입니다. 실패) 원인 [상세. 내용] 끝.',
      ['끝입니다.', '실패) 원인 [상세. 내용] 끝.'],
    ],
    [
      'a closed bracket inside one that never closes',
      '실패 (원인 [상세. 내용] 끝. 다음입니다.',
      ['실패 (원인 [상세. 내용] 끝.', '다음입니다.'],
    ],
    [
      'a line that starts with a bracket and goes on',
      '(원인: 확인. 끝) 다음입니다. 끝.',
      ['(원인: 확인. 끝) 다음입니다.', '끝.'],
    ],
    [
      'a whole line in brackets after spaces',
      '  (가능합니다. 불가능합니다.)',
      ['  (가능합니다.', '불가능합니다.)'],
    ],
    [
      'a sentence before a bracket',
      '끝입니다. (원인: 확인. 끝) 다음입니다.',
      ['끝입니다.', '(원인: 확인. 끝) 다음입니다.'],
    ],
  ])('%s', (_name, line, sentences) => {
    expect(splitSentences(line)).toEqual(sentences);
  });
});
