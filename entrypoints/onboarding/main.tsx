import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveLang, t, type Lang } from '../../utils/i18n';
import { readStoredSettings } from '../../utils/storage';
import { focusHintShortcut } from '../../utils/shortcut';
import { Onboarding } from './Onboarding';

// Opened once, when the extension is installed (background), and from the popup and options as help.

function App({ initialLang, shortcut }: { initialLang: Lang; shortcut: string }) {
  const [lang, setLang] = useState(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('onboardingTitle', lang);
  }, [lang]);
  return (
    <Onboarding
      lang={lang}
      shortcut={shortcut}
      onSwitchLang={setLang}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

async function start(): Promise<void> {
  const settings = await readStoredSettings();
  const fromQuery = new URLSearchParams(location.search).get('lang');
  const lang =
    fromQuery === 'ko' || fromQuery === 'en'
      ? fromQuery
      : resolveLang(settings.hintLanguage, browser.i18n.getUILanguage());
  render(<App initialLang={lang} shortcut={await focusHintShortcut()} />, document.getElementById('app')!);
}

void start();
