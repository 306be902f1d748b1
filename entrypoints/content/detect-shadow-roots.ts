// Shadow roots at any depth, found from the isolated world alone: nothing in the page is wrapped
// for this. Roots live on custom elements, and on built-in elements that are given one while empty
// (the content goes into the root). Those "possible hosts" are looked at:
// - in every subtree the DOM watcher reports as added (a watched root's own additions included,
//   which is how roots inside roots are found);
// - again once an undefined custom element's definition arrives;
// - again a few times after load and after each user click or key press: a root attached later to
//   an element already seen, such as a widget that fills its host when a request comes back.
// A built-in element that already has children when seen is not a possible host: a root given to
// it later is not found (rare; looking at every element again would cost every page).
// The work runs in small time slices, so a page with tens of thousands of elements keeps its
// main thread.

/** Our own hint and notes: their text is ours, not the page's. */
const OWN_ELEMENTS = 'reissue-helper-';
/** Built-in elements that can have a shadow root (custom elements can too). */
const HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
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
]);

type ClosedRootOf = (element: Element) => ShadowRoot | null;

/**
 * A closed root, as content scripts may read them: Firefox's `element.openOrClosedShadowRoot`,
 * Chrome's `chrome.dom.openOrClosedShadowRoot`. Asked of possible hosts only: in Chrome each call
 * costs about 2 µs (50,000 elements: 104 ms, against 17 ms for reading `shadowRoot`).
 */
export const closedShadowRootOf: ClosedRootOf = (element) => {
  if ('openOrClosedShadowRoot' in element)
    return (element as { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot;
  if (!(element instanceof HTMLElement) || typeof chrome !== 'object' || !chrome.dom?.openOrClosedShadowRoot)
    return null;
  try {
    return chrome.dom.openOrClosedShadowRoot(element);
  } catch {
    return null;
  }
};

/** Work per slice before yielding back to the page, and elements looked at between clock reads. */
const SLICE_MS = 6;
const BATCH = 256;
/** Subtrees up to this many elements are looked at at once. */
const SMALL = 64;
/** Sweeps after load, in ms. */
const AFTER_LOAD = [1_000, 3_000, 10_000];
/** Sweeps after a click or key press, in ms: when the page's answer to it has usually arrived. */
const AFTER_INPUT = [700, 3_000];
/** Possible hosts without a root, kept for the sweeps; past this, the oldest are let go. */
export const MAX_POSSIBLE_HOSTS = 5_000;
/** Waits between looks at undefined custom elements, growing while nothing new comes. */
const UNDEFINED_CHECKS_MS = [250, 500, 1_000, 2_000, 4_000];

export interface ShadowRootFinder {
  /** Looks for new roots in `node` and below it (not inside roots: those come as their own nodes). */
  scan(node: Node): void;
  /** Looks again at the possible hosts seen so far. */
  sweep(): void;
}

/**
 * `watch` is called once per new root; it is expected to look at the root's content (and so to
 * call `scan` on it: that is how roots inside it are found).
 */
export function createShadowRootFinder(
  watch: (root: ShadowRoot) => void,
  signal: AbortSignal,
  closedRootOf: ClosedRootOf = closedShadowRootOf,
): ShadowRootFinder {
  const known = new WeakSet<ShadowRoot>();
  /** Lists of elements still to look at. */
  const queue: Array<{ elements: ArrayLike<Element>; next: number }> = [];
  const possibleHosts = new Set<Element>();
  const undefinedElements = new Set<Element>();
  let sliceScheduled = false;
  let undefinedTimer: ReturnType<typeof setTimeout> | undefined;
  let undefinedStep = 0;

  const isDefined = (element: Element): boolean => {
    try {
      return element.matches(':defined');
    } catch {
      return true;
    }
  };

  const remember = (set: Set<Element>, element: Element): void => {
    if (set.has(element)) return;
    if (set.size >= MAX_POSSIBLE_HOSTS) set.delete(set.values().next().value as Element);
    set.add(element);
  };

  const rootOf = (element: Element): ShadowRoot | null => {
    const root = element.shadowRoot ?? closedRootOf(element);
    if (!root) return null;
    possibleHosts.delete(element);
    if (!known.has(root)) {
      known.add(root);
      watch(root);
    }
    return root;
  };

  /**
   * One element: a possible host is looked at, the rest cost one property read. (A selector that
   * picks possible hosts, `:not(<every standard name>), :is(div, …):empty`, was measured slower
   * than this loop: 26–64 ms against 17–20 ms for 60,000 elements.)
   */
  const look = (element: Element): void => {
    const name = element.localName;
    const custom = name.includes('-');
    if (custom ? name.startsWith(OWN_ELEMENTS) : !HOSTS.has(name) || element.firstChild !== null) return;
    if (rootOf(element)) return;
    remember(possibleHosts, element);
    if (custom && !isDefined(element)) waitForDefinition(element);
  };

  const runSlice = (): void => {
    sliceScheduled = false;
    if (signal.aborted) return;
    const deadline = performance.now() + SLICE_MS;
    while (queue.length && performance.now() < deadline) {
      const job = queue[0]!;
      const end = Math.min(job.elements.length, job.next + BATCH);
      for (; job.next < end; job.next++) look(job.elements[job.next]!);
      if (job.next >= job.elements.length) queue.shift();
    }
    if (queue.length) schedule();
  };

  const schedule = (): void => {
    if (sliceScheduled || signal.aborted) return;
    sliceScheduled = true;
    setTimeout(runSlice, 0);
  };

  const enqueue = (elements: ArrayLike<Element>): void => {
    if (elements.length === 0) return;
    queue.push({ elements, next: 0 });
    schedule();
  };

  /** Elements below a subtree's root, in document order, into `small`; false past SMALL of them. */
  const small: Element[] = [];
  const smallSubtree = (root: ParentNode): boolean => {
    small.length = 0;
    let element = root.firstElementChild;
    while (element) {
      if (small.length === SMALL) return false;
      small.push(element);
      let next = element.firstElementChild;
      for (let current: Element = element; !next && current !== root;) {
        next = current.nextElementSibling;
        const parent = current.parentNode;
        if (next || !parent || parent === root) break;
        current = parent as Element;
      }
      element = next;
    }
    return true;
  };

  const scan = (node: Node): void => {
    const type = node.nodeType;
    if (type !== Node.ELEMENT_NODE && type !== Node.DOCUMENT_NODE && type !== Node.DOCUMENT_FRAGMENT_NODE)
      return;
    // Small subtrees (rows, messages) at once: the caller is already working in slices. They are
    // walked in place: a list of each row's elements would cost more than looking at them.
    if (smallSubtree(node as ParentNode)) {
      if (type === Node.ELEMENT_NODE) look(node as Element);
      for (let i = 0; i < small.length; i++) look(small[i]!);
      small.length = 0;
      return;
    }
    small.length = 0;
    // A static list: what is added later comes through the watcher again.
    const below = (node as ParentNode).querySelectorAll('*');
    if (type === Node.ELEMENT_NODE) enqueue([node as Element]);
    enqueue(below);
  };

  const checkUndefined = (): void => {
    undefinedTimer = undefined;
    if (signal.aborted) return;
    for (const element of undefinedElements) {
      if (!element.isConnected) undefinedElements.delete(element);
      else if (isDefined(element)) {
        undefinedElements.delete(element);
        // Its constructor or connectedCallback may have attached a root, with more below it.
        scan(element);
      }
    }
    if (undefinedElements.size === 0) return;
    undefinedStep = Math.min(undefinedStep + 1, UNDEFINED_CHECKS_MS.length - 1);
    undefinedTimer = setTimeout(checkUndefined, UNDEFINED_CHECKS_MS[undefinedStep]);
  };

  const waitForDefinition = (element: Element): void => {
    if (undefinedElements.has(element)) return;
    remember(undefinedElements, element);
    // Something new to wait for: look again soon.
    undefinedStep = 0;
    if (undefinedTimer !== undefined) clearTimeout(undefinedTimer);
    undefinedTimer = setTimeout(checkUndefined, UNDEFINED_CHECKS_MS[0]);
  };

  const sweep = (): void => {
    const hosts = [...possibleHosts].filter((element) => {
      if (element.isConnected) return true;
      possibleHosts.delete(element);
      return false;
    });
    enqueue(hosts);
  };

  signal.addEventListener('abort', () => {
    if (undefinedTimer !== undefined) clearTimeout(undefinedTimer);
    undefinedElements.clear();
    possibleHosts.clear();
    queue.length = 0;
  });

  return { scan, sweep };
}

/** The sweeps that find roots attached to elements already seen: after load and after user input. */
export function scheduleSweeps(finder: ShadowRootFinder, signal: AbortSignal): void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sweepAfter = (delays: number[]): void => {
    for (const delay of delays) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        finder.sweep();
      }, delay);
      timers.add(timer);
    }
  };
  signal.addEventListener('abort', () => timers.forEach((t) => clearTimeout(t)));

  sweepAfter(AFTER_LOAD);
  let lastInput = -Infinity;
  const onInput = (event: Event): void => {
    // A page's synthetic events do not make us work.
    if (!event.isTrusted) return;
    // One set of sweeps per burst of clicks or typing.
    const now = performance.now();
    if (now - lastInput < AFTER_INPUT[0]!) return;
    lastInput = now;
    sweepAfter(AFTER_INPUT);
  };
  for (const type of ['pointerdown', 'keydown'])
    document.addEventListener(type, onInput, { capture: true, passive: true, signal });
}
