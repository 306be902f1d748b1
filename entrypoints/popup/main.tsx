import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '../../utils/i18n';
import type { TabView } from '../../utils/protocol';
import { browserName, buildMissingRuleReport, buildReport } from '../../utils/report';
import { remindersItem, settingsItem, type Reminder, type Settings } from '../../utils/settings';
import type { SettingsChange } from '../../utils/settings-changes';
import { readSettings, sanitiseReminders } from '../../utils/settings-schema';
import { readChecks, writeChecks, type CheckScope } from './checks';
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

const changeSettings = (change: SettingsChange) => browser.runtime.sendMessage({ type: 'settings', change }) as Promise<Settings>;

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
  view: TabView | undefined;
  settings: Settings;
  reminders: Reminder[];
  lang: Lang;
}

function App({ tabId, view, settings, reminders, lang }: AppProps) {
  const [stepChecks, toggleStep] = useChecks(tabId === undefined ? undefined : `tab-${tabId}`);
  const [preflightChecks, togglePreflight] = useChecks('preflight');
  const [current, setCurrent] = useState(settings);
  const now = new Date();
  const siteId = view?.site?.id;
  const agent = browserName(navigator.userAgent);
  const version = browser.runtime.getManifest().version;
  const report = buildReport({ view, now, browser: agent, version, lang });
  const missingRuleReport = (text: string, seenAt: number) => buildMissingRuleReport({ text, site: view?.site?.name, now: new Date(seenAt), browser: agent, version, lang });
  return (
    <Popup
      lang={lang}
      view={view}
      now={now}
      report={report}
      missingRuleReport={missingRuleReport}
      reminders={reminders}
      siteEnabled={!siteId || !current.disabledSites.includes(siteId)}
      stepChecks={stepChecks}
      preflightChecks={preflightChecks}
      onStepToggle={toggleStep}
      onPreflightToggle={togglePreflight}
      onSiteToggle={(enabled) => siteId && void changeSettings({ op: 'site-enabled', siteId, enabled }).then(setCurrent)}
      copy={(text) => navigator.clipboard.writeText(text)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

async function start(): Promise<void> {
  const settings = await readSettings(() => settingsItem.getValue());
  const lang = resolveLang(settings.hintLanguage, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  // Tests open the popup as a page and name the tab to inspect; a real click uses the active tab.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const view = tabId === undefined ? undefined : await askForTabView(tabId);
  const reminders = await remindersItem.getValue().then(sanitiseReminders, () => []);
  render(<App tabId={tabId} view={view} settings={settings} reminders={reminders} lang={lang} />, document.getElementById('app')!);
}

void start();
