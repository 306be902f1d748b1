import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closedShadowRootOf,
  createShadowRootFinder,
  MAX_POSSIBLE_HOSTS,
  scheduleSweeps,
} from '../../../entrypoints/content/detect-shadow-roots';

// The shadow-root finder alone: which elements it takes for possible hosts, which roots it hands
// over (each once), how it works through big subtrees, waits for custom elements' definitions and
// stops when the script is invalidated. Timers are fake: nothing here depends on the machine's speed.

describe('closedShadowRootOf', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads Firefox's element.openOrClosedShadowRoot where the element has it", () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const element = Object.assign(document.createElement('div'), { openOrClosedShadowRoot: root });
    vi.stubGlobal('chrome', { dom: { openOrClosedShadowRoot: () => null } });
    expect(closedShadowRootOf(element)).toBe(root);
    expect(
      closedShadowRootOf(Object.assign(document.createElement('div'), { openOrClosedShadowRoot: null })),
    ).toBe(null);
  });

  it("asks Chrome's chrome.dom.openOrClosedShadowRoot for HTML elements", () => {
    const host = document.createElement('div');
    const root = document.createElement('span').attachShadow({ mode: 'closed' });
    const openOrClosedShadowRoot = vi.fn((element: Element) => (element === host ? root : null));
    vi.stubGlobal('chrome', { dom: { openOrClosedShadowRoot } });
    expect(closedShadowRootOf(host)).toBe(root);
    expect(closedShadowRootOf(document.createElement('p'))).toBe(null);
    // Not for other elements (SVG): Chrome's call takes HTML elements only.
    expect(closedShadowRootOf(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))).toBe(null);
    expect(openOrClosedShadowRoot).toHaveBeenCalledTimes(2);
  });

  it('is null without chrome.dom, and when the call throws', () => {
    const host = document.createElement('div');
    vi.stubGlobal('chrome', undefined);
    expect(closedShadowRootOf(host)).toBe(null);
    vi.stubGlobal('chrome', {});
    expect(closedShadowRootOf(host)).toBe(null);
    vi.stubGlobal('chrome', { dom: {} });
    expect(closedShadowRootOf(host)).toBe(null);
    vi.stubGlobal('chrome', {
      dom: {
        openOrClosedShadowRoot: () => {
          throw new Error('not an element of this document');
        },
      },
    });
    expect(closedShadowRootOf(host)).toBe(null);
  });
});

describe('shadow root finder', () => {
  let controller: AbortController;
  let watched: ShadowRoot[];
  /** Closed roots the content script could read (chrome.dom.openOrClosedShadowRoot). */
  let closed: Map<Element, ShadowRoot>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    controller = new AbortController();
    watched = [];
    closed = new Map();
    document.body.innerHTML = '';
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const finder = () =>
    createShadowRootFinder(
      (root) => void watched.push(root),
      controller.signal,
      (element) => closed.get(element) ?? null,
    );
  const el = (name: string, parent: ParentNode = document.body): Element =>
    parent.appendChild(document.createElement(name));
  const attach = (host: Element, mode: 'open' | 'closed' = 'open'): ShadowRoot => {
    const root = host.attachShadow({ mode });
    if (mode === 'closed') closed.set(host, root);
    return root;
  };
  /** Whether a root attached after the scan to `host` is found by a sweep. */
  const foundLater = (name: string, fill?: (host: Element) => void): boolean => {
    const f = finder();
    const host = el(name);
    fill?.(host);
    f.scan(host);
    vi.runOnlyPendingTimers();
    const root = attach(host);
    f.sweep();
    vi.runOnlyPendingTimers();
    return watched.includes(root);
  };

  it('hands over a root present when scanned, open or closed, and each root once', () => {
    const f = finder();
    const open = attach(el('div'));
    const closedRoot = attach(el('x-panel'), 'closed');
    f.scan(document.body);
    f.scan(document.body);
    f.sweep();
    vi.runAllTimers();
    expect(watched).toEqual([open, closedRoot]);
  });

  it.each([
    'article',
    'aside',
    'blockquote',
    'div',
    'footer',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'header',
    'main',
    'nav',
    'p',
    'section',
    'span',
  ])('an empty <%s> is a possible host: a root given to it later is found by a sweep', (name) => {
    expect(foundLater(name)).toBe(true);
  });

  it('an empty <body> of a frame document is a possible host too', () => {
    const frame = document.implementation.createHTMLDocument('');
    frame.body.replaceChildren();
    const f = finder();
    f.scan(frame.body);
    const root = frame.body.attachShadow({ mode: 'open' });
    f.sweep();
    vi.runAllTimers();
    expect(watched).toEqual([root]);
  });

  it('not possible hosts: a built-in element that already has children, or one that cannot have a root', () => {
    expect(foundLater('div', (host) => host.append('안내'))).toBe(false);
    expect(foundLater('li')).toBe(false);
    // A custom element is one, children or not.
    expect(foundLater('cert-widget', (host) => host.append(document.createElement('b')))).toBe(true);
  });

  it('our own elements (the hint, the mail note) are never looked into', () => {
    const f = finder();
    attach(el('reissue-helper-hint'));
    attach(el('reissue-helper-mail-note'), 'closed');
    f.scan(document.body);
    f.sweep();
    vi.runAllTimers();
    expect(watched).toEqual([]);
  });

  it('a sweep lets go of hosts no longer in the page', () => {
    const f = finder();
    const host = el('div');
    f.scan(host);
    host.remove();
    attach(host);
    f.sweep();
    vi.runAllTimers();
    expect(watched).toEqual([]);
  });

  it('a subtree of more than 64 elements is looked through in slices, to its last element and its own root', () => {
    const f = finder();
    const big = el('x-big');
    for (let i = 0; i < 100; i++) el('p', big).append(`${i}`);
    const lastHost = el('x-last', big.lastElementChild!);
    const last = attach(lastHost);
    const own = attach(big);
    f.scan(big);
    expect(watched).toEqual([]); // not in the caller's task
    vi.runAllTimers();
    expect(watched).toEqual([own, last]);
  });

  it('a small subtree is looked through at once, at every depth, in document order', () => {
    const f = finder();
    const box = el('div');
    const deep = el('x-deep', el('div', el('div', box)));
    el('b', box);
    const after = el('x-after', box);
    const [r1, r2] = [attach(deep), attach(after)];
    f.scan(box);
    expect(watched).toEqual([r1, r2]);
  });

  it('a document and a fragment are scanned too; a text node is not', () => {
    const f = finder();
    const fragment = document.createDocumentFragment();
    const inFragment = attach(fragment.appendChild(document.createElement('x-a')));
    f.scan(fragment);
    const inDocument = attach(el('x-b'));
    f.scan(document);
    f.scan(document.createTextNode('x'));
    vi.runAllTimers();
    expect(watched).toEqual([inFragment, inDocument]);
  });

  it(`remembers at most ${MAX_POSSIBLE_HOSTS} possible hosts: past that the oldest is let go`, () => {
    const f = finder();
    const hosts = Array.from({ length: MAX_POSSIBLE_HOSTS + 1 }, () => el('div'));
    for (const host of hosts) f.scan(host);
    const roots = hosts.map((host) => attach(host));
    f.sweep();
    vi.runAllTimers();
    expect(watched).toHaveLength(MAX_POSSIBLE_HOSTS);
    expect(watched).not.toContain(roots[0]);
    expect(watched).toContain(roots[1]);
    expect(watched).toContain(roots.at(-1));
  });

  it('looks again at a custom element when its definition arrives, checking less often while nothing comes', () => {
    const f = finder();
    const late = el('cert-late');
    let defined = false;
    vi.spyOn(late, 'matches').mockImplementation((selector) => selector === ':defined' && defined);
    f.scan(late);
    const root = attach(late);
    // Checks at 250, then 500, 1,000, 2,000 and 4,000 ms apart, then every 4,000 ms.
    const checks = [250, 500, 1_000, 2_000, 4_000, 4_000];
    for (const wait of checks.slice(0, -1)) {
      vi.advanceTimersByTime(wait - 1);
      expect(watched).toEqual([]);
      vi.advanceTimersByTime(1);
    }
    defined = true;
    vi.advanceTimersByTime(checks.at(-1)! - 1);
    expect(watched).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(watched).toEqual([root]);
    // Nothing left to wait for: no more checks.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a new undefined element starts the checks over; one removed from the page is no longer waited for', () => {
    const f = finder();
    const first = el('cert-one');
    const second = el('cert-two');
    for (const element of [first, second]) vi.spyOn(element, 'matches').mockReturnValue(false);
    f.scan(first);
    vi.advanceTimersByTime(250 + 500); // now checking every 1,000 ms
    f.scan(second); // …and back to 250 ms
    vi.spyOn(second, 'matches').mockReturnValue(true);
    const root = attach(second);
    vi.advanceTimersByTime(250);
    expect(watched).toEqual([root]);
    first.remove();
    vi.advanceTimersByTime(500);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an element that cannot be asked ":defined" is taken as defined, and not waited for', () => {
    const f = finder();
    const odd = el('cert-odd');
    vi.spyOn(odd, 'matches').mockImplementation(() => {
      throw new SyntaxError('unsupported');
    });
    f.scan(odd);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing more once the script is invalidated: no slices, no sweeps, no checks', () => {
    const f = finder();
    const big = el('section');
    for (let i = 0; i < 100; i++) el('p', big);
    const root = attach(el('x-late', big));
    const waiting = el('cert-wait');
    vi.spyOn(waiting, 'matches').mockReturnValue(false);
    const host = el('div');
    f.scan(host);
    f.scan(waiting);
    f.scan(big);
    controller.abort();
    attach(host);
    vi.spyOn(waiting, 'matches').mockReturnValue(true);
    attach(waiting);
    f.sweep();
    f.scan(big);
    vi.runAllTimers();
    expect(watched).not.toContain(root);
    expect(watched).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('scheduled sweeps', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });
  const trusted = (type: string): Event => {
    const event = type === 'keydown' ? new KeyboardEvent(type) : new PointerEvent(type);
    Object.defineProperty(event, 'isTrusted', { value: true });
    return event;
  };

  it('sweeps 1, 3 and 10 seconds after load', () => {
    const sweep = vi.fn();
    scheduleSweeps({ scan: () => undefined, sweep }, controller.signal);
    const at = (ms: number) => {
      vi.advanceTimersByTime(ms);
      return sweep.mock.calls.length;
    };
    expect([at(999), at(1), at(1_999), at(1), at(6_999), at(1), at(60_000)]).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });

  it('sweeps 0.7 and 3 seconds after a trusted pointer press or key press, once per burst', () => {
    const sweep = vi.fn();
    scheduleSweeps({ scan: () => undefined, sweep }, controller.signal);
    vi.advanceTimersByTime(20_000);
    sweep.mockClear();
    document.dispatchEvent(trusted('pointerdown'));
    vi.advanceTimersByTime(600);
    document.dispatchEvent(trusted('keydown')); // same burst: no second set
    vi.advanceTimersByTime(99);
    expect(sweep).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(sweep).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2_300);
    expect(sweep).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    expect(sweep).toHaveBeenCalledTimes(2);
    // A key press after the burst: a new set.
    document.dispatchEvent(trusted('keydown'));
    vi.advanceTimersByTime(3_000);
    expect(sweep).toHaveBeenCalledTimes(4);
  });

  it('no sweep is left waiting once the script is invalidated, and input no longer starts any', () => {
    const sweep = vi.fn();
    scheduleSweeps({ scan: () => undefined, sweep }, controller.signal);
    vi.advanceTimersByTime(1_000);
    document.dispatchEvent(trusted('pointerdown'));
    controller.abort();
    document.dispatchEvent(trusted('keydown'));
    vi.advanceTimersByTime(60_000);
    expect(sweep).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
