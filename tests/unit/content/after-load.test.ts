import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad, LATEST_AFTER_DOM_READY_MS } from '../../../entrypoints/content/after-load';

/** A document as the content script sees it at document_start, whose loading the test drives. */
function loadingPage(readyState: DocumentReadyState = 'loading', withWindow = true) {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { readyState, defaultView: withWindow ? win : null });
  return {
    doc: doc as unknown as Document,
    domReady() {
      doc.readyState = 'interactive';
      doc.dispatchEvent(new Event('DOMContentLoaded'));
    },
    load() {
      doc.readyState = 'complete';
      win.dispatchEvent(new Event('load'));
    },
  };
}

describe('afterPageLoad', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts after the load event, in a task of its own, not while the page is being built', async () => {
    const page = loadingPage();
    const start = vi.fn();
    afterPageLoad(start, new AbortController().signal, page.doc);
    page.domReady();
    await vi.advanceTimersByTimeAsync(100);
    expect(start).not.toHaveBeenCalled();
    page.load();
    // Not inside the load event's dispatch: the page's load ends first.
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(start).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(LATEST_AFTER_DOM_READY_MS * 2);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a load that never ends: a while after DOMContentLoaded it starts anyway', async () => {
    const page = loadingPage();
    const start = vi.fn();
    afterPageLoad(start, new AbortController().signal, page.doc);
    await vi.advanceTimersByTimeAsync(LATEST_AFTER_DOM_READY_MS * 3);
    expect(start).not.toHaveBeenCalled();
    page.domReady();
    await vi.advanceTimersByTimeAsync(LATEST_AFTER_DOM_READY_MS - 1);
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(start).toHaveBeenCalledTimes(1);
    page.load();
    await vi.advanceTimersByTimeAsync(10);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once on a page that has loaded, and counts from now on one whose DOM is ready', async () => {
    const loaded = loadingPage('complete');
    const now = vi.fn();
    afterPageLoad(now, new AbortController().signal, loaded.doc);
    expect(now).toHaveBeenCalledTimes(1);

    const ready = loadingPage('interactive');
    const soon = vi.fn();
    afterPageLoad(soon, new AbortController().signal, ready.doc);
    await vi.advanceTimersByTimeAsync(LATEST_AFTER_DOM_READY_MS);
    expect(soon).toHaveBeenCalledTimes(1);
  });

  it('copes with a document that has no window (no load event to wait for)', async () => {
    const page = loadingPage('loading', false);
    const start = vi.fn();
    afterPageLoad(start, new AbortController().signal, page.doc);
    page.domReady();
    await vi.advanceTimersByTimeAsync(LATEST_AFTER_DOM_READY_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts once the content script is invalidated', async () => {
    const page = loadingPage();
    const start = vi.fn();
    const controller = new AbortController();
    afterPageLoad(start, controller.signal, page.doc);
    page.domReady();
    controller.abort();
    page.load();
    await vi.advanceTimersByTimeAsync(LATEST_AFTER_DOM_READY_MS * 2);
    expect(start).not.toHaveBeenCalled();
  });
});
