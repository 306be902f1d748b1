import { describe, expect, it } from 'vitest';
import { hintView, tabView } from '../../../entrypoints/background/views';
import { addDiagnosis } from '../../../entrypoints/background/tab-state';
import { classify } from '../../../rules';

const state = addDiagnosis(undefined, 'kbstar', classify('시스템 오류가 발생하였습니다. (오류코드 : 9001)')[0]!, { source: 'inline', text: 'x', time: 1 });

describe('views', () => {
  it('speaks Korean or English as asked, labels included', () => {
    const ko = hintView(state, 'ko');
    const en = hintView(state, 'en');
    expect(ko.problems[0]?.title).toBe('사이트 서버에 일시적인 문제가 있어요');
    expect(en.problems[0]?.title).toBe('The site’s server has a temporary problem');
    expect([ko.labels.close, en.labels.close]).toEqual(['닫기', 'Close']);
    expect(en.problems[0]?.steps.every((s) => /^[\x20-\x7e–’“”]+$/.test(s))).toBe(true);
  });

  it('adds the customer centre only when the fix says to call and the site has a sourced number', () => {
    expect(hintView(state, 'ko').problems[0]?.centre).toEqual({ phone: '1588-9999' });
    const identity = addDiagnosis(undefined, 'kbstar', classify('본인확인에 실패하였습니다')[0]!, { source: 'inline', text: 'x', time: 1 });
    expect(hintView(identity, 'ko').problems[0]?.centre).toBeUndefined();
  });

  it('gives the popup the site, its hours and the problems with code and time', () => {
    const view = tabView(state, 'ko', 'kbstar');
    expect(view.site).toMatchObject({ id: 'kbstar', name: 'KB국민은행 인증센터', centre: { phone: '1588-9999' } });
    expect(view.site?.serviceHours).toContain('23:50');
    expect(view.problems[0]).toMatchObject({ code: '9001', seenAt: 1 });
  });
});
