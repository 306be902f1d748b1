import { afterEach, describe, expect, it, vi } from 'vitest';
import { isVisible } from '../../../entrypoints/content/text-candidates';
import {
  createObserverGate,
  defaultGate,
  immediateGate,
  MAX_WAITING,
} from '../../../entrypoints/content/visibility-gate';

// What a person cannot see is not reported: each way a page hides a block, given to both gates.
// A page keeps failure texts in hidden templates and transparent layers; reporting them would show
// a hint for a failure that never happened.

/** A stand-in IntersectionObserver that reports what the test says, as the browser would after rendering. */
class FakeObserver {
  static last: FakeObserver;
  observed = new Set<Element>();
  constructor(readonly callback: (entries: Array<Partial<IntersectionObserverEntry>>) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  report(el: Element, isIntersecting = true, width = 100, height = 20) {
    this.callback([{ target: el, isIntersecting, boundingClientRect: { width, height } as DOMRectReadOnly }]);
  }
}

const block = (style: Partial<CSSStyleDeclaration> = {}): HTMLElement => {
  const p = document.body.appendChild(document.createElement('p'));
  p.textContent = '본인확인에 실패하였습니다';
  Object.assign(p.style, style);
  return p;
};

describe('observer gate: blocks a person cannot see', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it.each([
    ['opacity: 0', { opacity: '0' }],
    ['visibility: hidden', { visibility: 'hidden' }],
    ['visibility: collapse', { visibility: 'collapse' }],
  ])('a rendered block with %s is not visible', (_name, style) => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const gate = createObserverGate();
    const hidden = block(style);
    const decided: boolean[] = [];
    gate.offer(hidden, (v) => decided.push(v));
    FakeObserver.last.report(hidden);
    expect(decided).toEqual([false]);
  });

  it('a block that is laid out with no width, or no height, is not visible', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const gate = createObserverGate();
    const [flat, thin] = [block(), block()];
    const decided: Array<[string, boolean]> = [];
    gate.offer(flat!, (v) => decided.push(['flat', v]));
    gate.offer(thin!, (v) => decided.push(['thin', v]));
    FakeObserver.last.report(flat!, true, 100, 0);
    FakeObserver.last.report(thin!, true, 0, 20);
    expect(decided).toEqual([
      ['flat', false],
      ['thin', false],
    ]);
  });

  it('a half-transparent block is visible', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const gate = createObserverGate();
    const faint = block({ opacity: '0.5' });
    const decided: boolean[] = [];
    gate.offer(faint, (v) => decided.push(v));
    FakeObserver.last.report(faint);
    expect(decided).toEqual([true]);
  });

  it('past 1,000 waiting blocks, gives up the oldest as not visible, and keeps the rest waiting', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const gate = createObserverGate();
    expect(MAX_WAITING).toBe(1_000);
    const decided = new Map<number, boolean[]>();
    const blocks = Array.from({ length: MAX_WAITING + 1 }, () => document.createElement('p'));
    blocks.forEach((b, i) => gate.offer(b, (v) => decided.set(i, [...(decided.get(i) ?? []), v])));
    expect([...decided]).toEqual([[0, [false]]]);
    expect(FakeObserver.last.observed.has(blocks[0]!)).toBe(false);
    expect(FakeObserver.last.observed.size).toBe(MAX_WAITING);
    // The oldest let go can be offered again, and is decided then.
    gate.offer(blocks[0]!, (v) => decided.set(0, [...(decided.get(0) ?? []), v]));
    FakeObserver.last.report(blocks[0]!, true);
    expect(decided.get(0)).toEqual([false, true]);
  });

  it('is the default where IntersectionObserver exists; the immediate gate elsewhere', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    expect(defaultGate()).toBe(immediateGate);
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    expect(defaultGate()).not.toBe(immediateGate);
  });
});

describe('immediate gate and isVisible: blocks a person cannot see', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const decide = (element: Element): boolean => {
    let visible: boolean | undefined;
    immediateGate.offer(element, (v) => (visible = v));
    return visible!;
  };

  it.each([
    ['opacity: 0', { opacity: '0' }],
    ['visibility: hidden', { visibility: 'hidden' }],
    ['display: none', { display: 'none' }],
  ])('a block with %s, or inside an element with it, is not visible', (_name, style) => {
    expect(decide(block(style))).toBe(false);
    const wrapper = document.body.appendChild(document.createElement('div'));
    Object.assign(wrapper.style, style);
    const inner = wrapper.appendChild(document.createElement('p'));
    inner.textContent = '본인확인에 실패하였습니다';
    expect(isVisible(inner)).toBe(false);
  });

  it('a block marked hidden or aria-hidden, or inside one, is not visible', () => {
    const hidden = block();
    hidden.hidden = true;
    expect(decide(hidden)).toBe(false);
    const layer = document.body.appendChild(document.createElement('div'));
    layer.setAttribute('aria-hidden', 'true');
    expect(isVisible(layer.appendChild(document.createElement('p')))).toBe(false);
    // aria-hidden="false" hides nothing.
    const shown = block();
    shown.setAttribute('aria-hidden', 'false');
    expect(decide(shown)).toBe(true);
  });

  it('a plain block is visible', () => {
    expect(decide(block())).toBe(true);
    expect(decide(block({ opacity: '0.5' }))).toBe(true);
  });

  it('asks checkVisibility, where the browser has it, for opacity and visibility too', () => {
    const p = block();
    const checkVisibility = vi.fn(() => false);
    Object.assign(p, { checkVisibility });
    expect(isVisible(p)).toBe(false);
    expect(checkVisibility).toHaveBeenCalledWith({ opacityProperty: true, visibilityProperty: true });
  });
});
