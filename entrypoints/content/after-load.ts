// The page's own loading comes first. The content script is injected at document_start, because
// the MAIN-world hook hands over its channel before any page script runs (detect-dialogs.ts), but
// looking at the page's text can wait until the page has loaded: a message present at load is
// still there then, and is found by the first scan (dom-watch.ts), while a page with thousands of
// elements and a dozen frames is not slowed down while it is being built.

/** A page whose load event never comes (an image or a frame that hangs) is looked at this long after its DOM is ready. */
export const LATEST_AFTER_DOM_READY_MS = 2_000;

/**
 * Runs `start` once, after the handlers of the page's load event (a task of its own, so the page's
 * load ends first), or `LATEST_AFTER_DOM_READY_MS` after DOMContentLoaded, whichever comes first;
 * at once if the page has already loaded.
 */
export function afterPageLoad(start: () => void, signal: AbortSignal, doc: Document = document): void {
  if (doc.readyState === 'complete') {
    start();
    return;
  }
  // Whichever timer fires first starts; the other finds it started (or the script invalidated).
  let started = false;
  const go = (): void => {
    if (started || signal.aborted) return;
    started = true;
    start();
  };
  // The listeners' options only let them go early: go() starts once, and never after invalidation.
  // Stryker disable ObjectLiteral,BooleanLiteral: equivalent, as the line above says
  doc.defaultView?.addEventListener('load', () => setTimeout(go, 0), { once: true, signal });
  if (doc.readyState === 'loading')
    doc.addEventListener('DOMContentLoaded', () => setTimeout(go, LATEST_AFTER_DOM_READY_MS), {
      once: true,
      signal,
    });
  else setTimeout(go, LATEST_AFTER_DOM_READY_MS);
  // Stryker restore ObjectLiteral,BooleanLiteral
}
