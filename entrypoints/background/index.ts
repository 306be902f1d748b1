import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { FOCUS_HINT_COMMAND } from '../../utils/shortcut';
import { parseRuntimeMessage, type TabView } from '../../utils/protocol';
import type { Settings } from '../../utils/settings';
import type { SettingsChange } from '../../utils/settings-changes';
import { customSitePattern } from '../../utils/site-input';
import { onCandidate } from './candidates';
import { syncContentScripts } from './content-scripts';
import { applyRetention } from './history';
import { onMailAlarm } from './mail-advice';
import { langFor, presentAllTabs } from './record';
import { changeReminders, onReminderAlarm, readReminders, scheduleReminders } from './reminders';
import { changeSettings, getSettings } from './settings-store';
import { siteKeyFor } from './sites';
import { watchRequests } from './watch-requests';
import { watchTabLifecycle } from './tab-lifecycle';
import { readTab } from './tab-store';
import { tabView } from './views';

const hostOf = (url: string | undefined): string | undefined => {
  try {
    return url && /^https?:/.test(url) ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
};

async function onTabView(tabId: number): Promise<TabView> {
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

/** The keyboard shortcut (manifest `commands`): focus moves into the hint, when the tab shows one. */
async function onFocusHintCommand(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, { type: 'focus-hint' }, { frameId: 0 }).catch(() => undefined);
}

async function onSettingsChange(change: SettingsChange): Promise<Settings> {
  const before = await getSettings();
  if (change.op === 'custom-site-remove') await browser.permissions.remove({ origins: [customSitePattern(change.host)] }).catch(() => false);
  const settings = await changeSettings(change);
  await syncContentScripts(settings);
  if (settings.retention !== before.retention) await applyRetention(settings.retention);
  await presentAllTabs(settings);
  return settings;
}

async function clearAllData(): Promise<void> {
  const { customSites } = await getSettings();
  if (customSites.length) await browser.permissions.remove({ origins: customSites.map((s) => customSitePattern(s.host)) }).catch(() => false);
  await Promise.all([browser.storage.local.clear(), browser.storage.session.clear(), browser.alarms.clearAll()]);
  const settings = await getSettings();
  await syncContentScripts(settings);
  await presentAllTabs(settings);
}

/**
 * Storage is for the extension's own pages and this worker only. Chromium lets content scripts read
 * and write storage.local unless told otherwise, and code in the content script's world could then
 * switch hints off, add a site or plant a reminder. Firefox has no such switch (there, content
 * scripts cannot reach storage.session, and everything read is validated anyway).
 */
async function restrictStorage(): Promise<void> {
  type Restrictable = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };
  const areas = [globalThis.chrome?.storage?.local, globalThis.chrome?.storage?.session] as Array<Restrictable | undefined>;
  await Promise.all(
    areas.map((area) =>
      Promise.resolve(area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })).catch((error: unknown) => console.error('[reissue-helper] storage access level', error)),
    ),
  );
}

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up, so a woken service worker gets its event.
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parseRuntimeMessage(raw);
    if (!message) return undefined;
    const fromOwnPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
    switch (message.type) {
      case 'candidate':
        // The answer tells the content script whether to send the text again later.
        return onCandidate(message, sender).catch(() => false);
      case 'hide-hint-on-site':
        // Only the hint sends this, and it lives in the top frame; a person's click is its only cause.
        if (sender.tab?.url && sender.frameId === 0) void onSettingsChange({ op: 'hint-hidden-host', host: new URL(sender.tab.url).hostname, hidden: true });
        return undefined;
      // Only our own pages (popup, options) may read tab problems or change anything.
      case 'tab-view':
        return fromOwnPage ? onTabView(message.tabId) : undefined;
      case 'settings':
        return fromOwnPage ? onSettingsChange(message.change) : undefined;
      case 'reminders':
        return fromOwnPage ? changeReminders(message.change) : undefined;
      case 'clear-all-data':
        return fromOwnPage ? clearAllData().then(() => true) : undefined;
    }
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === FOCUS_HINT_COMMAND) void onFocusHintCommand(tab);
  });
  // The first run: what the helper does, where, and that nothing leaves the browser.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') }).catch(() => undefined);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    void onMailAlarm(alarm);
    void getSettings().then((settings) => onReminderAlarm(alarm, langFor(settings)));
  });
  // The user can take a custom site's access away in the browser's own settings.
  browser.permissions.onRemoved.addListener(() => void getSettings().then(syncContentScripts));
  watchRequests();
  watchTabLifecycle();
  // Firefox: the dialog hook lives in the content script's realm, which dies with this version, and
  // pages left open would then throw from alert() until reloaded. With a listener here Firefox keeps
  // the update for the next browser start instead of applying it under open pages.
  if (import.meta.env.FIREFOX) browser.runtime.onUpdateAvailable.addListener(() => undefined);

  // Every start (install, update, browser start, wake-up) re-derives what must be registered, after
  // closing storage to the content scripts (they never need it).
  void restrictStorage().then(getSettings).then(syncContentScripts);
  void readReminders().then((reminders) => scheduleReminders(reminders));
});
