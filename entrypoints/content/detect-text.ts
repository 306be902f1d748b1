import type { Reporter } from './reporter';
import { findCandidates } from './text-candidates';

// Attribute changes that can make a layer appear without adding nodes.
const REVEALING_ATTRIBUTES = ['style', 'class', 'hidden', 'open', 'aria-hidden'];

/**
 * Inline text at load and text that appears later. Mutations are only collected in the observer
 * callback; the scan runs once per animation frame over the changed subtrees.
 */
export function watchText(reporter: Reporter, signal: AbortSignal): void {
  const pending = new Set<Node>();
  let scheduled = false;

  const flush = (): void => {
    scheduled = false;
    const roots = [...pending];
    pending.clear();
    for (const root of roots) {
      if (!root.isConnected) continue;
      // A root inside another pending root is scanned with it.
      if (roots.some((other) => other !== root && other.contains(root))) continue;
      for (const text of findCandidates(root)) reporter.report('inline', text);
    }
  };

  const schedule = (node: Node): void => {
    pending.add(node.nodeType === Node.TEXT_NODE && node.parentNode ? node.parentNode : node);
    if (scheduled) return;
    scheduled = true;
    // rAF does not run in background tabs; a timeout keeps detection going there.
    if (document.visibilityState === 'visible') requestAnimationFrame(flush);
    else setTimeout(flush, 100);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(schedule);
      else schedule(record.target);
    }
  });

  const start = (): void => {
    if (signal.aborted || !document.body) return;
    schedule(document.body);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: REVEALING_ATTRIBUTES,
    });
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, signal });
  else start();
  signal.addEventListener('abort', () => observer.disconnect());
}
