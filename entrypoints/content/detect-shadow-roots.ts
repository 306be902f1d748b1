// Shadow roots at any depth, found from the isolated world alone: nothing in the page is wrapped
// for this. A root is looked for where it can appear:
// - in every subtree the DOM watcher reports as added (a watched root's own additions included,
//   which is how roots inside roots are found);
// - in custom elements that were not defined yet when seen, once their definition has arrived;
// - in a whole-document sweep (into known roots too) a few times after load and after each user
//   click or key press: roots attached later to an element already seen, such as a widget that
//   fills its host when a request comes back.
// The work runs in small time slices, so a page with tens of thousands of elements keeps its
// main thread.

/** Our own hint and notes: their text is ours, not the page's. */
const OWN_ELEMENTS = 'reissue-helper-';

type ClosedRootOf = (element: Element) => ShadowRoot | null;

/** Built-in elements that can have a shadow root (custom elements can too). */
const HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/**
 * A closed root, as content scripts may read them: Firefox's `element.openOrClosedShadowRoot`,
 * Chrome's `chrome.dom.openOrClosedShadowRoot`. In Chrome each call costs about 2 µs (50,000
 * elements: 104 ms, against 17 ms for reading `shadowRoot`), so added subtrees ask it of custom
 * elements only, where components keep their closed roots, and only sweeps ask every element that
 * can have one.
 */
export const closedShadowRootOf: ClosedRootOf = (element) => {
  if ('openOrClosedShadowRoot' in element) return (element as { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot;
  if (!(element instanceof HTMLElement) || typeof chrome !== 'object' || !chrome.dom?.openOrClosedShadowRoot) return null;
  try {
    return chrome.dom.openOrClosedShadowRoot(element);
  } catch {
    return null;
  }
};

/** Work per slice before yielding back to the page, and elements looked at between clock reads. */
const SLICE_MS = 6;
const BATCH = 256;
/** Sweeps after load, in ms. */
const AFTER_LOAD = [1_000, 3_000, 10_000];
/** Sweeps after a click or key press, in ms: when the page's answer to it has usually arrived. */
const AFTER_INPUT = [700, 3_000];
/** Custom elements waiting for their definition; past this, the oldest are let go. */
export const MAX_UNDEFINED = 2_000;
/** Waits between looks at undefined custom elements, growing while nothing new comes. */
const UNDEFINED_CHECKS_MS = [250, 500, 1_000, 2_000, 4_000];

export interface ShadowRootFinder {
  /** Looks for new roots in `node` and below it (not inside roots already known). */
  scan(node: Node): void;
  /** Looks everywhere in the document, inside known roots too. */
  sweep(): void;
}

interface Job {
  elements: ArrayLike<Element>;
  next: number;
  /** Also look inside roots already known. */
  deep: boolean;
}

/**
 * `watch` is called once per new root; it is expected to look at the root's content (and so to
 * call `scan` on it: that is how roots inside it are found).
 */
export function createShadowRootFinder(watch: (root: ShadowRoot) => void, signal: AbortSignal, closedRootOf: ClosedRootOf = closedShadowRootOf): ShadowRootFinder {
  const known = new WeakSet<ShadowRoot>();
  const jobs: Job[] = [];
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

  const look = (element: Element, deep: boolean): void => {
    const name = element.localName;
    if (name.startsWith(OWN_ELEMENTS)) return;
    const custom = name.includes('-');
    const root = element.shadowRoot ?? (custom || (deep && HOSTS.has(name)) ? closedRootOf(element) : null);
    if (!root) {
      if (custom && !isDefined(element)) waitForDefinition(element);
    } else if (!known.has(root)) {
      known.add(root);
      watch(root);
    } else if (deep) add(root, true);
  };

  const runSlice = (): void => {
    sliceScheduled = false;
    if (signal.aborted) return;
    const deadline = performance.now() + SLICE_MS;
    while (jobs.length && performance.now() < deadline) {
      const job = jobs[0]!;
      const end = Math.min(job.elements.length, job.next + BATCH);
      for (; job.next < end; job.next++) look(job.elements[job.next]!, job.deep);
      if (job.next >= job.elements.length) jobs.shift();
    }
    if (jobs.length) schedule();
  };

  const schedule = (): void => {
    if (sliceScheduled || signal.aborted) return;
    sliceScheduled = true;
    setTimeout(runSlice, 0);
  };

  const add = (node: Node, deep: boolean): void => {
    const type = node.nodeType;
    if (type !== Node.ELEMENT_NODE && type !== Node.DOCUMENT_NODE && type !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (type === Node.ELEMENT_NODE) jobs.push({ elements: [node as Element], next: 0, deep });
    // A static list: what is added later comes through the watcher again.
    jobs.push({ elements: (node as ParentNode).querySelectorAll('*'), next: 0, deep });
    schedule();
  };

  const checkUndefined = (): void => {
    undefinedTimer = undefined;
    if (signal.aborted) return;
    for (const element of undefinedElements) {
      if (!element.isConnected) undefinedElements.delete(element);
      else if (isDefined(element)) {
        undefinedElements.delete(element);
        // Its constructor or connectedCallback may have attached a root, with more below it.
        add(element, false);
      }
    }
    if (undefinedElements.size === 0) return;
    undefinedStep = Math.min(undefinedStep + 1, UNDEFINED_CHECKS_MS.length - 1);
    undefinedTimer = setTimeout(checkUndefined, UNDEFINED_CHECKS_MS[undefinedStep]);
  };

  const waitForDefinition = (element: Element): void => {
    if (undefinedElements.has(element)) return;
    if (undefinedElements.size >= MAX_UNDEFINED) undefinedElements.delete(undefinedElements.values().next().value as Element);
    undefinedElements.add(element);
    // Something new to wait for: look again soon.
    undefinedStep = 0;
    if (undefinedTimer !== undefined) clearTimeout(undefinedTimer);
    undefinedTimer = setTimeout(checkUndefined, UNDEFINED_CHECKS_MS[0]);
  };

  signal.addEventListener('abort', () => {
    if (undefinedTimer !== undefined) clearTimeout(undefinedTimer);
    undefinedElements.clear();
    jobs.length = 0;
  });

  return {
    scan: (node) => add(node, false),
    sweep: () => add(document, true),
  };
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
  for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, onInput, { capture: true, passive: true, signal });
}
