import { afterEach, describe, expect, it, vi } from 'vitest';
import { createObserverGate } from '../../../entrypoints/content/visibility-gate';

// A stand-in IntersectionObserver that reports what the test says, as the browser would after rendering.
class FakeObserver {
  static last: FakeObserver;
  observed = new Set<Element>();
  constructor(
    readonly callback: (entries: Array<Partial<IntersectionObserverEntry>>) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  report(el: Element, isIntersecting: boolean, width = 100, height = 20) {
    this.callback([{ target: el, isIntersecting, boundingClientRect: { width, height } as DOMRectReadOnly }]);
  }
}

describe('observer visibility gate', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('passes rendered, visible blocks and drops hidden, empty or invisible ones, each once', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const gate = createObserverGate();
    expect(FakeObserver.last.options.rootMargin).toBe('100000px');
    const decided: Array<[string, boolean]> = [];
    const [shown, none, empty, invisible] = ['a', 'b', 'c', 'd'].map(() =>
      document.body.appendChild(document.createElement('p')),
    );
    invisible!.style.visibility = 'hidden';
    gate.offer(shown!, (v) => decided.push(['shown', v]));
    gate.offer(shown!, (v) => decided.push(['shown again', v]));
    gate.offer(none!, (v) => decided.push(['display:none', v]));
    gate.offer(empty!, (v) => decided.push(['no size', v]));
    gate.offer(invisible!, (v) => decided.push(['visibility:hidden', v]));
    expect(FakeObserver.last.observed.size).toBe(4);
    FakeObserver.last.report(shown!, true);
    FakeObserver.last.report(none!, false, 0, 0);
    FakeObserver.last.report(empty!, true, 0, 0);
    FakeObserver.last.report(invisible!, true);
    expect(decided).toEqual([
      ['shown', true],
      ['shown again', true],
      ['display:none', false],
      ['no size', false],
      ['visibility:hidden', false],
    ]);
    expect(FakeObserver.last.observed.size).toBe(0);
  });

  it('waits for a block laid out far down a long page until the page comes near it (issue 11)', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const gate = createObserverGate();
    const far = document.body.appendChild(document.createElement('p'));
    const decided: boolean[] = [];
    gate.offer(far, (v) => decided.push(v));
    FakeObserver.last.report(far, false); // laid out, beyond the margin
    expect(decided).toEqual([]);
    expect(FakeObserver.last.observed.has(far)).toBe(true);
    FakeObserver.last.report(far, true); // scrolled near
    expect(decided).toEqual([true]);
    expect(FakeObserver.last.observed.size).toBe(0);
  });
});

describe('observer visibility gate: entries it is not waiting for', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('an entry for a block already decided (reported twice in one batch) decides nothing again', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const gate = createObserverGate();
    const block = document.body.appendChild(document.createElement('p'));
    const decided: boolean[] = [];
    gate.offer(block, (v) => decided.push(v));
    const entry = {
      target: block,
      isIntersecting: true,
      boundingClientRect: { width: 10, height: 10 } as DOMRectReadOnly,
    };
    expect(() => FakeObserver.last.callback([entry, entry])).not.toThrow();
    expect(decided).toEqual([true]);
  });
});
