import {
  decodeDialogReport,
  HELLO_EVENT,
  opensWithoutReference,
  READY_EVENT,
  REPORT_EVENT,
  type DialogReport,
} from '../../utils/dialog-channel';
import { hookDialogsInPage } from './firefox-dialog-hook';
import type { Reporter } from './reporter';

/**
 * Dialog texts from the MAIN-world hook (alert, confirm, prompt, blocked window.open), over the
 * private port it hands over at document_start (see dialog-channel.ts); in Firefox, from the hook
 * this script installs. Must be called then, before any page script runs: the first port offered
 * is the hook's, and no later one is taken; Firefox's hook must be in place before a page script.
 */
export function watchDialogs(reporter: Reporter, signal: AbortSignal): void {
  const received = (report: DialogReport): void => {
    if (report.kind === 'popup') {
      // A blocked pop-up has no text of its own: the matcher knows this phrase.
      if (!opensWithoutReference(report.text)) reporter.report('popup', '팝업이 차단되었습니다.');
    } else if (report.text.trim()) reporter.report(report.kind, report.text);
  };
  // Firefox: this script installs the hook itself (firefox-dialog-hook.ts); there is no MAIN-world one.
  if (import.meta.env.FIREFOX) return hookDialogsInPage((kind, text) => received({ kind, text }));
  const onReport = (event: Event): void => {
    const report = decodeDialogReport((event as CustomEvent<unknown>).detail);
    if (report) received(report);
  };
  const onHello = (event: Event): void => {
    const port = event instanceof MessageEvent ? event.ports[0] : undefined;
    if (!port) return;
    event.preventDefault();
    document.removeEventListener(HELLO_EVENT, onHello);
    port.addEventListener(REPORT_EVENT, onReport, { signal });
  };
  document.addEventListener(HELLO_EVENT, onHello, { signal });
  // The hook may already be waiting.
  document.dispatchEvent(new Event(READY_EVENT));
}
