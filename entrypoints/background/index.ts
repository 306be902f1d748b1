import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { siteForUrl } from '../../rules';
import { parseRuntimeMessage, type TabView } from '../../utils/protocol';
import type { Settings } from '../../utils/settings';
import type { SettingsChange } from '../../utils/settings-changes';
import { onCandidate } from './candidates';
import { onMailAlarm } from './mail-advice';
import { langFor, presentAllTabs } from './record';
import { changeSettings, getSettings } from './settings-store';
import { watchRequests } from './watch-requests';
import { watchTabLifecycle } from './tab-lifecycle';
import { readTab } from './tab-store';
import { tabView } from './views';

async function onTabView(tabId: number): Promise<TabView> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const site = tab?.url ? siteForUrl(tab.url) : undefined;
  const state = await readTab(tabId);
  return tabView(state && site && state.site === site.id ? state : undefined, langFor(await getSettings()), site);
}

async function onSettingsChange(change: SettingsChange): Promise<Settings> {
  const settings = await changeSettings(change);
  await presentAllTabs(settings);
  return settings;
}

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up, so a woken service worker gets its event.
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parseRuntimeMessage(raw);
    if (!message) return undefined;
    const fromOwnPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
    if (message.type === 'tab-view' && fromOwnPage) return onTabView(message.tabId);
    if (message.type === 'candidate') void onCandidate(message, sender);
    if (message.type === 'settings' && fromOwnPage) return onSettingsChange(message.change);
    if (message.type === 'hide-hint-on-site' && sender.tab?.url) {
      void onSettingsChange({ op: 'hint-hidden-host', host: new URL(sender.tab.url).hostname, hidden: true });
    }
    return undefined;
  });
  browser.alarms.onAlarm.addListener((alarm) => void onMailAlarm(alarm));
  watchRequests();
  watchTabLifecycle();
});
