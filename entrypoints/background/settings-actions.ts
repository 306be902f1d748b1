import { browser } from 'wxt/browser';
import type { Settings } from '../../utils/settings';
import type { SettingsChange } from '../../utils/settings-changes';
import { customSitePattern } from '../../utils/site-input';
import { syncContentScripts } from './content-scripts';
import { applyRetention } from './history';
import { presentAllTabs } from './record';
import { changeSettings, getSettings } from './settings-store';

// What a settings change means beyond the stored value: the scripts registered, the history moved,
// every open tab's hint and badge. Beside settings-store.ts, which only stores.

/** One change from the popup, the options page or the hint, and everything that follows from it. */
export async function applySettingsChange(change: SettingsChange): Promise<Settings> {
  const before = await getSettings();
  if (change.op === 'custom-site-remove')
    await browser.permissions.remove({ origins: [customSitePattern(change.host)] }).catch(() => false);
  const settings = await changeSettings(change);
  await syncContentScripts(settings);
  if (settings.retention !== before.retention) await applyRetention(settings.retention);
  await presentAllTabs(settings);
  return settings;
}

/** "모든 데이터 삭제": settings, reminders, history, tab state and checklists, alarms, and the custom sites' permissions. */
export async function clearAllData(): Promise<void> {
  const { customSites } = await getSettings();
  if (customSites.length)
    await browser.permissions
      .remove({ origins: customSites.map((s) => customSitePattern(s.host)) })
      .catch(() => false);
  await Promise.all([
    browser.storage.local.clear(),
    browser.storage.session.clear(),
    browser.alarms.clearAll(),
  ]);
  const settings = await getSettings();
  await syncContentScripts(settings);
  await presentAllTabs(settings);
}
