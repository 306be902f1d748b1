import en from '../public/_locales/en/messages.json';
import ko from '../public/_locales/ko/messages.json';
import type { Lang } from '../rules/types';

// The _locales files are the single source of UI strings. They are read directly (not through
// browser.i18n) so that the hint language can follow the user's setting, not only the browser's.

export type { Lang };
export type MessageKey = keyof typeof ko;
export type LanguageSetting = 'auto' | Lang;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogues: Record<Lang, Record<string, Entry>> = { ko, en };

/** A UI string; `$NAME$` placeholders are filled from `substitutions` as in browser.i18n. */
export function t(key: MessageKey, lang: Lang, ...substitutions: string[]): string {
  const entry = catalogues[lang][key] ?? catalogues.ko[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    // Stryker disable next-line OptionalChaining: every $NAME$ in _locales has a placeholder (tests/unit/utils/i18n.test.ts)
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    // Stryker disable next-line OptionalChaining,Regex: every placeholder's content is "$<digit>" (same test)
    const index = content ? Number(/^\$(\d)$/.exec(content)?.[1]) : NaN;
    return Number.isInteger(index) ? (substitutions[index - 1] ?? '') : whole;
  });
}

/** Korean first: English only when the browser speaks English or the user asks for it. */
export function resolveLang(setting: LanguageSetting, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('en') ? 'en' : 'ko';
}
