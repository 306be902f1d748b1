import type { Browser, Page } from 'puppeteer-core';

/** The browsers the extension is tested in: Debian's Chromium and Debian's Firefox ESR. */
export const BROWSER_NAMES = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSER_NAMES)[number];

/** Runs a function inside the extension (its background, or one of its pages); arguments and result must be JSON. */
export interface WorkerHandle {
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
}

export type BackgroundState = 'running' | 'stopped' | 'other';

export interface Viewport {
  width: number;
  height: number;
  /** 2 for the browser's 200 % zoom (with the width and height halved). */
  deviceScaleFactor?: number;
}

export type ColorScheme = 'light' | 'dark';

export interface ExtensionPageOptions {
  viewport?: Viewport;
  colorScheme?: ColorScheme;
}

/**
 * A browser with the built extension loaded. What differs between the browsers lives behind these
 * methods, so a test reads the same in both; each launcher says why its way is what it is.
 */
export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** The host of the extension's own pages: Chromium's extension id, or Firefox's per-profile UUID. */
  extensionId: string;
  /** chrome-extension://… or moz-extension://… for a path such as `popup.html?tab=3`. */
  extensionUrl(path: string): string;
  /** Opens one of the extension's pages in a new tab (viewport and colour scheme set first) and waits for it to load. */
  openExtensionPage(path: string, options?: ExtensionPageOptions): Promise<Page>;
  /** A tab already showing one of the extension's pages (one the extension opened itself), if any. */
  findExtensionPage(path: string): Promise<Page | undefined>;
  /** Reloads one of the extension's pages and waits for the new document. */
  reloadExtensionPage(page: Page): Promise<void>;
  /** The toolbar button's popup for the tab `page` shows, as after a click on the button. */
  openActionPopup(page: Page): Promise<Page>;
  worker(): Promise<WorkerHandle>;
  /** Stops the background as the browser does when it is idle, and resolves once the browser reports it stopped. */
  stopBackground(): Promise<void>;
  backgroundState(): Promise<BackgroundState>;
  setViewport(page: Page, size: Viewport): Promise<void>;
  /** prefers-color-scheme for `page` (in Firefox: for every page, see firefox.ts). */
  emulateColorScheme(page: Page, scheme: ColorScheme): Promise<void>;
  /** Grants an optional host permission as the user would in the browser's own extension settings. */
  grantHostPermission(pattern: string): Promise<void>;
  /** Lets the extension's pages read the clipboard in a test (a person would paste it instead). */
  allowClipboard(): Promise<void>;
  /**
   * From now on, requests from `page` whose URL ends with `suffix` fail as a network time-out;
   * resolves to the error name the extension then sees (without Chromium's `net::`).
   */
  failAsTimeout(page: Page, suffix: string): Promise<{ code: string; restore(): Promise<void> }>;
  close(): Promise<void>;
}

/** Polls `read` until it gives a truthy value; for the places where no event says "ready". */
export async function poll<T>(
  read: () => Promise<T>,
  timeoutMs: number,
  what: string,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `${what}: not within ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}
