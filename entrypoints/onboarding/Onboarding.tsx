import { sites } from '../../rules';
import type { SiteKind } from '../../rules/types';
import { t, type Lang, type MessageKey } from '../../utils/i18n';

const KINDS: Array<[SiteKind, MessageKey]> = [
  ['ca', 'kindCa'],
  ['bank', 'kindBank'],
  ['securities', 'kindSecurities'],
  ['savings', 'kindSavings'],
  ['public', 'kindPublic'],
];

interface Props {
  lang: Lang;
  shortcut: string;
  onSwitchLang(lang: Lang): void;
  onOpenOptions(): void;
}

/** The first-run page: what the helper does, where, what it keeps (nothing that leaves), and how to use it. */
export function Onboarding({ lang, shortcut, onSwitchLang, onOpenOptions }: Props) {
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  return (
    <main class="onboarding">
      <button type="button" class="lang-switch" lang={other} onClick={() => onSwitchLang(other)}>
        {other === 'en' ? 'English' : '한국어'}
      </button>
      <h1>{t('onboardingTitle', lang)}</h1>
      <p>{t('onboardingIntro', lang)}</p>
      <section aria-labelledby="ob-what">
        <h2 id="ob-what">{t('onboardingWhatHeading', lang)}</h2>
        <ol>
          <li>{t('onboardingWhat1', lang)}</li>
          <li>{t('onboardingWhat2', lang)}</li>
          <li>{t('onboardingWhat3', lang)}</li>
        </ol>
      </section>
      <section aria-labelledby="ob-privacy">
        <h2 id="ob-privacy">{t('onboardingPrivacyHeading', lang)}</h2>
        <p class="privacy-text">{t('privacyStatement', lang)}</p>
      </section>
      <section aria-labelledby="ob-sites">
        <h2 id="ob-sites">{t('onboardingSitesHeading', lang)}</h2>
        <p>{t('onboardingSitesIntro', lang)}</p>
        {KINDS.map(([kind, label]) => {
          const group = sites.filter((s) => s.kind === kind);
          if (group.length === 0) return null;
          return (
            <div key={kind}>
              <h3>
                {t(label, lang)} ({group.length})
              </h3>
              <p class="site-names">{group.map((site) => site.name[lang]).join(', ')}</p>
            </div>
          );
        })}
      </section>
      <section aria-labelledby="ob-add">
        <h2 id="ob-add">{t('onboardingAddHeading', lang)}</h2>
        <ol>
          <li>{t('onboardingAdd1', lang)}</li>
          <li>{t('onboardingAdd2', lang)}</li>
        </ol>
        <p>
          <button type="button" onClick={onOpenOptions}>
            {t('onboardingOpenOptions', lang)}
          </button>
        </p>
      </section>
      <section aria-labelledby="ob-pin">
        <h2 id="ob-pin">{t('onboardingPinHeading', lang)}</h2>
        <ul>
          <li>{t('onboardingPinChrome', lang)}</li>
          <li>{t('onboardingPinEdge', lang)}</li>
          <li>{t('onboardingPinWhale', lang)}</li>
          <li>{t('onboardingPinFirefox', lang)}</li>
        </ul>
      </section>
      <section aria-labelledby="ob-keys">
        <h2 id="ob-keys">{t('onboardingKeysHeading', lang)}</h2>
        <p>{shortcut ? t('onboardingKeys', lang, shortcut) : t('optionsShortcutNone', lang)}</p>
      </section>
    </main>
  );
}
