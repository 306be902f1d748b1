import { t, type Lang } from '../../../utils/i18n';
import { useCopy } from './use-copy';

interface Props {
  lang: Lang;
  report: string;
  copy(text: string): Promise<void>;
}

/** "진단 보고서 복사": the redacted report to the clipboard, with the text shown for checking. */
export function ReportSection({ lang, report, copy }: Props) {
  const [status, copyReport] = useCopy(copy);
  return (
    <div class="report">
      <button type="button" class="primary" onClick={() => copyReport(report)}>
        {t('popupReportButton', lang)}
      </button>
      <p class="status" role="status" aria-live="polite">
        {status === 'copied'
          ? t('popupReportCopied', lang)
          : status === 'failed'
            ? t('popupReportFailed', lang)
            : ''}
      </p>
      <details open={status === 'failed'}>
        <summary>{t('popupReportPreview', lang)}</summary>
        <pre class="report-text">{report}</pre>
      </details>
    </div>
  );
}
