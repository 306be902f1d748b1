import { render } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLang } from '../../utils/i18n';
import type { TabView } from '../../utils/protocol';
import { Popup } from './Popup';

/**
 * The background may be a stopped service worker that is just waking up (or going down as the
 * popup opens): a message can go unanswered. Ask again briefly rather than show an empty popup.
 */
async function askForTabView(tabId: number): Promise<TabView | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const view = (await browser.runtime.sendMessage({ type: 'tab-view', tabId }).catch(() => undefined)) as TabView | undefined;
    if (view) return view;
    await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
  }
  return undefined;
}

async function start(): Promise<void> {
  const lang = resolveLang('auto', browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  // Tests open the popup as a page and name the tab to inspect; a real click uses the active tab.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const view = tabId === undefined ? undefined : await askForTabView(tabId);
  render(<Popup lang={lang} view={view} onOpenOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
}

void start();
