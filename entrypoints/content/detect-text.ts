import type { Source } from '../../utils/protocol';
import type { Reporter } from './reporter';
import { LAYER } from './not-reports';
import { FAILURE_SIGNAL_WORDS, hasFailureSignal, MAX_MESSAGE_CHARS } from './prefilter';
import { scanCandidateBlocks } from './text-candidates';
import { immediateGate, type VisibilityGate } from './visibility-gate';

function sourceOf(node: Node): Source {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(LAYER) ? 'layer' : 'inline';
}

/** Most shapes a page keeps; past this a page is generating text, and new shapes are still looked at. */
const MAX_SHAPES = 2_000;
const DIGITS = /\d+/g;
/**
 * A short text's shape (its digits replaced) decides whether it has a failure word, as long as no
 * failure word holds a digit or "#": a text's words between its numbers are its shape's.
 */
export const SHAPE_DECIDES_SIGNAL = !/[\d#]/.test(FAILURE_SIGNAL_WORDS);
/** Time for the rest of long scans per turn of the event loop, so the page's own work comes first. */
const CONTINUE_MS = 5;
/**
 * A block is examined at most a few times in this long; asked more often (a page toggling
 * attributes every frame), it is examined again when the time is up. Nothing is skipped, only
 * gathered: a layer shown once is looked at at once.
 */
const REEXAMINE_MS = 250;
const EXAMINATIONS_PER_WINDOW = 3;
/** A subtree looked at at once is a message, not a table: at most this many elements. */
const URGENT_MAX_ELEMENTS = 64;
/**
 * Roots that mutations are coalesced to: reading their whole textContent at once could be megabytes.
 * (Asked of every row a page adds: the element's own name first, as `document.body` looks for it.)
 */
const isWideRoot = (root: Node): boolean => {
  const type = root.nodeType;
  if (type !== Node.ELEMENT_NODE) return type === Node.DOCUMENT_FRAGMENT_NODE;
  const name = (root as Element).localName;
  return (
    (name === 'body' && root === document.body) || (name === 'html' && root === document.documentElement)
  );
};

/** The last node under `root` now (a leaf), or null for an empty root. */
function lastNodeIn(root: Node): Node | null {
  let node = root;
  while (node.lastChild) node = node.lastChild;
  return node === root ? null : node;
}

/**
 * Reports candidate texts from added subtrees and from layers that become visible. A text that
 * differs from one already seen only in its numbers ("12 거래 …", "13 거래 …") is the same message:
 * it is looked at once per page, so a page that adds thousands of similar rows costs almost nothing.
 */
export function createTextReporter(reporter: Reporter, gate: VisibilityGate) {
  // A shape is "taken" while its visibility is being decided and once it was seen; a hidden one is
  // let go again, so the same text in a layer that appears later is looked at then.
  const taken = new Set<string>();
  // The native textContent is cheap; the visible text is assembled only for new shapes.
  const shapeOf = (text: string) => text.replace(DIGITS, '#');
  // Shapes of short texts without a failure word: text of the same shape has none either.
  const silent = new Set<string>();
  // Scans that reached their bound, to go on with later: a long page is read to its end, that is, to
  // what was its last node when the scan began. Whatever is added after comes through the watcher,
  // which was watching before the scan began; a scan that went on into it would chase a page that
  // keeps adding rows, reading each of them a second time.
  const unfinished: Array<{ source: Source | undefined; root: Node; after: Node; end: Node | null }> = [];
  /** Whether the scan's walk has gone past `end`, the last node when it began. */
  const beyond = (end: Node | null, node: Node): boolean =>
    end !== null &&
    end.isConnected &&
    (end.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  let continuing = false;

  // When each block was last examined, and the blocks asked about again too soon.
  const examined = new WeakMap<Element, { since: number; count: number }>();
  const again = new Map<Element, Source | undefined>();
  let againTimer: ReturnType<typeof setTimeout> | undefined;
  const examineAgainLater = (block: Element, source: Source | undefined): void => {
    again.set(block, source);
    againTimer ??= setTimeout(() => {
      againTimer = undefined;
      const blocks = [...again];
      again.clear();
      for (const [element, from] of blocks) if (element.isConnected) offer(from, element);
    }, REEXAMINE_MS);
  };

  // `source` is given for a layer that was revealed; otherwise each block says its own, so a layer
  // already open when its whole page is read (at load, or in changes gathered to the body) is
  // still a layer, not page text.
  const scan = (
    source: Source | undefined,
    root: Node,
    after?: Node,
    urgent = false,
    end: Node | null = lastNodeIn(root),
  ): void => {
    const shapes = new Map<Element, string>();
    const now = performance.now();
    const isTaken = (block: Element) => {
      const record = examined.get(block);
      if (!record || now - record.since >= REEXAMINE_MS) examined.set(block, { since: now, count: 1 });
      else if (++record.count > EXAMINATIONS_PER_WINDOW && block !== root) {
        examineAgainLater(block, source);
        return true;
      }
      const shape = shapeOf(isWideRoot(block) ? '' : (block.textContent ?? ''));
      shapes.set(block, shape);
      return shape !== '' && taken.has(shape);
    };
    const { candidates, rest } = scanCandidateBlocks(root, isTaken, after);
    for (const { block, text } of candidates) {
      const shape = shapes.get(block) || shapeOf(text);
      // Two blocks of one shape in the same scan: the first one speaks for both.
      if (taken.has(shape)) continue;
      if (taken.size < MAX_SHAPES) taken.add(shape);
      // At once, the style of one small new block is read now rather than after the next frame.
      (urgent ? immediateGate : gate).offer(block, (visible) => {
        if (visible) reporter.report(source ?? sourceOf(block), text);
        else taken.delete(shape);
      });
    }
    if (rest && !beyond(end, rest)) {
      unfinished.push({ source, root, after: rest, end });
      goOnLater();
    }
  };

  const goOn = (): void => {
    continuing = false;
    const deadline = performance.now() + CONTINUE_MS;
    while (unfinished.length && performance.now() < deadline) {
      const next = unfinished.shift()!;
      if (next.root.isConnected && next.after.isConnected)
        scan(next.source, next.root, next.after, false, next.end);
      else if (next.root.isConnected) scan(next.source, next.root, undefined, false, next.end);
    }
    if (unfinished.length) goOnLater();
  };
  function goOnLater(): void {
    if (continuing) return;
    continuing = true;
    setTimeout(goOn, 0);
  }

  const offer = (source: Source | undefined, root: Node, urgent = false) => {
    // One native read decides most subtrees: no failure word in it at all, or a small subtree
    // that is a message already looked at. Only the rest is walked node by node. The page's body
    // (where a flood of changes is gathered) is walked directly, in bounded pieces.
    if (!isWideRoot(root)) {
      const all = root.textContent ?? '';
      if (all.length <= MAX_MESSAGE_CHARS) {
        // A row like one already seen (its shape) is decided by a set look-up: either a message
        // already looked at, or text without a failure word, like every row of a long table.
        const shape = shapeOf(all);
        if (silent.has(shape) || (root instanceof Element && taken.has(shape))) return;
        if (!hasFailureSignal(all)) {
          if (SHAPE_DECIDES_SIGNAL && silent.size < MAX_SHAPES) silent.add(shape);
          return;
        }
      } else if (!hasFailureSignal(all)) return;
    }
    scan(source, root, undefined, urgent);
  };
  return {
    /** Text present at load and text that appears later (added nodes, changed text). */
    added: (root: Node, urgent?: boolean) => offer(undefined, root, urgent),
    /**
     * Layers that become visible by a style, class, hidden or open change: modal layers, <dialog>,
     * WebSquare-style popups. Only the changed element's own subtree is looked at.
     */
    revealed: (element: Element, urgent?: boolean) => offer('layer', element, urgent),
    /** A small node with a failure word in it: worth looking at in the page's own task. */
    urgent: (node: Node) =>
      node instanceof Element &&
      !isWideRoot(node) &&
      node.getElementsByTagName('*').length <= URGENT_MAX_ELEMENTS &&
      hasFailureSignal(node.textContent ?? ''),
  };
}
