import en from '../public/_locales/en/messages.json';
import ko from '../public/_locales/ko/messages.json';

// The _locales files are the single source of UI strings. They are read directly (not through
// browser.i18n) so that the hint language can follow the user's setting, not only the browser's.

export type Lang = 'ko' | 'en';
export type MessageKey = keyof typeof ko;
export type LanguageSetting = 'auto' | Lang;

const catalogues: Record<Lang, Record<string, { message: string }>> = { ko, en };

export function t(key: MessageKey, lang: Lang): string {
  return catalogues[lang][key]?.message ?? catalogues.ko[key]?.message ?? key;
}

/** Korean first: English only when the browser speaks English or the user asks for it. */
export function resolveLang(setting: LanguageSetting, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('en') ? 'en' : 'ko';
}
