import { t, type Lang } from '../../../utils/i18n';
import { PRIVACY_DOC_PATH } from '../../../utils/project';

interface Props {
  lang: Lang;
  version: string;
  /** The focus-the-hint shortcut as the browser has it, or '' when none is set. */
  shortcut: string;
  onOpenGuide(): void;
}

/** Version, the privacy statement, help (the first-run guide) and the keyboard shortcut. */
export function AboutSection({ lang, version, shortcut, onOpenGuide }: Props) {
  return (
    <section aria-labelledby="about-heading" class="about">
      <h2 id="about-heading">{t('optionsAboutHeading', lang)}</h2>
      <dl>
        <dt>{t('optionsVersion', lang)}</dt>
        <dd class="version">{version}</dd>
        <dt>{t('optionsShortcut', lang)}</dt>
        <dd class="shortcut">{shortcut ? <kbd>{shortcut}</kbd> : t('optionsShortcutNone', lang)}</dd>
      </dl>
      <p class="muted">{t('optionsShortcutHelp', lang)}</p>
      <p>
        <button type="button" class="link" onClick={onOpenGuide}>
          {t('optionsHelpLink', lang)}
        </button>
      </p>
      <h3 id="privacy">{t('optionsPrivacyHeading', lang)}</h3>
      <p class="privacy-text">{t('privacyStatement', lang)}</p>
      <p class="muted">{t('optionsPrivacyDoc', lang, PRIVACY_DOC_PATH)}</p>
    </section>
  );
}
