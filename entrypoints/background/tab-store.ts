import { storage } from 'wxt/utils/storage';
import { checksKey, tabKey as key } from '../../utils/storage';
import { keyedSerialQueue } from './serial-queue';
import { sanitiseTabState, type TabState } from './tab-state';

/** Read-modify-write per tab: messages from many frames arrive at once. */
const perTab = keyedSerialQueue<number>();

export async function readTab(tabId: number): Promise<TabState | undefined> {
  return sanitiseTabState(await storage.getItem<unknown>(key(tabId)));
}

export function updateTab(
  tabId: number,
  update: (state: TabState | undefined) => TabState | undefined,
): Promise<TabState | undefined> {
  return perTab(tabId, async () => {
    const before = await readTab(tabId);
    const after = update(before);
    if (after === before) return after;
    if (after) await storage.setItem(key(tabId), after);
    else await storage.removeItem(key(tabId));
    return after;
  });
}

/** The tab's problems go (it left the site, or closed), and with them the popup's ticks beside their steps. */
export async function clearTab(tabId: number): Promise<void> {
  await Promise.all([updateTab(tabId, () => undefined), storage.removeItem(checksKey(`tab-${tabId}`))]);
}
