import { browser } from 'wxt/browser';
import type { TabView } from '../../utils/protocol';
import { langFor } from './record';
import { getSettings } from './settings-store';
import { hostOf, siteKeyFor } from './sites';
import { readTab } from './tab-store';
import { tabView } from './views';

/** What the popup shows for a tab: its site, its problems (only those kept for that site) and its host. */
export async function viewOfTab(tabId: number): Promise<TabView> {
  const settings = await getSettings();
  // A listed site's URL is visible through its host permission; any other tab's only after the
  // user clicked the toolbar button (activeTab), which is when the popup asks.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const key = siteKeyFor(tab?.url, settings);
  const state = await readTab(tabId);
  const host = hostOf(tab?.url);
  return tabView(state && state.site === key ? state : undefined, langFor(settings), key, {
    ...(host ? { host, hintHidden: settings.hintHiddenHosts.includes(host) } : {}),
  });
}
