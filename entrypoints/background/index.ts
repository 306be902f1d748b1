import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { FOCUS_HINT_COMMAND } from '../../utils/shortcut';
import { syncContentScripts } from './content-scripts';
import { onMailAlarm } from './mail-advice';
import { routeMessage } from './messages';
import { focusHint, langFor } from './record';
import { onReminderAlarm, readReminders, scheduleReminders } from './reminders';
import { getSettings } from './settings-store';
import { restrictStorage } from './storage-access';
import { watchRequests } from './watch-requests';
import { watchTabLifecycle } from './tab-lifecycle';

// Wiring only: each event goes to the module that handles it.
export default defineBackground(() => {
  // Listeners are registered synchronously at start-up, so a woken service worker gets its event.
  browser.runtime.onMessage.addListener(routeMessage);
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === FOCUS_HINT_COMMAND) void focusHint(tab);
  });
  // The first run: what the helper does, where, and that nothing leaves the browser.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') }).catch(() => undefined);
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
