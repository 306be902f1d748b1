// The one channel from the MAIN-world hook to the isolated content script (Chrome; in Firefox the
// content script installs the hook itself, entrypoints/content/firefox-dialog-hook.ts).
//
// Page listeners must not see it, so reports never travel through the document. Both scripts run
// at document_start, before any page script, and meet there once: the hook offers a MessagePort of
// its own in a MessageEvent on the document (HELLO), and the isolated script takes it by cancelling
// that event. If the isolated script runs first, it listens for HELLO and asks for it (READY).
// From then on the hook dispatches its reports on that port, an object no page script can reach;
// the dispatch is synchronous, so a report arrives before the dialog blocks the page.
// The receiving side still treats every report as untrusted: shape and size are checked.

// Stryker disable next-line StringLiteral: any name works while the hook and this script share the constant
export const HELLO_EVENT = 'reissue-helper:hello';
// Stryker disable next-line StringLiteral: any name works while the hook and this script share the constant
export const READY_EVENT = 'reissue-helper:ready';
/** Dispatched on the private port only. */
// Stryker disable next-line StringLiteral: any name works while the hook and this script share the constant
export const REPORT_EVENT = 'reissue-helper:report';

export const DIALOG_KINDS = ['alert', 'confirm', 'prompt', 'popup'] as const;
export type DialogKind = (typeof DIALOG_KINDS)[number];
export const MAX_DIALOG_TEXT = 2000;

export interface DialogReport {
  kind: DialogKind;
  /** What the dialog said; for a blocked pop-up, the features it was opened with. */
  text: string;
}

const SEPARATOR = '\n';

/**
 * Strings cross JavaScript worlds intact; objects do not. The hook builds this string with `+`
 * only: no method call that a page could have replaced or be watching.
 */
export function encodeDialogReport(kind: DialogKind, text: string): string {
  return kind + SEPARATOR + text;
}

export function decodeDialogReport(detail: unknown): DialogReport | undefined {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only saves work on a huge string; the text check below rejects the same reports
  if (typeof detail !== 'string' || detail.length > MAX_DIALOG_TEXT + 16) return undefined;
  const at = detail.indexOf(SEPARATOR);
  if (at < 0) return undefined;
  const kind = detail.slice(0, at);
  const text = detail.slice(at + 1);
  if (!(DIALOG_KINDS as readonly string[]).includes(kind) || text.length > MAX_DIALOG_TEXT) return undefined;
  return { kind: kind as DialogKind, text };
}

/** `window.open` gives null for these on purpose: that is not a blocked pop-up. */
export function opensWithoutReference(features: string): boolean {
  return /\bno(?:opener|referrer)\b/i.test(features);
}
