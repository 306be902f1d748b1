/**
 * Stands in for WXT's ContentScriptContext in the built extension (wxt.config.ts points the import
 * here). WXT's announces every start to the page, by window.postMessage with the extension's id,
 * so that a copy injected again can stop the old one; and it stops when it hears such an
 * announcement. Our content script is registered, never injected into a running page: the
 * announcement would only tell the page that we are there, and a forged one could silence us.
 * The content script uses `signal` only; the hint's createShadowRootUi, `onInvalidated`.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** WXT's createShadowRootUi (the hint) removes its UI when the context ends. */
  onInvalidated(callback: () => void): () => void {
    this.controller.signal.addEventListener('abort', callback);
    return () => this.controller.signal.removeEventListener('abort', callback);
  }
}
