import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveLang, t, type MessageKey } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messaging';
import { focusHintShortcut } from '../../utils/shortcut';
import type { ReminderChange } from '../../utils/protocol';
import type { Reminder, Settings } from '../../utils/settings';
import type { SettingsChange } from '../../utils/settings-changes';
import { exportSettings, parseSettingsFile } from '../../utils/settings-file';
import {
  readHistory,
  readStoredReminders,
  readStoredSettings,
  remindersItem,
  settingsItem,
} from '../../utils/storage';
import { addCustomSite } from '../../utils/custom-site';
import { Options } from './Options';
import type { HistoryRow } from './sections/HistorySection';

// The options page's edge: it reads storage directly and sends every change to the background,
// the only writer, so this page and the popup never overwrite each other.

const changeSettings = (change: SettingsChange) => sendToBackground({ type: 'settings', change });
const changeReminders = (change: ReminderChange) => sendToBackground({ type: 'reminders', change });

interface Loaded {
  settings: Settings;
  reminders: Reminder[];
  history: HistoryRow[];
  granted: string[];
  shortcut: string;
}

async function load(): Promise<Loaded> {
  const [settings, reminders, history, permissions, shortcut] = await Promise.all([
    readStoredSettings(),
    readStoredReminders(),
    readHistory().catch(() => []),
    browser.permissions.getAll(),
    focusHintShortcut(),
  ]);
  return { settings, reminders, history, granted: permissions.origins ?? [], shortcut };
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function App({ initial }: { initial: Loaded }) {
  const [state, setState] = useState(initial);
  // The language follows the setting as soon as it changes, here and (through the background) in
  // the popup and the hint: no reload.
  const lang = resolveLang(state.settings.hintLanguage, browser.i18n.getUILanguage());
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optionsTitle', lang);
  }, [lang]);
  const reload = () => void load().then(setState);
  useEffect(() => {
    // Changes made elsewhere (the popup, another options tab) show up here at once.
    const stop = [settingsItem.watch(reload), remindersItem.watch(reload)];
    return () => stop.forEach((unwatch) => unwatch());
  }, []);

  const addSite = async (input: string): Promise<MessageKey | undefined> => {
    const added = await addCustomSite(input, state.settings.customSites);
    if ('error' in added) return added.error;
    reload();
    return undefined;
  };

  return (
    <Options
      lang={lang}
      settings={state.settings}
      reminders={state.reminders}
      history={state.history}
      grantedOrigins={state.granted}
      now={Date.now()}
      version={browser.runtime.getManifest().version}
      shortcut={state.shortcut}
      onOpenGuide={() => void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') })}
      onChange={(change) => void changeSettings(change).then(reload)}
      onAddSite={addSite}
      onAddReminder={(reminder) => void changeReminders({ op: 'add', reminder }).then(reload)}
      onRemoveReminder={(id) => void changeReminders({ op: 'remove', id }).then(reload)}
      onExport={() =>
        download('reissue-helper-settings.json', exportSettings(state.settings, state.reminders, new Date()))
      }
      onImport={async (text) => {
        const parsed = parseSettingsFile(text);
        if ('error' in parsed) return parsed.error;
        await changeSettings({ op: 'replace', settings: parsed.settings });
        await changeReminders({ op: 'replace', reminders: parsed.reminders });
        reload();
        return undefined;
      }}
      onClear={async () => {
        await sendToBackground({ type: 'clear-all-data' });
        reload();
      }}
    />
  );
}

async function start(): Promise<void> {
  const initial = await load();
  render(<App initial={initial} />, document.getElementById('app')!);
}

void start();
