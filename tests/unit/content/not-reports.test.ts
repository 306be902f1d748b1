// @vitest-environment happy-dom
// (Stated here because mutation runs of rules/ give their test set the node environment: vitest.mutate.config.ts.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { isBreadcrumbText } from '../../../entrypoints/content/not-reports';
import { examine } from '../../../rules';
import { findCandidateBlocks } from '../../../entrypoints/content/text-candidates';

// Issue 19: link, button, menu, breadcrumb, tab, topic-heading, <title> and <option> texts are
// names, not reports. Each case below carries words the matcher would take for a failure if the
// text were offered alone (the index link "본인확인 실패 (화면 안 메시지)" gave a hint on a page
// with no failure); the second half checks that real messages next to such elements still count.

const candidates = (root: Node = document.body): string[] => findCandidateBlocks(root).map((c) => c.text);
/** What the background would diagnose from this page's candidates (inline text is read as page text). */
const diagnosed = (url: string): string[] =>
  candidates().flatMap((text) => {
    const { diagnoses, unrecognised } = examine(text, { url, context: 'page' });
    return diagnoses.length || unrecognised ? [text] : [];
  });
const replica = (path: string): string => {
  const html = readFileSync(resolve('tests/replicas', path), 'utf8');
  // The body only: scripts are not run here, and the head's <title> is never scanned anyway.
  return /<body[^>]*>([\s\S]*)<\/body>/i
    .exec(html)![1]!
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe[^>]*><\/iframe>/gi, '');
};

describe('labels and navigation never become candidates', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('the demo index page: links named after failures', () => {
    document.body.innerHTML = replica('www.yessign.or.kr/index.html');
    expect(document.body.textContent).toContain('본인확인 실패 (화면 안 메시지)');
    expect(diagnosed('http://www.yessign.or.kr/')).toEqual([]);
  });

  it('the bank FAQ and menu page: menus, breadcrumb, tabs, topic headings, questions, options', () => {
    document.body.innerHTML = replica('obank.kbstar.com/cert/faq.html');
    // Its FAQ answers are candidates (they say what to do when…), and the matcher reads them as such.
    expect(diagnosed('http://obank.kbstar.com/cert/faq.html')).toEqual([]);
  });

  it.each([
    ['a link', '<ul><li><a href="/reissue/inline.html">본인확인 실패 (화면 안 메시지)</a></li></ul>'],
    ['a link without a list', '<p><a href="#none">인증서 암호 오류</a></p>'],
    [
      'a link whose label is split over elements',
      '<div><a href="#"><span class="ico"></span><em>보안프로그램</em> 설치 오류</a></div>',
    ],
    ['a button', '<div><button type="button">인증서 발급 실패</button></div>'],
    ['a role="button"', '<div><span role="button" tabindex="0">로그인 실패</span></div>'],
    [
      'an accordion question',
      '<div class="faq"><div class="q" aria-expanded="false">인증서 암호 5회 오류</div></div>',
    ],
    ['a disclosure summary', '<details><summary>보안프로그램 미설치</summary></details>'],
    ['a menu opener', '<div><span aria-haspopup="true">인증서 오류</span></div>'],
    ['a menu item', '<div role="menu"><div role="menuitem">세션 만료</div></div>'],
    ['anything in <nav>', '<nav><p>인증서 만료</p></nav>'],
    ['a tab strip', '<div role="tablist"><span role="presentation">접속 오류</span></div>'],
    ['a list box', '<div role="listbox"><div>폐지된 인증서 오류</div></div>'],
    [
      '<option> and <select>',
      '<select><option>인증서 발급 실패</option><option>인증서 암호 오류</option></select>',
    ],
    ['<title> in the body (an SVG icon)', '<p><svg><title>인증서 발급 실패</title></svg></p>'],
    [
      'a breadcrumb by its class',
      '<div class="location"><span>홈</span><span>인증센터</span><strong>본인확인 실패</strong></div>',
    ],
    ['a breadcrumb by its label', '<div aria-label="현재 위치"><span>본인확인 실패</span></div>'],
    ['a breadcrumb by its shape', '<p>홈 &gt; 인증센터 &gt; 인증서 문제해결 &gt; 본인확인 실패</p>'],
    [
      'the current item of a set of links',
      '<ol><li><span aria-current="page">인증서 발급 실패</span></li></ol>',
    ],
    [
      'the current item of a menu list, not a link',
      '<ul class="depth2"><li><a href="#">공동인증서</a></li><li><a href="#">금융인증서</a></li><li class="on"><strong>보안프로그램 설치 오류</strong></li></ul>',
    ],
    [
      'a heading above a list of topics',
      '<h3>본인확인 실패</h3><ul><li><a href="#">휴대폰 인증이 안 돼요</a></li><li><a href="#">이름이 다르게 나와요</a></li><li><a href="#">생년월일을 확인하고 싶어요</a></li></ul>',
    ],
    [
      'a heading in a wrapper above its list',
      '<div class="tit"><h4>인증서 암호 오류</h4></div><div class="list"><ul><li><a href="#">암호를 잊었어요</a></li><li><a href="#">5회 틀렸어요</a></li><li><a href="#">영문 대소문자</a></li></ul></div>',
    ],
    [
      'a bold heading of a block of links',
      '<div class="cate"><strong class="tit">보안프로그램 설치 오류</strong><a href="#">AnySign4PC가 설치되지 않아요</a><a href="#">nProtect 설치 후에도 다시 설치하래요</a></div>',
    ],
    [
      'the terms of an FAQ list',
      '<dl><dt>인증서 암호 오류</dt><dd hidden>.</dd><dt>본인확인 실패</dt><dd hidden>.</dd><dt>보안프로그램 미설치</dt><dd hidden>.</dd></dl>',
    ],
  ])('%s', (_name, html) => {
    document.body.innerHTML = html;
    expect(candidates()).toEqual([]);
  });

  it('a menu inside a shadow root, and a shadow root inside a menu', () => {
    document.body.innerHTML = '<div id="a"></div><nav><div id="b"></div></nav>';
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML =
      '<ul role="menubar"><li><span>인증서 발급 실패</span></li></ul><p><a href="#">인증서 암호 오류</a></p>';
    const b = document.getElementById('b')!.attachShadow({ mode: 'open' });
    b.innerHTML = '<p>세션 만료</p>';
    expect(candidates(a)).toEqual([]);
    expect(candidates(b)).toEqual([]);
  });

  it("a frame's menu document is read by the same rules (the content script runs in each frame)", () => {
    const frame = document.implementation.createHTMLDocument('');
    frame.body.innerHTML =
      '<div class="lnb"><h2>인증서 문제해결</h2><ul><li><a href="#">인증서 암호 오류</a></li><li><strong>본인확인 실패</strong></li></ul></div>';
    expect(candidates(frame.body)).toEqual([]);
  });
});

describe('real messages next to labels still count', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    [
      'a message with a link inside its sentence',
      '<p class="error"><a href="/install">보안프로그램</a>이 설치되지 않았습니다.</p>',
      ['보안프로그램 이 설치되지 않았습니다.'],
    ],
    [
      'a message followed by three buttons',
      '<div class="err">본인확인에 실패하였습니다. <a href="#">다시 시도</a> <a href="#">처음으로</a> <a href="#">고객센터</a></div>',
      ['본인확인에 실패하였습니다. 다시 시도 처음으로 고객센터'],
    ],
    [
      'a short message beside its buttons in a dialog',
      '<div role="alertdialog">인증서 암호 오류 <button>다시 입력</button><button>암호를 잊었어요</button></div>',
      // …read without them (text-candidates.ts): the label keeps its failure word at its end.
      ['인증서 암호 오류'],
    ],
    [
      'a list of errors',
      '<ul class="msg"><li>인증서 암호가 일치하지 않습니다.</li><li>입력 횟수: 3회</li></ul>',
      ['인증서 암호가 일치하지 않습니다.'],
    ],
    [
      'a lone <dt> that titles a message',
      '<dl class="msg"><dt>본인확인에 실패하였습니다</dt><dd>입력하신 정보를 확인해 주세요.</dd></dl>',
      ['본인확인에 실패하였습니다'],
    ],
    [
      'an error page heading above its instructions',
      '<h2>인증서 발급에 실패하였습니다</h2><ul><li>인증서 암호를 확인해 주세요.</li><li>잠시 후 다시 시도해 주세요.</li><li>문제가 계속되면 고객센터로 문의해 주세요.</li></ul>',
      ['인증서 발급에 실패하였습니다'],
    ],
    [
      'an error page heading above two buttons',
      '<h2>세션이 만료되었습니다</h2><ul class="btns"><li><a href="#">다시 로그인</a></li><li><a href="#">처음으로</a></li></ul>',
      ['세션이 만료되었습니다'],
    ],
    [
      'a message in a tab panel',
      '<div class="tab_cont" role="tabpanel"><p>인증서가 폐지되었습니다.</p></div>',
      ['인증서가 폐지되었습니다.'],
    ],
    [
      'a message on a page whose body has a menu state class',
      '<div class="gnb-open"><p>인증서가 폐지되었습니다.</p></div>',
      ['인증서가 폐지되었습니다.'],
    ],
    [
      'a failure layer a page put inside its menu bar',
      '<div id="gnb"><ul><li><a href="#">인증센터</a></li></ul><div role="alertdialog"><p>인증서가 폐지되었습니다.</p></div></div>',
      ['인증서가 폐지되었습니다.'],
    ],
    [
      'a failure layer inside a panel marked expanded',
      '<div class="panel" aria-expanded="true"><div role="alert">세션이 만료되었습니다.</div></div>',
      ['세션이 만료되었습니다.'],
    ],
    [
      'a message with a "›" in it',
      '<p>팝업이 차단되었습니다. 설정 › 개인정보 보호 › 사이트 설정에서 허용해 주세요.</p>',
      ['팝업이 차단되었습니다. 설정 › 개인정보 보호 › 사이트 설정에서 허용해 주세요.'],
    ],
  ])('%s', (_name, html, expected) => {
    document.body.innerHTML = html;
    expect(candidates()).toEqual(expect.arrayContaining(expected));
  });
});

describe('isBreadcrumbText', () => {
  it.each([
    ['홈 > 인증센터 > 인증서 오류 해결', true],
    ['Home › 인증센터', true],
    ['인증센터 > 본인확인 실패', false],
    ['인증서 > 인증서 암호가 맞지 않습니다.', false],
    ['본인확인에 실패하였습니다', false],
  ])('%s → %s', (text, expected) => {
    expect(isBreadcrumbText(text)).toBe(expected);
  });
});
