import { useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../../utils/i18n';

interface Props {
  lang: Lang;
  onExport(): void;
  /** Resolves to an error message key, or undefined when the file was imported. */
  onImport(text: string): Promise<MessageKey | undefined>;
  onClear(): Promise<void>;
}

/** Export and import settings as a file; delete everything. */
export function DataSection({ lang, onExport, onImport, onClear }: Props) {
  const [message, setMessage] = useState<{ key: MessageKey; error: boolean } | undefined>();
  const [confirming, setConfirming] = useState(false);
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
          <input type="file" name="import" accept="application/json,.json" class="visually-hidden" onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        </label>
        {!confirming && (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('optionsClear', lang)}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="clear-question">
          <p id="clear-question">{t('optionsClearConfirm', lang)}</p>
          <button
            type="button"
            class="danger"
            onClick={() =>
              void onClear().then(() => {
                setConfirming(false);
                setMessage({ key: 'optionsCleared', error: false });
              })
            }
          >
            {t('optionsClearYes', lang)}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('optionsClearNo', lang)}
          </button>
        </div>
      )}
      {message && (
        <p class={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {t(message.key, lang)}
        </p>
      )}
    </section>
  );
}
