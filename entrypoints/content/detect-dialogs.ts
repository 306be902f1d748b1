import { decodeDialogReport, DIALOG_EVENT } from '../../utils/dialog-channel';
import type { Reporter } from './reporter';

/** Dialog texts from the MAIN-world hook (alert, confirm, prompt, blocked window.open). */
export function watchDialogs(reporter: Reporter, signal: AbortSignal): void {
  document.addEventListener(
    DIALOG_EVENT,
    (event) => {
      const report = decodeDialogReport((event as CustomEvent<unknown>).detail);
      if (!report) return;
      // A blocked pop-up has no text of its own: the matcher knows this phrase.
      if (report.kind === 'popup') reporter.report('popup', '팝업이 차단되었습니다.');
      else if (report.text.trim()) reporter.report(report.kind, report.text);
    },
    { signal },
  );
}
