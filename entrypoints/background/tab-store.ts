import { storage } from 'wxt/utils/storage';
import { keyedSerialQueue } from './serial-queue';
import { sanitiseTabState, type TabState } from './tab-state';

// storage.session survives a service-worker restart but not the browser session, and is not
// exposed to content scripts: the right home for what we saw on a tab.
const key = (tabId: number) => `session:tab:${tabId}` as const;

/** Read-modify-write per tab: messages from many frames arrive at once. */
const perTab = keyedSerialQueue<number>();

export async function readTab(tabId: number): Promise<TabState | undefined> {
  return sanitiseTabState(await storage.getItem<unknown>(key(tabId)));
}

export function updateTab(tabId: number, update: (state: TabState | undefined) => TabState | undefined): Promise<TabState | undefined> {
  return perTab(tabId, async () => {
    const before = await readTab(tabId);
    const after = update(before);
    if (after === before) return after;
    if (after) await storage.setItem(key(tabId), after);
    else await storage.removeItem(key(tabId));
    return after;
  });
}

export const clearTab = (tabId: number) => updateTab(tabId, () => undefined);
