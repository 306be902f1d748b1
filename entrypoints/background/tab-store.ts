import { storage } from 'wxt/utils/storage';
import { sanitiseTabState, type TabState } from './tab-state';

// storage.session survives a service-worker restart but not the browser session, and is not
// exposed to content scripts: the right home for what we saw on a tab.
const key = (tabId: number) => `session:tab:${tabId}` as const;

/** Serialises read-modify-write per tab: messages from many frames arrive at once. */
const queues = new Map<number, Promise<unknown>>();

export async function readTab(tabId: number): Promise<TabState | undefined> {
  return sanitiseTabState(await storage.getItem<unknown>(key(tabId)));
}

export function updateTab(tabId: number, update: (state: TabState | undefined) => TabState | undefined): Promise<TabState | undefined> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(async () => {
    const before = await readTab(tabId);
    const after = update(before);
    if (after === before) return after;
    if (after) await storage.setItem(key(tabId), after);
    else await storage.removeItem(key(tabId));
    return after;
  });
  const settled = run.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}

export const clearTab = (tabId: number) => updateTab(tabId, () => undefined);
