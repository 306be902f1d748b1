import { describe, expect, it } from 'vitest';
import { examine } from '../../../rules';

// A Latin name glued inside a Korean phrase glosses it (rules/matcher.ts, LATIN_GLOSS): the phrase is
// read as if it were not there, while a code in brackets keeps its digits for the report.
describe('a Latin gloss inside a phrase', () => {
  it.each(['이미 금융인증서(YESKEY)를 보유하고 계십니다.', '이미 금융인증서（YESKEY）를 보유하고 계십니다.'])(
    'is read past, half or full width: %s',
    (text) => {
      expect(examine(text).diagnoses[0]?.category).toBe('issue-limit');
    },
  );

  it('leaves a code in brackets to be shown', () => {
    const [first] = examine('인증서 저장 중 오류(E1234)가 발생했습니다.').diagnoses;
    expect(first?.code).toBe('E1234');
  });

  it("leaves ASTx's local server, which names the program", () => {
    expect(examine('서버(Local)에 연결할 수 없습니다.').diagnoses[0]?.category).toBe('security-program');
  });
});
