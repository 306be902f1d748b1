import { useRef, useState } from 'preact/hooks';
import { useConfirmationFocus } from '../../../components/focus';
import { t, type Lang, type MessageKey } from '../../../utils/i18n';

interface Props {
  lang: Lang;
  onExport(): void;
  /** Resolves to an error message key, or undefined when the file was imported. */
  onImport(text: string): Promise<MessageKey | undefined>;
  onClear(): Promise<void>;
}

/** Export and import settings as a file; delete everything (after a confirmation that holds focus). */
export function DataSection({ lang, onExport, onImport, onClear }: Props) {
  const [message, setMessage] = useState<{ key: MessageKey; error: boolean } | undefined>();
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const box = useConfirmationFocus(confirming, () => setConfirming(false), trigger);
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const error = await onImport(await file.text());
    setMessage(error ? { key: error, error: true } : { key: 'optionsImported', error: false });
  };
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optionsDataHeading', lang)}</h2>
      <div class="row">
        <button type="button" onClick={onExport}>
          {t('optionsExport', lang)}
        </button>
        <label class="button">
          {t('optionsImport', lang)}
          <input
            type="file"
            name="import"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
          />
        </label>
        {/* Stays in place (disabled) while the confirmation is open, so focus can come back to it. */}
        <button
          ref={trigger}
          type="button"
          class="danger"
          name="clear"
          aria-expanded={confirming}
          disabled={confirming}
          onClick={() => setConfirming(true)}
        >
          {t('optionsClear', lang)}
        </button>
      </div>
      {confirming && (
        <div ref={box} class="confirm" role="alertdialog" aria-labelledby="clear-question" tabIndex={-1}>
          <p id="clear-question">{t('optionsClearConfirm', lang)}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              name="clear-yes"
              onClick={() =>
                void onClear().then(() => {
                  setConfirming(false);
                  setMessage({ key: 'optionsCleared', error: false });
                })
              }
            >
              {t('optionsClearYes', lang)}
            </button>
            <button type="button" name="clear-no" onClick={() => setConfirming(false)}>
              {t('optionsClearNo', lang)}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p class={message.error ? 'text-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {t(message.key, lang)}
        </p>
      )}
    </section>
  );
}
