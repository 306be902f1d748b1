import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../entrypoints/content/context';

// Our stand-in for WXT's ContentScriptContext: the content script stops through its signal, the
// hint's UI through onInvalidated. Neither may announce anything to the page.
describe('content script context', () => {
  it('keeps its name and options, and its signal stays live until aborted', () => {
    const ctx = new ContentScriptContext('content', { x: 1 });
    expect(ctx.contentScriptName).toBe('content');
    expect(ctx.options).toEqual({ x: 1 });
    expect(ctx.signal.aborted).toBe(false);
    expect(ctx.signal).toBe(ctx.signal);
  });

  it('abort ends the signal with the reason given, and calls each onInvalidated callback once', () => {
    const ctx = new ContentScriptContext('content');
    const first = vi.fn();
    const second = vi.fn();
    ctx.onInvalidated(first);
    ctx.onInvalidated(second);
    ctx.abort('updated');
    expect(ctx.signal.aborted).toBe(true);
    expect(ctx.signal.reason).toBe('updated');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('a callback removed by the function onInvalidated returns is not called', () => {
    const ctx = new ContentScriptContext('content');
    const removed = vi.fn();
    const kept = vi.fn();
    ctx.onInvalidated(removed)();
    ctx.onInvalidated(kept);
    ctx.abort();
    expect(removed).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('says nothing to the page when it starts (no postMessage a page could hear or forge)', () => {
    const post = vi.spyOn(window, 'postMessage');
    const ctx = new ContentScriptContext('content');
    ctx.abort();
    expect(post).not.toHaveBeenCalled();
    post.mockRestore();
  });
});
