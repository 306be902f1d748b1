import { SHADOW_EVENT } from '../../utils/shadow-channel';
import type { DomWatcher } from './dom-watch';

/** Open shadow roots: those attached later (announced by the MAIN-world hook) and those already there. */
export function watchShadowRoots(watcher: DomWatcher, signal: AbortSignal): void {
  const seen = new WeakSet<ShadowRoot>();
  const watchRootOf = (host: EventTarget | null): void => {
    // Closed roots are null here, as they should be.
    const root = host instanceof Element ? host.shadowRoot : null;
    if (!root || seen.has(root)) return;
    seen.add(root);
    watcher.watch(root);
  };
  document.addEventListener(SHADOW_EVENT, (event) => watchRootOf(event.target), { capture: true, signal });

  // Declarative shadow roots and roots attached before this script ran: one pass at load.
  const sweep = (): void => {
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Element).shadowRoot) watchRootOf(node);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', sweep, { once: true, signal });
  else sweep();
}
