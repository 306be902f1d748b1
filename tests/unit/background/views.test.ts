import { describe, expect, it } from 'vitest';
import { hintView, tabView } from '../../../entrypoints/background/views';
import { addDiagnosis, addUnknown } from '../../../entrypoints/background/tab-state';
import { classify } from '../../../rules';

const state = addDiagnosis(
  undefined,
  'kbstar',
  classify('시스템 오류가 발생하였습니다. (오류코드 : 9001)')[0]!,
  { source: 'inline', text: 'x', time: 1 },
);
// BNK경남은행 has an officially sourced number; KB국민은행 has none in the catalogue.
const withCentre = addDiagnosis(undefined, 'knbank', classify('시스템 오류가 발생하였습니다.')[0]!, {
  source: 'inline',
  text: 'x',
  time: 1,
});

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
    expect(hintView(withCentre, 'ko').problems[0]?.centre).toEqual({ phone: '1600-8585' });
    expect(hintView(state, 'ko').problems[0]?.centre).toBeUndefined();
    const identity = addDiagnosis(undefined, 'knbank', classify('본인확인에 실패하였습니다')[0]!, {
      source: 'inline',
      text: 'x',
      time: 1,
    });
    expect(hintView(identity, 'ko').problems[0]?.centre).toBeUndefined();
  });

  it('gives the popup the site, its hours and the problems with code and time', () => {
    const view = tabView(state, 'ko', 'kbstar');
    expect(view.site).toMatchObject({ id: 'kbstar', name: 'KB국민은행 인증센터' });
    expect(view.site?.centre).toBeUndefined();
    expect(tabView(withCentre, 'ko', 'knbank').site?.centre).toEqual({ phone: '1600-8585' });
    expect(view.site?.serviceHours).toContain('23:50');
    expect(view.problems[0]).toMatchObject({ code: '9001', seenAt: 1 });
  });
});

describe('views: words and programs', () => {
  it('names the program the message names, with no code made from its name', () => {
    const program = addDiagnosis(
      undefined,
      'yessign',
      classify('AnySign4PC 보안 프로그램이 설치되어 있지 않습니다.')[0]!,
      { source: 'program', text: 'AnySign4PC (127.0.0.1:10531): ERR_CONNECTION_REFUSED', time: 1 },
    );
    const [view] = hintView(program, 'ko').problems;
    expect(view?.program).toEqual({ name: 'AnySign4PC' });
    expect(view?.code).toBeUndefined();
    expect(view?.message).toBe('AnySign4PC (127.0.0.1:10531): ERR_CONNECTION_REFUSED');
  });

  it('says 암호 where the page says 암호, and 비밀번호 where it says 비밀번호', () => {
    const fromCa = addDiagnosis(undefined, 'yessign', classify('인증서 암호가 올바르지 않습니다.')[0]!, {
      source: 'alert',
      text: '인증서 암호가 올바르지 않습니다.',
      time: 1,
    });
    const fromBank = addDiagnosis(undefined, 'kbstar', classify('인증서 비밀번호가 일치하지 않습니다.')[0]!, {
      source: 'alert',
      text: '인증서 비밀번호가 일치하지 않습니다.',
      time: 1,
    });
    expect(hintView(fromCa, 'ko').problems[0]?.title).toBe('인증서 암호가 맞지 않아요');
    expect(hintView(fromBank, 'ko').problems[0]?.title).toBe('인증서 비밀번호가 맞지 않아요');
    expect(hintView(fromCa, 'en').problems[0]?.title).toBe('The certificate password is wrong');
  });

  it('gives the popup the reissue page, the host and whether the hint is hidden there', () => {
    const view = tabView(state, 'ko', 'kbstar', { host: 'obank.kbstar.com', hintHidden: true });
    expect(view.site?.reissueUrl).toBe('https://obank.kbstar.com/quics?page=C018872');
    expect(view).toMatchObject({ host: 'obank.kbstar.com', hintHidden: true });
  });

  it('labels the hint with the shortcut and what to announce', () => {
    const view = hintView(state, 'en', 'Alt+Shift+H');
    expect(view.labels.shortcut).toBe('Alt+Shift+H moves focus here');
    expect(view.labels.announce).toBe(
      'Reissue Helper: 1 problem(s). Newest: The site’s server has a temporary problem',
    );
    expect(hintView(state, 'en').labels.shortcut).toBe('');
  });
});

describe('views: several problems', () => {
  const at = (time: number) => ({ source: 'alert' as const, text: 'x', time });
  let several = addDiagnosis(undefined, 'yessign', classify('본인확인에 실패하였습니다')[0]!, at(1));
  several = addDiagnosis(several, 'yessign', classify('인증서가 폐지되었습니다')[0]!, at(2));
  several = addDiagnosis(several, 'yessign', classify('시스템 오류가 발생하였습니다.')[0]!, at(3));

  it('lists the problems newest first, in the hint and in the popup', () => {
    // "시스템 오류" names the system that failed (system-failed, a server error).
    const newestFirst = ['system-failed', 'cert-revoked', 'identity-mismatch'];
    expect(hintView(several, 'ko').problems.map((p) => p.problemId)).toEqual(newestFirst);
    expect(tabView(several, 'ko', 'yessign').problems.map((p) => p.problemId)).toEqual(newestFirst);
    expect(tabView(several, 'ko', 'yessign').problems.map((p) => p.seenAt)).toEqual([3, 2, 1]);
  });

  it('counts them all and announces the newest', () => {
    const view = hintView(several, 'ko');
    expect(view.labels.restore).toBe('재발급 도우미 · 문제 3개');
    expect(view.labels.announce).toBe(`재발급 도우미: 문제 3개. 새 안내: ${view.problems[0]!.title}`);
    expect(view.site).toBe('금융결제원 yessign');
  });

  it('shows nothing for no state, and nothing to announce', () => {
    const view = hintView(undefined, 'ko');
    expect(view.problems).toEqual([]);
    expect(view.labels.announce).toBe('');
    expect(view.site).toBeUndefined();
    expect(tabView(undefined, 'ko', undefined)).toEqual({ lang: 'ko', problems: [] });
  });
});

describe('views: labels, steps and unknown texts', () => {
  it('labels every control of the hint in the language chosen', () => {
    const pick = (lang: 'ko' | 'en') => {
      const { heading, close, minimise, hideOnSite, call, code, program, moveLeft, moveRight } = hintView(
        state,
        lang,
      ).labels;
      return [heading, close, minimise, hideOnSite, call, code, program, moveLeft, moveRight];
    };
    expect(pick('ko')).toEqual([
      '재발급 도우미',
      '닫기',
      '작게 보기',
      '이 사이트에서 숨기기',
      '고객센터',
      '오류코드',
      '보안 프로그램',
      '왼쪽으로 옮기기',
      '오른쪽으로 옮기기',
    ]);
    expect(pick('en')).toEqual([
      'Reissue Helper',
      'Close',
      'Minimise',
      'Hide on this site',
      'Customer centre',
      'Error code',
      'Security program',
      'Move to the left',
      'Move to the right',
    ]);
  });

  it("gives the fix's steps as text, in the page's word for the password; a page that says both keeps 비밀번호", () => {
    const seen = (text: string) =>
      addDiagnosis(undefined, 'yessign', classify(text)[0]!, { source: 'alert', text, time: 1 });
    const fromCa = hintView(seen('인증서 암호가 올바르지 않습니다.'), 'ko').problems[0]!;
    expect(fromCa.steps.length).toBeGreaterThan(0);
    expect(fromCa.steps.every((step) => typeof step === 'string' && step.length > 0)).toBe(true);
    expect(fromCa.steps.join(' ')).toContain('암호');
    expect(fromCa.steps.join(' ')).not.toContain('비밀번호');
    const both = hintView(seen('인증서 암호(비밀번호)가 올바르지 않습니다.'), 'ko').problems[0]!;
    expect(both.title).toBe('인증서 비밀번호가 맞지 않아요');
  });

  it('gives the popup the unrecognised texts with the time each was seen', () => {
    const unknown = addUnknown(undefined, 'kbstar', {
      source: 'alert',
      text: '처리 중 문제가 발생했습니다',
      time: 7,
    });
    expect(tabView(unknown, 'ko', 'kbstar').unknown).toEqual([
      { text: '처리 중 문제가 발생했습니다', seenAt: 7 },
    ]);
    expect(tabView(state, 'ko', 'kbstar')).not.toHaveProperty('unknown');
  });
});
