import { render } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLang } from '../../utils/i18n';
import type { TabView } from '../../utils/protocol';
import { Popup } from './Popup';

async function start(): Promise<void> {
  const lang = resolveLang('auto', browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  // Tests open the popup as a page and name the tab to inspect; a real click uses the active tab.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const view: TabView | undefined = tabId === undefined ? undefined : await browser.runtime.sendMessage({ type: 'tab-view', tabId });
  render(<Popup lang={lang} view={view} onOpenOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
}

void start();
