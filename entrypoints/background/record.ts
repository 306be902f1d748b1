import { browser, type Browser } from 'wxt/browser';
import type { Diagnosis } from '../../rules/types';
import { resolveLang, type Lang } from '../../utils/i18n';
import { sendToHint } from '../../utils/messaging';
import type { HintMessage } from '../../utils/protocol';
import type { Settings } from '../../utils/settings';
import { showBadge } from './badge';
import { appendHistory } from './history';
import { getSettings } from './settings-store';
import { isActiveSite, siteKeyFor } from './sites';
import { addDiagnosis, addUnknown, type Seen, type TabState } from './tab-state';
import { readTab, updateTab } from './tab-store';
import { hintView } from './views';
import { focusHintShortcut } from '../../utils/shortcut';

export const langFor = (settings: Settings): Lang =>
  resolveLang(settings.hintLanguage, browser.i18n.getUILanguage());

/** Shows (or takes away) the hint and badge for a tab as its state and the settings say. */
export async function present(
  tabId: number,
  state: TabState | undefined,
  pageUrl: string,
  settings: Settings,
): Promise<void> {
  const active = isActiveSite(settings, siteKeyFor(pageUrl, settings));
  await showBadge(tabId, active && settings.badgeEnabled ? state : undefined);
  const showHint =
    active && settings.hintsEnabled && !settings.hintHiddenHosts.includes(new URL(pageUrl).hostname);
  const message: HintMessage = {
    type: 'hint',
    view: hintView(
      showHint ? state : undefined,
      langFor(settings),
      showHint ? await focusHintShortcut() : '',
    ),
  };
  if (message.view.problems.length > 0) {
    // The hint's UI is loaded into the page the first time there is something to show; loading it
    // again is a no-op. Pages we may not script (a browser error page) simply get no hint.
    const loaded = await browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, files: ['/hint.js'] })
      .then(() => true)
      .catch(() => false);
    if (!loaded) return;
  }
  // No hint UI in the page (never shown there): nothing to take away.
  await sendToHint(tabId, message);
}

/** The keyboard shortcut (manifest `commands`): focus moves into the hint, when the tab shows one. */
export async function focusHint(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await sendToHint(tabId, { type: 'focus-hint' });
}

/**
 * The one way a problem reaches the user, whatever found it: tab state, then badge, then hint.
 * A problem the tab already has changes nothing and shows nothing again.
 */
export async function recordDiagnosis(
  tabId: number,
  pageUrl: string,
  diagnosis: Diagnosis,
  seen: Omit<Seen, 'time'>,
): Promise<void> {
  const settings = await getSettings();
  const site = siteKeyFor(pageUrl, settings);
  if (!isActiveSite(settings, site)) return;
  const time = Date.now();
  let changed = false;
  let isNew = false;
  const state = await updateTab(tabId, (before) => {
    const after = addDiagnosis(before, site, diagnosis, { ...seen, time });
    changed = after !== before;
    isNew =
      changed && !(before?.site === site && before.problems.some((p) => p.problemId === diagnosis.problemId));
    return after;
  });
  if (!changed) return;
  await present(tabId, state, pageUrl, settings);
  // A problem seen again in more detail (its code) is not a new row in the history.
  if (!isNew) return;
  await appendHistory(
    {
      site,
      problemId: diagnosis.problemId,
      category: diagnosis.category,
      ...(diagnosis.code ? { code: diagnosis.code } : {}),
      time,
    },
    settings.retention,
  );
}

/**
 * A clear failure the catalogue does not know: kept for the popup's "알 수 없는 오류" list, with no
 * hint and no badge (a wrong guess would be worse than none), and no history entry.
 */
export async function recordUnknown(tabId: number, pageUrl: string, seen: Omit<Seen, 'time'>): Promise<void> {
  const settings = await getSettings();
  const site = siteKeyFor(pageUrl, settings);
  if (!isActiveSite(settings, site)) return;
  await updateTab(tabId, (before) => addUnknown(before, site, { ...seen, time: Date.now() }));
}

/** After a settings change: every open tab on a listed site gets its hint and badge again. */
export async function presentAllTabs(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url || !siteKeyFor(tab.url, settings)) return;
      await present(tab.id, await readTab(tab.id), tab.url, settings);
    }),
  );
}
