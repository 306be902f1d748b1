import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveLang, t, type MessageKey } from '../../utils/i18n';
import type { TabView } from '../../utils/protocol';
import { sendToBackground } from '../../utils/messaging';
import {
  browserName,
  buildMissingRuleReport,
  buildReport,
  buildWrongHintReport,
  osName,
} from '../../utils/report';
import type { Reminder, Settings } from '../../utils/settings';
import type { SettingsChange } from '../../utils/settings-changes';
import { sanitiseSettings } from '../../utils/settings-schema';
import { readStoredReminders, readStoredSettings, settingsItem } from '../../utils/storage';
import { addCustomSite } from '../../utils/custom-site';
import { readChecks, writeChecks, type CheckScope } from './checks';
import { Popup } from './Popup';

/**
 * The background may be a stopped service worker that is just waking up (or going down as the
 * popup opens): a message can go unanswered. Ask again briefly rather than show an empty popup.
 */
async function askForTabView(tabId: number): Promise<TabView | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const view = await sendToBackground({ type: 'tab-view', tabId }).catch(() => undefined);
    if (view) return view;
    await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
  }
  return undefined;
}

const changeSettings = (change: SettingsChange) => sendToBackground({ type: 'settings', change });

function useChecks(scope: CheckScope | undefined): [Set<string>, (id: string, checked: boolean) => void] {
  const [checks, setChecks] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (scope) void readChecks(scope).then(setChecks);
  }, [scope]);
  const toggle = (id: string, checked: boolean) => {
    if (!scope) return;
    const next = new Set(checks);
    if (checked) next.add(id);
    else next.delete(id);
    setChecks(next);
    void writeChecks(scope, next);
  };
  return [checks, toggle];
}

interface AppProps {
  tabId: number | undefined;
  initialView: TabView | undefined;
  settings: Settings;
  reminders: Reminder[];
}

function App({ tabId, initialView, settings, reminders }: AppProps) {
  const [stepChecks, toggleStep] = useChecks(tabId === undefined ? undefined : `tab-${tabId}`);
  const [preflightChecks, togglePreflight] = useChecks('preflight');
  const [current, setCurrent] = useState(settings);
  const [view, setView] = useState(initialView);
  const lang = resolveLang(current.hintLanguage, browser.i18n.getUILanguage());
  const refresh = () => tabId !== undefined && void askForTabView(tabId).then((v) => v && setView(v));
  useEffect(() => {
    // A change made in the options page (the language, a site switched off) shows here at once.
    const unwatch = settingsItem.watch((next) => {
      if (next) setCurrent(sanitiseSettings(next));
      refresh();
    });
    return unwatch;
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('extName', lang);
  }, [lang]);
  const now = new Date();
  const siteId = view?.site?.id;
  const environment = {
    browser: browserName(navigator.userAgent),
    os: osName(navigator.userAgent),
    version: browser.runtime.getManifest().version,
  };
  const report = buildReport({ view, now, lang, ...environment });
  const missingRuleReport = (text: string, seenAt: number) =>
    buildMissingRuleReport({ text, site: view?.site?.name, now: new Date(seenAt), lang, ...environment });
  const apply = (change: SettingsChange) =>
    void changeSettings(change).then((next) => {
      setCurrent(next);
      refresh();
    });
  const addSite = async (host: string): Promise<MessageKey | undefined> => {
    const added = await addCustomSite(host, current.customSites);
    if ('error' in added) return added.error;
    setCurrent(added.settings);
    refresh();
    return undefined;
  };
  return (
    <Popup
      lang={lang}
      view={view}
      now={now}
      report={report}
      missingRuleReport={missingRuleReport}
      wrongHintReport={(problem) =>
        buildWrongHintReport({ problem, site: view?.site?.name ?? view?.host, now, lang, ...environment })
      }
      reminders={reminders}
      siteEnabled={!siteId || !current.disabledSites.includes(siteId)}
      stepChecks={stepChecks}
      preflightChecks={preflightChecks}
      onStepToggle={toggleStep}
      onPreflightToggle={togglePreflight}
      onSiteToggle={(enabled) => siteId && apply({ op: 'site-enabled', siteId, enabled })}
      onHintHidden={(hidden) => view?.host && apply({ op: 'hint-hidden-host', host: view.host, hidden })}
      onAddSite={addSite}
      copy={(text) => navigator.clipboard.writeText(text)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenGuide={() => void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') })}
    />
  );
}

async function start(): Promise<void> {
  const settings = await readStoredSettings();
  // Tests open the popup as a page and name the tab to inspect; a real click uses the active tab.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tabId =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? fromQuery
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const view = tabId === undefined ? undefined : await askForTabView(tabId);
  const reminders = await readStoredReminders();
  render(
    <App tabId={tabId} initialView={view} settings={settings} reminders={reminders} />,
    document.getElementById('app')!,
  );
}

void start();
