// The one channel from the MAIN-world hook to the isolated content script. The page can read and
// forge it, so the receiving side treats every event as untrusted input.

export const DIALOG_EVENT = 'reissue-helper:dialog';
export const DIALOG_KINDS = ['alert', 'confirm', 'prompt', 'popup'] as const;
export type DialogKind = (typeof DIALOG_KINDS)[number];
export const MAX_DIALOG_TEXT = 2000;

export interface DialogReport {
  kind: DialogKind;
  text: string;
}

/** Strings cross JavaScript worlds intact; objects do not, so the report travels as JSON. */
export function encodeDialogReport(report: DialogReport): string {
  return JSON.stringify(report);
}

export function decodeDialogReport(detail: unknown): DialogReport | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_DIALOG_TEXT + 64) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, text } = value as Record<string, unknown>;
  if (!(DIALOG_KINDS as readonly unknown[]).includes(kind) || typeof text !== 'string' || text.length > MAX_DIALOG_TEXT) return undefined;
  return { kind: kind as DialogKind, text };
}
