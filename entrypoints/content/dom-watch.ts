// One MutationObserver per watched root (the document body and each open shadow root). Mutation
// callbacks only collect nodes; the work runs later in small time slices, so a page that inserts
// tens of thousands of nodes keeps its main thread.

/** Attribute changes that can make a layer appear without adding nodes. */
const REVEALING_ATTRIBUTES = ['style', 'class', 'hidden', 'open', 'aria-hidden'];
/** Work per slice before yielding back to the page. */
const SLICE_MS = 6;
/**
 * Nodes remembered between slices. Past this, a page is churning: new records are coalesced to the
 * parent they changed (a few containers, not thousands of rows), and past twice this, to the watched
 * root itself. Nothing is dropped; it is only looked at in larger pieces.
 */
export const MAX_PENDING = 5_000;

export interface DomHandlers {
  /** Subtrees added or whose text changed. */
  added(node: Node): void;
  /** Elements whose visibility-related attributes changed. */
  revealed(element: Element): void;
}

export interface DomWatcher {
  watch(root: Node): void;
}

export function createDomWatcher(handlers: DomHandlers, signal: AbortSignal): DomWatcher {
  const added = new Set<Node>();
  const revealed = new Set<Element>();
  const observers: MutationObserver[] = [];
  let scheduled = false;

  const runSlice = (): void => {
    scheduled = false;
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
      handlers.added(node);
      scanned.add(node);
    }
    for (const element of revealed) {
      if (performance.now() > deadline) break;
      revealed.delete(element);
      if (element.isConnected) handlers.revealed(element);
    }
    if (added.size || revealed.size) schedule();
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    // requestAnimationFrame does not run in background tabs; a timeout keeps detection going there.
    if (document.visibilityState === 'visible') requestAnimationFrame(runSlice);
    else setTimeout(runSlice, 50);
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
    schedule();
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
