import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { classify, siteForUrl } from '../../rules';
import { resolveLang, type Lang } from '../../utils/i18n';
import { parseRuntimeMessage, type CandidateMessage, type HintMessage, type TabView } from '../../utils/protocol';
import { hintHiddenSites } from '../../utils/settings';
import { showBadge } from './badge';
import { createRateLimiter } from './rate-limit';
import { addDiagnosis, type TabState } from './tab-state';
import { clearTab, readTab, updateTab } from './tab-store';
import { hintView, tabView } from './views';

/** At most this many candidate texts a second per tab are classified; the rest are dropped. */
const CANDIDATES_PER_SECOND = 20;

/** What ties a tab's problems together: the built-in site, or the host of a user-added one. */
function siteKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return siteForUrl(url)?.id;
}

const uiLang = (): Lang => resolveLang('auto', browser.i18n.getUILanguage());

export default defineBackground(() => {
  const limiter = createRateLimiter(CANDIDATES_PER_SECOND, 1000);

  async function pushHint(tabId: number, state: TabState | undefined, pageUrl: string): Promise<void> {
    const hidden = await hintHiddenSites.getValue();
    if (hidden.includes(new URL(pageUrl).hostname)) return;
    const message: HintMessage = { type: 'hint', view: hintView(state, uiLang()) };
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => {
      // The top frame's script may not be ready yet; the popup and badge still show the problem.
    });
  }

  async function hideHintOn(host: string): Promise<void> {
    const hosts = await hintHiddenSites.getValue();
    if (!hosts.includes(host)) await hintHiddenSites.setValue([...hosts, host]);
  }

  async function onCandidate(message: CandidateMessage, sender: Browser.runtime.MessageSender): Promise<void> {
    const tabId = sender.tab?.id;
    const pageUrl = sender.tab?.url;
    if (tabId === undefined || tabId < 0 || !limiter.allow(tabId)) return;
    const site = siteKey(pageUrl);
    if (!site || !pageUrl) return;
    const [best] = classify(message.text, { url: pageUrl });
    if (!best) return;
    const state = await updateTab(tabId, (s) => addDiagnosis(s, site, best, { source: message.source, text: message.text, time: Date.now() }));
    await showBadge(tabId, state);
    await pushHint(tabId, state, pageUrl);
  }

  async function onTabView(tabId: number): Promise<TabView> {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const site = tab?.url ? siteForUrl(tab.url) : undefined;
    const state = await readTab(tabId);
    return tabView(state && site && state.site === site.id ? state : undefined, uiLang(), site);
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parseRuntimeMessage(raw);
    // Only our own pages (popup, options) may ask for a tab's problems.
    if (message?.type === 'tab-view' && sender.url?.startsWith(browser.runtime.getURL('/'))) return onTabView(message.tabId);
    if (message?.type === 'candidate') void onCandidate(message, sender);
    if (message?.type === 'hide-hint-on-site' && sender.tab?.url) void hideHintOn(new URL(sender.tab.url).hostname);
    return undefined;
  });

  // Problems belong to one site: leaving it clears them; moving within it keeps them.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    void (async () => {
      const state = await readTab(tabId);
      if (!state) return;
      if (siteKey(tab.url) !== state.site) {
        limiter.forget(tabId);
        await clearTab(tabId);
        await showBadge(tabId, undefined);
      } else {
        await showBadge(tabId, state);
      }
    })();
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    limiter.forget(tabId);
    void clearTab(tabId);
  });
});
