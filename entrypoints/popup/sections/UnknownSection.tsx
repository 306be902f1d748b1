import { useState } from 'preact/hooks';
import { t, type Lang } from '../../../utils/i18n';

interface Props {
  lang: Lang;
  unknown: Array<{ text: string; seenAt: number }>;
  /** The missing-rule report for one text, ready to paste into the project's issue tracker. */
  reportFor(text: string, seenAt: number): string;
  copy(text: string): Promise<void>;
}

/**
 * "알 수 없는 오류": clear failures no rule knows. General steps, the (redacted) text itself, and a
 * button that copies it as a missing-rule report. They never raise a hint: a guess could mislead.
 */
export function UnknownSection({ lang, unknown, reportFor, copy }: Props) {
  const [copied, setCopied] = useState<number | undefined>(undefined);
  if (unknown.length === 0) return null;
  return (
    <section aria-labelledby="unknown" class="unknown">
      <h2 id="unknown">{t('popupUnknownHeading', lang)}</h2>
      <p>{t('popupUnknownIntro', lang)}</p>
      <ol class="steps">
        <li>{t('popupUnknownStep1', lang)}</li>
        <li>{t('popupUnknownStep2', lang)}</li>
        <li>{t('popupUnknownStep3', lang)}</li>
      </ol>
      <ul class="unknown-messages">
        {unknown.map((u, i) => (
          <li key={`${u.seenAt}:${i}`}>
            <blockquote>{u.text}</blockquote>
            <button
              type="button"
              onClick={() =>
                copy(reportFor(u.text, u.seenAt)).then(
                  () => setCopied(i),
                  () => setCopied(undefined),
                )
              }
            >
              {t('popupUnknownCopy', lang)}
            </button>
          </li>
        ))}
      </ul>
      <p class="status" role="status" aria-live="polite">
        {copied !== undefined ? t('popupUnknownCopied', lang) : ''}
      </p>
    </section>
  );
}
