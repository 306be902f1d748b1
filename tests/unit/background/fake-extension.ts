import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The background's wiring, tested through its own functions against WXT's in-memory browser
// (fakeBrowser: storage, tabs, alarms, notifications, badge). What fakeBrowser leaves out is
// recorded here, as the browser would see it: scripts injected and registered, messages sent to
// tabs, permissions, webRequest listeners, the UI language and the keyboard shortcut.

type Script = Browser.scripting.RegisteredContentScript;

export interface FakeExtension {
  /** Messages sent to a tab's top frame, in order. */
  sent: Array<{ tabId: number; message: unknown; frameId: number | undefined }>;
  /** Tabs the hint's UI was loaded into, once per load. */
  injected: number[];
  /** Content scripts registered now, by id. */
  registered: Map<string, Script>;
  /** Calls to register, update and unregister content scripts, in order. */
  scriptCalls: string[];
  /** Host permissions granted now. */
  origins: string[];
  /** Origins whose permission was removed. */
  removedOrigins: string[];
  webRequest: {
    completed: Array<(details: object) => void>;
    errors: Array<(details: object) => void>;
    filters: object[];
  };
  setUiLanguage(language: string): void;
  setShortcut(shortcut: string | undefined): void;
  /** Makes the page refuse the hint's UI (a browser error page). */
  refuseInjection(refuse: boolean): void;
}

/** Resets fakeBrowser and stands in for what it does not implement. Call in beforeEach. */
export function fakeExtension(): FakeExtension {
  fakeBrowser.reset();
  let uiLanguage = 'ko';
  let shortcut: string | undefined = 'Alt+Shift+H';
  let refuse = false;
  const ext: FakeExtension = {
    sent: [],
    injected: [],
    registered: new Map(),
    scriptCalls: [],
    origins: [],
    removedOrigins: [],
    webRequest: { completed: [], errors: [], filters: [] },
    setUiLanguage: (language) => (uiLanguage = language),
    setShortcut: (value) => (shortcut = value),
    refuseInjection: (value) => (refuse = value),
  };
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => uiLanguage);
  b.commands!.getAll = async () => (shortcut === undefined ? [] : [{ name: 'focus-hint', shortcut }]);
  b.commands!.onCommand = event();
  b.permissions!.onRemoved = event();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    tabId: number,
    message: unknown,
    options?: { frameId?: number },
  ) => {
    ext.sent.push({ tabId, message, frameId: options?.frameId });
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async ({
    target,
  }: {
    target: { tabId: number };
  }) => {
    if (refuse) throw new Error('Cannot access contents of the page.');
    ext.injected.push(target.tabId);
    return [];
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async (filter?: {
    ids?: string[];
  }) => [...ext.registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id))) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: Script[]) => {
    for (const s of scripts) {
      if (ext.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      ext.registered.set(s.id, s);
    }
    ext.scriptCalls.push(`register ${scripts.map((s) => s.id).join(',')}`);
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation((async (scripts: Script[]) => {
    for (const s of scripts) ext.registered.set(s.id, { ...ext.registered.get(s.id)!, ...s });
    ext.scriptCalls.push(`update ${scripts.map((s) => s.id).join(',')}`);
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (filter?: {
    ids?: string[];
  }) => {
    for (const id of filter?.ids ?? [...ext.registered.keys()]) ext.registered.delete(id);
    ext.scriptCalls.push(`unregister ${(filter?.ids ?? []).join(',')}`);
  }) as never);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation((async () => ({
    origins: [...ext.origins],
    permissions: [],
  })) as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async ({
    origins = [],
  }: {
    origins?: string[];
  }) => {
    ext.removedOrigins.push(...origins);
    ext.origins = ext.origins.filter((o) => !origins.includes(o));
    return true;
  }) as never);
  vi.spyOn(fakeBrowser.webRequest.onCompleted, 'addListener').mockImplementation(((
    listener: (details: object) => void,
    filter: object,
  ) => {
    ext.webRequest.completed.push(listener);
    ext.webRequest.filters.push(filter);
  }) as never);
  vi.spyOn(fakeBrowser.webRequest.onErrorOccurred, 'addListener').mockImplementation(((
    listener: (details: object) => void,
    filter: object,
  ) => {
    ext.webRequest.errors.push(listener);
    ext.webRequest.filters.push(filter);
  }) as never);
  return ext;
}

/** An event as fakeBrowser makes them: listeners, and `trigger` to fire it as the browser would. */
function event() {
  const listeners: Array<(...args: unknown[]) => unknown> = [];
  return {
    addListener: (listener: (...args: unknown[]) => unknown) => void listeners.push(listener),
    removeListener: (listener: (...args: unknown[]) => unknown) =>
      void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: (...args: unknown[]) => unknown) => listeners.includes(listener),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

/** A tab on `url`, as fakeBrowser keeps them; its id. */
export async function openTab(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

/** Lets the promise chains the background starts without awaiting them settle. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
