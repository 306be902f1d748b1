import { beforeEach, describe, expect, it } from 'vitest';
import {
  findCandidateBlocks,
  isVisible,
  MAX_TEXT_NODES_PER_SCAN,
  scanCandidateBlocks,
  visibleText,
} from '../../../entrypoints/content/text-candidates';

// Which text becomes a candidate, before any visibility is asked: text in elements that never show
// it (scripts, form fields, canvases) never does, however it reads; a sentence split over inline
// elements is one candidate; the block and the text read are bounded.

const FAILURE = '본인확인에 실패하였습니다.';
const texts = (html: string, root: ParentNode = document.body): string[] => {
  document.body.innerHTML = html;
  return findCandidateBlocks(root as Node).map((c) => c.text);
};

describe('candidates: what is never read', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    'script',
    'style',
    'noscript',
    'template',
    'textarea',
    'select',
    'option',
    'datalist',
    'title',
    'canvas',
    'object',
  ])('text inside <%s> is no candidate, nor part of one', (tag) => {
    const hidden = document.createElement(tag);
    hidden.append('시스템 오류가 발생하였습니다');
    document.body.replaceChildren(hidden);
    expect(findCandidateBlocks(document.body)).toEqual([]);
    const block = document.createElement('p');
    block.append(FAILURE, document.createElement(tag));
    block.lastChild!.appendChild(document.createTextNode('숨은 글자'));
    document.body.replaceChildren(block);
    expect(findCandidateBlocks(document.body).map((c) => c.text)).toEqual([FAILURE]);
    expect(visibleText(block)).toBe(FAILURE);
  });

  it('text under an <input> (set through the DOM) is not read either', () => {
    const input = document.createElement('input');
    input.appendChild(document.createTextNode('시스템 오류가 발생하였습니다'));
    document.body.replaceChildren(input);
    expect(findCandidateBlocks(document.body)).toEqual([]);
  });

  it('aria-hidden="true" text is left out of a block; aria-hidden="false" is not', () => {
    document.body.innerHTML = `<p id="a">${FAILURE}<span aria-hidden="true"> 아이콘</span><span aria-hidden="false"> 안내</span></p>`;
    expect(visibleText(document.getElementById('a')!)).toBe(`${FAILURE} 안내`);
  });

  it('a block the caller skips (a message already seen) is not read', () => {
    document.body.innerHTML = `<p id="a">${FAILURE}</p><p>인증서가 폐지되었습니다.</p>`;
    const skipped = document.getElementById('a')!;
    expect(findCandidateBlocks(document.body, (block) => block === skipped).map((c) => c.text)).toEqual([
      '인증서가 폐지되었습니다.',
    ]);
  });
});

describe('candidates: the block a text belongs to', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    'a',
    'abbr',
    'b',
    'bdi',
    'bdo',
    'cite',
    'code',
    'data',
    'dfn',
    'em',
    'font',
    'i',
    'kbd',
    'label',
    'mark',
    'q',
    's',
    'samp',
    'small',
    'span',
    'strong',
    'sub',
    'sup',
    'time',
    'u',
    'var',
  ])('a failure word inside <%s> is read with the sentence around it', (tag) => {
    expect(texts(`<p>인증서가 <${tag}>폐지</${tag}>되었습니다 (오류)</p>`)).toEqual([
      '인증서가 폐지 되었습니다 (오류)',
    ]);
  });

  it('a failure word in a link before the message does not hide the message', () => {
    expect(texts(`<p><a href="#">오류</a> ${FAILURE}</p>`)).toEqual([`오류 ${FAILURE}`]);
  });

  it('an inline element right under <html> is its own block (the climb stops below the root element)', () => {
    const span = document.documentElement.appendChild(document.createElement('span'));
    span.textContent = FAILURE;
    try {
      expect(findCandidateBlocks(document.documentElement).map((c) => c.block)).toEqual([span]);
    } finally {
      span.remove();
    }
  });

  it('reads a block as far as 2,000 characters (and one more, to know it is longer), no further', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const a = document.getElementById('a')!;
    a.append('x'.repeat(1_500), document.createElement('br'), 'y'.repeat(1_500));
    expect(visibleText(a)).toBe(`${'x'.repeat(1_500)} ${'y'.repeat(501)}`);
    const b = document.getElementById('b')!;
    b.append('x'.repeat(2_000), document.createElement('br'), 'y');
    expect(visibleText(b)).toBe('x'.repeat(2_000));
  });

  it('a text node longer than 2,000 characters is body copy: not a candidate, whatever it says', () => {
    document.body.innerHTML = '<p id="a"></p>';
    document.getElementById('a')!.textContent = `${FAILURE}${' '.repeat(2_000)}`;
    expect(findCandidateBlocks(document.body)).toEqual([]);
  });

  it(`a scan of exactly ${MAX_TEXT_NODES_PER_SCAN} text nodes reads them all, and has nothing left over`, () => {
    const rows = Array.from({ length: MAX_TEXT_NODES_PER_SCAN - 1 }, (_, i) => `<p>${i}</p>`).join('');
    document.body.innerHTML = `${rows}<p>${FAILURE}</p>`;
    const scan = scanCandidateBlocks(document.body);
    expect(scan.candidates.map((c) => c.text)).toEqual([FAILURE]);
    expect(scan.rest).toBeUndefined();
  });
});

describe('isVisible without checkVisibility (older browsers)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  const withoutCheck = (element: Element): Element => {
    for (let e: Element | null = element; e; e = e.parentElement)
      Object.defineProperty(e, 'checkVisibility', { value: undefined, configurable: true });
    return element;
  };

  it.each([
    ['display: none', 'display:none'],
    ['visibility: hidden', 'visibility:hidden'],
    ['opacity: 0', 'opacity:0'],
  ])('a block with %s, or inside one, is not visible', (_name, style) => {
    document.body.innerHTML = `<p id="self" style="${style}">x</p><div style="${style}"><div><p id="inner">x</p></div></div>`;
    expect(isVisible(withoutCheck(document.getElementById('self')!))).toBe(false);
    expect(isVisible(withoutCheck(document.getElementById('inner')!))).toBe(false);
  });

  it('a plain block, or a half-transparent one, is visible', () => {
    document.body.innerHTML = '<div style="opacity:0.5"><p id="a">x</p></div>';
    expect(isVisible(withoutCheck(document.getElementById('a')!))).toBe(true);
  });
});
