import { browser } from 'wxt/browser';
import { siteForUrl } from '../../rules';
import type { Diagnosis } from '../../rules/types';
import { resolveLang, type Lang } from '../../utils/i18n';
import type { HintMessage, Source } from '../../utils/protocol';
import { hintHiddenSites } from '../../utils/settings';
import { showBadge } from './badge';
import { addDiagnosis, type TabState } from './tab-state';
import { updateTab } from './tab-store';
import { hintView } from './views';

/** What ties a tab's problems together: the built-in site of its page. */
export function siteKey(url: string | undefined): string | undefined {
  return url ? siteForUrl(url)?.id : undefined;
}

export const uiLang = (): Lang => resolveLang('auto', browser.i18n.getUILanguage());

async function pushHint(tabId: number, state: TabState | undefined, pageUrl: string): Promise<void> {
  const hidden = await hintHiddenSites.getValue();
  if (hidden.includes(new URL(pageUrl).hostname)) return;
  const message: HintMessage = { type: 'hint', view: hintView(state, uiLang()) };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => {
    // No script in the top frame (an error page, or not loaded yet): badge and popup still tell.
  });
}

/**
 * The one way a problem reaches the user, whatever found it: tab state, then badge, then hint.
 * A problem the tab already has changes nothing and shows nothing again.
 */
export async function recordDiagnosis(tabId: number, pageUrl: string, diagnosis: Diagnosis, seen: { source: Source; text: string }): Promise<void> {
  const site = siteKey(pageUrl);
  if (!site) return;
  let added = false;
  const state = await updateTab(tabId, (before) => {
    const after = addDiagnosis(before, site, diagnosis, { ...seen, time: Date.now() });
    added = after !== before;
    return after;
  });
  if (!added) return;
  await showBadge(tabId, state);
  await pushHint(tabId, state, pageUrl);
}
