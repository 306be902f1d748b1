// One MutationObserver per watched root (the document body and each open shadow root). Mutation
// callbacks only collect nodes; the work runs later in small time slices, so a page that inserts
// tens of thousands of nodes keeps its main thread. A small change with a failure word in it is the
// exception: it is looked at at once, in the page's own task, because a page that keeps its main
// thread busy (loading 500 frames) would otherwise delay the next slice by seconds.

/** Attribute changes that can make a layer appear without adding nodes. */
export const REVEALING_ATTRIBUTES = ['style', 'class', 'hidden', 'open', 'aria-hidden'];
/** Work per slice before yielding back to the page. */
const SLICE_MS = 6;
/**
 * Nodes remembered between slices. Past this, a page is churning: new records are coalesced to the
 * parent they changed (a few containers, not thousands of rows), and past twice this, to the watched
 * root itself. Nothing is dropped; it is only looked at in larger pieces.
 */
export const MAX_PENDING = 5_000;
/** A change this small (nodes waiting in all) may be looked at at once… */
const URGENT_MAX_NODES = 16;
/** …this many times a second at most, so no page can make us work in its tasks all the time. */
const URGENT_PER_SECOND = 5;

export interface DomHandlers {
  /** Subtrees added or whose text changed; `urgent` when looked at at once, in the page's task. */
  added(node: Node, urgent?: boolean): void;
  /** Elements whose visibility-related attributes changed. */
  revealed(element: Element, urgent?: boolean): void;
  /** Whether a node of a small change is worth looking at at once (it holds a failure word). */
  urgent?(node: Node): boolean;
}

export interface DomWatcher {
  watch(root: Node): void;
}

export function createDomWatcher(handlers: DomHandlers, signal: AbortSignal): DomWatcher {
  const added = new Set<Node>();
  const revealed = new Set<Element>();
  const observers: MutationObserver[] = [];
  let scheduled = false;

  let urgentTokens = URGENT_PER_SECOND;
  let urgentRefilled = performance.now();
  const urgentAllowed = (): boolean => {
    const now = performance.now();
    urgentTokens = Math.min(URGENT_PER_SECOND, urgentTokens + ((now - urgentRefilled) / 1000) * URGENT_PER_SECOND);
    urgentRefilled = now;
    if (urgentTokens < 1) return false;
    urgentTokens -= 1;
    return true;
  };

  const runSlice = (urgent = false): void => {
    if (!urgent) scheduled = false;
    if (signal.aborted) return;
    const deadline = performance.now() + SLICE_MS;
    // A node under a pending or just-scanned ancestor is covered by that ancestor's scan.
    const scanned = new Set<Node>();
    const covered = (node: Node): boolean => {
      for (let parent = node.parentNode; parent; parent = parent.parentNode) if (added.has(parent) || scanned.has(parent)) return true;
      return false;
    };
    for (const node of added) {
      if (performance.now() > deadline) break;
      added.delete(node);
      if (!node.isConnected || covered(node)) continue;
      handlers.added(node, urgent);
      scanned.add(node);
    }
    for (const element of revealed) {
      if (performance.now() > deadline) break;
      revealed.delete(element);
      if (element.isConnected) handlers.revealed(element, urgent);
    }
    if (added.size || revealed.size) schedule();
  };

  const isUrgent = (): boolean => {
    const { urgent } = handlers;
    if (!urgent || added.size + revealed.size > URGENT_MAX_NODES) return false;
    for (const node of added) if (urgent(node)) return urgentAllowed();
    for (const element of revealed) if (urgent(element)) return urgentAllowed();
    return false;
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    // requestAnimationFrame does not run in background tabs; a timeout keeps detection going there.
    if (document.visibilityState === 'visible') requestAnimationFrame(() => runSlice());
    else setTimeout(() => runSlice(), 50);
  };

  const onMutationsIn = (root: Node) => (records: MutationRecord[]): void => {
    for (const record of records) {
      const pending = added.size + revealed.size;
      if (pending >= 2 * MAX_PENDING) {
        added.add(root);
        break;
      }
      const churning = pending >= MAX_PENDING;
      if (record.type === 'attributes') revealed.add(record.target as Element);
      else if (record.type === 'characterData' || churning) added.add(record.type === 'childList' ? record.target : (record.target.parentNode ?? record.target));
      else record.addedNodes.forEach((node) => added.add(node.nodeType === Node.TEXT_NODE && node.parentNode ? node.parentNode : node));
    }
    if (isUrgent()) runSlice(true);
    else schedule();
  };

  signal.addEventListener('abort', () => observers.forEach((o) => o.disconnect()));

  return {
    watch(root) {
      if (signal.aborted) return;
      const observer = new MutationObserver(onMutationsIn(root));
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: REVEALING_ATTRIBUTES });
      observers.push(observer);
      added.add(root);
      schedule();
    },
  };
}
