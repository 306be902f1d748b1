import { useState } from 'preact/hooks';
import { t, type Lang } from '../../../utils/i18n';

interface Props {
  lang: Lang;
  report: string;
  copy(text: string): Promise<void>;
}

/** "진단 보고서 복사": the redacted report to the clipboard, with the text shown for checking. */
export function ReportSection({ lang, report, copy }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div class="report">
      <button
        type="button"
        class="primary"
        onClick={() =>
          copy(report).then(
            () => setStatus('copied'),
            () => setStatus('failed'),
          )
        }
      >
        {t('popupReportButton', lang)}
      </button>
      <p class="status" role="status" aria-live="polite">
        {status === 'copied' ? t('popupReportCopied', lang) : status === 'failed' ? t('popupReportFailed', lang) : ''}
      </p>
      <details open={status === 'failed'}>
        <summary>{t('popupReportPreview', lang)}</summary>
        <pre class="report-text">{report}</pre>
      </details>
    </div>
  );
}
