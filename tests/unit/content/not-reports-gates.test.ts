import { beforeEach, describe, expect, it } from 'vitest';
import {
  isBreadcrumbText,
  isControlLabel,
  isNavigation,
  speaksOutsideLabels,
} from '../../../entrypoints/content/not-reports';
import { hasFailureSignal } from '../../../entrypoints/content/prefilter';
import { findCandidateBlocks } from '../../../entrypoints/content/text-candidates';

// Each gate of not-reports.ts from both sides: what makes a text a label or navigation, and the
// near misses that must stay messages (a gate that grew too wide would hide real failures).

const candidates = (html: string): string[] => {
  document.body.innerHTML = html;
  return findCandidateBlocks(document.body).map((c) => c.text);
};
const FAILURE = '인증서가 폐지되었습니다';
/** A failure named like a menu entry: no sentence ending. */
const LABEL = '보안프로그램 설치 오류';

describe('isBreadcrumbText', () => {
  it.each([
    ['홈>인증센터', true],
    ['HOME › 인증센터', true],
    ['메인 » 본인확인 실패', true],
    ['처음 ＞ 인증서 오류', true],
    ['홈 ▶ 인증센터 ▸ 오류', true],
    ['인증센터 〉 인증서 〉 오류 해결', true],
    [`홈 > ${'가'.repeat(20)}`, true],
    [`홈 > ${'가'.repeat(21)}`, false],
    ['홈 > ', false],
    ['홈 > > 인증', false],
    ['인증센터 > 본인확인 실패', false],
    ['내 홈 > 본인확인 실패', false],
    ['홈페이지 > 본인확인 실패', false],
    ['홈 > 본인확인에 실패했습니다', false],
    ['홈 > 확인하세요.', false],
    ['홈 > 인증 > 다시 시도했다', false],
    ['본인확인에 실패하였습니다', false],
  ])('"%s" → %s', (text, expected) => {
    expect(isBreadcrumbText(text)).toBe(expected);
  });
});

describe('controls: whose text is a label', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  const inside = (html: string): Element => {
    document.body.innerHTML = html;
    return document.getElementById('t')!;
  };

  it.each([
    ['<a href="#"><b id="t">x</b></a>', true],
    ['<button><span id="t">x</span></button>', true],
    ['<details><summary id="t">x</summary></details>', true],
    ['<div role=" Button "><span id="t">x</span></div>', true],
    ['<div role="TAB"><span id="t">x</span></div>', true],
    ['<div role="switch"><span id="t">x</span></div>', true],
    ['<div aria-expanded="false"><span id="t">x</span></div>', true],
    ['<span aria-current="page" id="t">x</span>', true],
    ['<span aria-current="" id="t">x</span>', true],
    ['<span aria-haspopup="menu" id="t">x</span>', true],
    // Near misses: not controls.
    ['<span aria-current="false" id="t">x</span>', false],
    ['<span aria-haspopup="false" id="t">x</span>', false],
    ['<div role="presentation"><span id="t">x</span></div>', false],
    ['<div role="buttons"><span id="t">x</span></div>', false],
    ['<p><span id="t">x</span></p>', false],
    // A layer announcing a message speaks for itself, even inside a control.
    ['<a href="#"><div role="alert"><span id="t">x</span></div></a>', false],
    ['<button><dialog open><p id="t">x</p></dialog></button>', false],
  ])('%s → %s', (html, expected) => {
    expect(isControlLabel(inside(html))).toBe(expected);
  });

  it('a control inside a shadow root is found through its host', () => {
    document.body.innerHTML = '<a href="#" id="host"></a>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span id="t">x</span>';
    expect(isControlLabel(root.getElementById('t')!)).toBe(true);
  });

  it('speaksOutsideLabels: a failure word outside every control counts; inside one, or in a control block, not', () => {
    const block = (html: string) => inside(`<div id="t">${html}</div>`);
    expect(speaksOutsideLabels(block(`${FAILURE} <a href="#">다시</a>`), hasFailureSignal)).toBe(true);
    expect(speaksOutsideLabels(block(`<a href="#">${FAILURE}</a> 안내`), hasFailureSignal)).toBe(false);
    expect(speaksOutsideLabels(block(`<button><b>${FAILURE}</b></button>`), hasFailureSignal)).toBe(false);
    expect(speaksOutsideLabels(block(`<span>안내</span><em>${FAILURE}</em>`), hasFailureSignal)).toBe(true);
    expect(speaksOutsideLabels(block('안내 문구'), hasFailureSignal)).toBe(false);
    expect(speaksOutsideLabels(inside(`<a href="#"><span id="t">${FAILURE}</span></a>`), () => true)).toBe(
      false,
    );
  });
});

describe('navigation regions and their near misses', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['an id "gnb"', `<div id="gnb"><p>${FAILURE}</p></div>`],
    ['a class "lnb_wrap"', `<div class="x lnb_wrap"><p>${FAILURE}</p></div>`],
    ['a class "snbmenu"', `<div class="snbmenu"><p>${FAILURE}</p></div>`],
    ['a class "TNB-area"', `<div class="TNB-area"><p>${FAILURE}</p></div>`],
    ['a class "breadcrumbs"', `<div class="breadcrumbs"><p>${FAILURE}</p></div>`],
    ['a class "loc"', `<div class="loc"><p>${FAILURE}</p></div>`],
    ['aria-label "현재위치"', `<div aria-label="현재위치"><p>${FAILURE}</p></div>`],
    ['aria-label "위치정보"', `<div aria-label="위치정보"><p>${FAILURE}</p></div>`],
    ['aria-label "현재 페이지 위치"', `<div aria-label="현재 페이지 위치"><p>${FAILURE}</p></div>`],
    ['aria-label "Breadcrumb"', `<div aria-label="Breadcrumb"><p>${FAILURE}</p></div>`],
    ['a <menu>', `<menu><li>${FAILURE}</li></menu>`],
    ['role="menubar"', `<div role="menubar"><p>${FAILURE}</p></div>`],
    ['role="tree"', `<div role="tree"><p>${FAILURE}</p></div>`],
    ['role=" Navigation "', `<div role=" Navigation "><p>${FAILURE}</p></div>`],
  ])('%s is navigation', (_name, html) => {
    expect(candidates(html)).toEqual([]);
  });

  it.each([
    ['a class that only contains a navigation name', `<div class="my-gnb-state"><p>${FAILURE}</p></div>`],
    ['an id that only starts like one', `<div id="location-info-text"><p>${FAILURE}</p></div>`],
    ['an unrelated aria-label', `<div aria-label="알림"><p>${FAILURE}</p></div>`],
    ['a layer inside a navigation name', `<div class="gnb"><div role="dialog"><p>${FAILURE}</p></div></div>`],
  ])('%s is not', (_name, html) => {
    expect(candidates(html)).toEqual([FAILURE]);
  });
});

describe('lists, link-dense blocks and headings', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  const links = (n: number, label = '메뉴') =>
    Array.from({ length: n }, (_, i) => `<li><a href="#">${label} ${i}</a></li>`).join('');

  it('an item among links is navigation: in <ul>, <ol>, <dl> and role="list"', () => {
    expect(candidates(`<ul>${links(2)}<li><strong>${LABEL}</strong></li></ul>`)).toEqual([]);
    expect(candidates(`<ol>${links(2)}<li><strong>${LABEL}</strong></li></ol>`)).toEqual([]);
    expect(
      candidates(
        `<div role="list"><div role="listitem"><a href="#">메뉴 1</a></div><div role="listitem"><a href="#">메뉴 2</a></div><div role="listitem"><strong>${LABEL}</strong></div></div>`,
      ),
    ).toEqual([]);
    expect(
      candidates(
        `<dl><dt><a href="#">메뉴 1</a></dt><dd><a href="#">메뉴 2</a></dd><dt><strong>${LABEL}</strong></dt></dl>`,
      ),
    ).toEqual([]);
  });

  it('but not when the links are a minority, only one, or the item reads as a sentence', () => {
    const plain = (n: number) => Array.from({ length: n }, (_, i) => `<li>안내 ${i}</li>`).join('');
    expect(candidates(`<ul>${links(2)}${plain(2)}<li><strong>${LABEL}</strong></li></ul>`)).toEqual([LABEL]);
    expect(candidates(`<ul>${links(1)}<li><strong>${LABEL}</strong></li></ul>`)).toEqual([LABEL]);
    expect(candidates(`<ul>${links(3)}<li><strong>${FAILURE}.</strong></li></ul>`)).toEqual([`${FAILURE}.`]);
    // Items that are not list items (a stray <div>) are not counted as items.
    expect(
      candidates(`<ul><div>안내</div><div>안내</div>${links(2)}<li><strong>${LABEL}</strong></li></ul>`),
    ).toEqual([]);
  });

  it('an empty <dd> is not an item; one with text is', () => {
    const dl = (dd: string) =>
      `<dl><dt><a href="#">메뉴 1</a></dt>${dd}<dt><a href="#">메뉴 2</a></dt>${dd}<dd><strong>${LABEL}</strong></dd></dl>`;
    expect(candidates(dl('<dd> </dd>'))).toEqual([]);
    expect(candidates(dl('<dd>설명이 들어가는 자리</dd>'))).toEqual([LABEL]);
  });

  it('a link item needs a link: an item of plain text beside a link is not one, nor one mostly text', () => {
    expect(
      candidates(
        `<ul><li><a href="#">메뉴</a></li><li>안내 문구가 아주 길게 이어지는 항목 <a href="#">더보기</a></li><li><strong>${LABEL}</strong></li></ul>`,
      ),
    ).toEqual([LABEL]);
  });

  it('a block that is mostly the labels of two or more controls is navigation; one control, or a sentence outside, is not', () => {
    expect(candidates(`<div><a href="#">${FAILURE}</a> <a href="#">다른 메뉴</a> 및</div>`)).toEqual([]);
    expect(candidates(`<div>${FAILURE} <a href="#">다시 시도</a></div>`)).toEqual([`${FAILURE} 다시 시도`]);
    expect(candidates(`<div><a href="#">가</a><a href="#">나</a> ${FAILURE}</div>`)).toEqual([
      `가 나 ${FAILURE}`,
    ]);
    expect(candidates(`<div><a href="#">처음으로</a><a href="#">다시 시도</a> ${FAILURE}. </div>`)).toEqual([
      `처음으로 다시 시도 ${FAILURE}.`,
    ]);
  });

  it('script and style text is not counted against the labels', () => {
    expect(
      candidates(
        `<div><a href="#">${FAILURE}</a> <a href="#">다른 메뉴</a><script>var a = "아주 긴 스크립트 문자열이 여기에 들어갑니다";</script><style>.a{content:"긴 스타일 문자열입니다"}</style></div>`,
      ),
    ).toEqual([]);
  });

  it('a list with more text than a menu could have is content, not measured', () => {
    const long = `<li>${'안내 '.repeat(3_400)}</li>`;
    expect(candidates(`<ul>${links(3)}${long}<li><strong>${LABEL}</strong></li></ul>`)).toEqual([LABEL]);
  });

  it('a heading (any level, or role="heading") above a list of three topics is navigation; above two, or no list, not', () => {
    for (const tag of ['h1', 'h2', 'h5', 'h6'])
      expect(candidates(`<${tag}>${FAILURE}</${tag}><ul>${links(3)}</ul>`)).toEqual([]);
    expect(candidates(`<div role="heading">${FAILURE}</div><ul>${links(3)}</ul>`)).toEqual([]);
    expect(candidates(`<div role="heading">${FAILURE}</div><div>안내</div>`)).toEqual([FAILURE]);
    expect(candidates(`<h3>${FAILURE}</h3><ul>${links(2)}</ul>`)).toEqual([FAILURE]);
    expect(candidates(`<h3>${FAILURE}</h3>`)).toEqual([FAILURE]);
    expect(candidates(`<p>${FAILURE}</p><ul>${links(3)}</ul>`)).toEqual([FAILURE]);
  });

  it('a lone heading as the last element of its parent, with no list after either, is a message', () => {
    document.body.innerHTML = '';
    const h = document.createElement('h2');
    h.textContent = FAILURE;
    expect(isNavigation(h, FAILURE)).toBe(false);
  });
});
