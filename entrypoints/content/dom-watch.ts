// One MutationObserver per watched root (the document body and each open shadow root). Mutation
// callbacks only collect what changed; the work runs later in small time slices, so a page that
// inserts tens of thousands of nodes keeps its main thread. A small change with a failure word in
// it is the exception: it is looked at at once, in the page's own task, because a page that keeps
// its main thread busy (loading 500 frames) would otherwise delay the next slice by seconds.
// The siblings a page inserts in one operation (a table's rows in one fragment, a list's items in
// one append) arrive as one record and are kept as one entry, the record's own list of them: the
// callback costs the same for one row or five hundred, and they are looked at one by one later.

/** Attribute changes that can make a layer appear without adding nodes (the bench's floor (b) watches the same). */
export const REVEALING_ATTRIBUTES = ['style', 'class', 'hidden', 'open', 'aria-hidden'];
/** Work per slice before yielding back to the page. */
const SLICE_MS = 6;
const NOT_SPACE = /\S/;
/** Nodes looked at between two reads of the clock. */
const CLOCK_EVERY = 32;
/**
 * Entries remembered between slices (a changed node, or one record's siblings). Past this, a page is
 * churning: new records are coalesced to the parent they changed (a few containers, not thousands
 * of operations), and past twice this, to the watched root itself. Nothing is dropped; it is only
 * looked at in larger pieces.
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

/** Siblings added by one operation, looked at from `next` on. */
interface Siblings {
  parent: Node;
  nodes: ArrayLike<Node>;
  next: number;
}

export function createDomWatcher(handlers: DomHandlers, signal: AbortSignal): DomWatcher {
  /** Single nodes: a changed text's parent, a record coalesced to its target, a watched root. */
  const added = new Set<Node>();
  /** Records' added siblings, in the order they came. */
  const siblings: Siblings[] = [];
  /** Nodes in `siblings` not yet looked at. */
  let siblingNodes = 0;
  const revealed = new Set<Element>();
  const observers: MutationObserver[] = [];
  let scheduled = false;

  let urgentTokens = URGENT_PER_SECOND;
  let urgentRefilled = performance.now();
  const urgentAllowed = (): boolean => {
    const now = performance.now();
    urgentTokens = Math.min(
      URGENT_PER_SECOND,
      urgentTokens + ((now - urgentRefilled) / 1000) * URGENT_PER_SECOND,
    );
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
      for (let parent = node.parentNode; parent; parent = parent.parentNode)
        if (added.has(parent) || scanned.has(parent)) return true;
      return false;
    };
    let outOfTime = false;
    for (const node of added) {
      if (performance.now() > deadline) {
        outOfTime = true;
        break;
      }
      added.delete(node);
      if (!node.isConnected || covered(node)) continue;
      handlers.added(node, urgent);
      scanned.add(node);
    }
    while (!outOfTime && siblings.length > 0) {
      const entry = siblings[0]!;
      // The siblings share their parent: one look at its ancestors covers them all.
      const start = entry.next;
      const skip =
        start === 0 && (scanned.has(entry.parent) || added.has(entry.parent) || covered(entry.parent));
      const end = skip ? entry.nodes.length : Math.min(entry.nodes.length, start + CLOCK_EVERY);
      if (skip) entry.next = end;
      for (; entry.next < end; entry.next++) {
        const node = entry.nodes[entry.next]!;
        // A text node is looked at through its parent, once for the record; white space between
        // elements is no message (and its parent may be the whole body).
        if (node.nodeType === Node.TEXT_NODE) {
          if (!NOT_SPACE.test((node as Text).data)) continue;
          const parent = node.parentNode;
          if (parent && parent.isConnected && !scanned.has(parent)) {
            handlers.added(parent, urgent);
            scanned.add(parent);
          }
        } else if (node.isConnected) handlers.added(node, urgent);
      }
      siblingNodes -= end - start;
      if (entry.next >= entry.nodes.length) siblings.shift();
      if (performance.now() > deadline) outOfTime = true;
    }
    for (const element of revealed) {
      if (performance.now() > deadline) break;
      revealed.delete(element);
      if (element.isConnected) handlers.revealed(element, urgent);
    }
    if (added.size || siblings.length || revealed.size) schedule();
  };

  const waiting = (): number => added.size + siblingNodes + revealed.size;

  const isUrgent = (): boolean => {
    const { urgent } = handlers;
    if (!urgent || waiting() > URGENT_MAX_NODES) return false;
    for (const node of added) if (urgent(node)) return urgentAllowed();
    for (const entry of siblings) {
      for (let i = entry.next; i < entry.nodes.length; i++) {
        const node = entry.nodes[i]!;
        if (urgent(node.nodeType === Node.TEXT_NODE && node.parentNode ? node.parentNode : node))
          return urgentAllowed();
      }
    }
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

  const onMutationsIn =
    (root: Node) =>
    (records: MutationRecord[]): void => {
      for (const record of records) {
        const pending = added.size + siblings.length + revealed.size;
        if (pending >= 2 * MAX_PENDING) {
          added.add(root);
          break;
        }
        const churning = pending >= MAX_PENDING;
        if (record.type === 'attributes') revealed.add(record.target as Element);
        else if (record.type === 'characterData' || churning)
          added.add(
            record.type === 'childList' ? record.target : (record.target.parentNode ?? record.target),
          );
        else if (record.addedNodes.length > 0) {
          siblings.push({ parent: record.target, nodes: record.addedNodes, next: 0 });
          siblingNodes += record.addedNodes.length;
        }
      }
      if (isUrgent()) runSlice(true);
      else schedule();
    };

  signal.addEventListener('abort', () => observers.forEach((o) => o.disconnect()));

  return {
    watch(root) {
      if (signal.aborted) return;
      const observer = new MutationObserver(onMutationsIn(root));
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: REVEALING_ATTRIBUTES,
      });
      observers.push(observer);
      // What the root holds now, child by child like a record's siblings: each child's scan ends
      // where that child ends. One scan of the whole body would go on into every row the page
      // inserts while it runs (a table above the body's last script), reading them a second time
      // after the observer, which is already watching, has handed them over.
      const children = Array.from(root.childNodes);
      siblings.push({ parent: root, nodes: children, next: 0 });
      siblingNodes += children.length;
      schedule();
    },
  };
}
