import { browser } from 'wxt/browser';
import { showBadge } from './badge';
import { candidateLimiter } from './candidates';
import { forgetMail } from './mail-advice';
import { getSettings } from './settings-store';
import { siteKeyFor } from './sites';
import { clearTab, readTab } from './tab-store';

/** Problems belong to one site: leaving it or closing the tab clears them; moving within it keeps them. */
export function watchTabLifecycle(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    void (async () => {
      const state = await readTab(tabId);
      if (!state) return;
      const settings = await getSettings();
      if (siteKeyFor(tab.url, settings) === state.site) {
        // Chromium resets a tab's badge on navigation; the problems are still there.
        await showBadge(
          tabId,
          settings.badgeEnabled && !settings.disabledSites.includes(state.site) ? state : undefined,
        );
        return;
      }
      candidateLimiter.forget(tabId);
      await Promise.all([clearTab(tabId), forgetMail(tabId), showBadge(tabId, undefined)]);
    })();
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    candidateLimiter.forget(tabId);
    void clearTab(tabId);
    void forgetMail(tabId);
  });
}
