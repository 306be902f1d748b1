import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { siteForUrl } from '../../rules';
import { parseRuntimeMessage, type TabView } from '../../utils/protocol';
import { hintHiddenSites } from '../../utils/settings';
import { onCandidate } from './candidates';
import { onMailAlarm } from './mail-advice';
import { uiLang } from './record';
import { watchRequests } from './watch-requests';
import { watchTabLifecycle } from './tab-lifecycle';
import { readTab } from './tab-store';
import { tabView } from './views';

async function onTabView(tabId: number): Promise<TabView> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const site = tab?.url ? siteForUrl(tab.url) : undefined;
  const state = await readTab(tabId);
  return tabView(state && site && state.site === site.id ? state : undefined, uiLang(), site);
}

async function hideHintOn(host: string): Promise<void> {
  const hosts = await hintHiddenSites.getValue();
  if (!hosts.includes(host)) await hintHiddenSites.setValue([...hosts, host]);
}

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up, so a woken service worker gets its event.
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parseRuntimeMessage(raw);
    if (!message) return undefined;
    const fromOwnPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
    if (message.type === 'tab-view' && fromOwnPage) return onTabView(message.tabId);
    if (message.type === 'candidate') void onCandidate(message, sender);
    if (message.type === 'hide-hint-on-site' && sender.tab?.url) void hideHintOn(new URL(sender.tab.url).hostname);
    return undefined;
  });
  browser.alarms.onAlarm.addListener((alarm) => void onMailAlarm(alarm));
  watchRequests();
  watchTabLifecycle();
});
