/** Longest message we look at, in UTF-8 bytes: dialogs are short, and a cap bounds the matcher's work. */
export const MAX_MESSAGE_BYTES = 2048;

// Control characters become spaces (they often stand where a dialog had a line break);
// format characters (zero-width, bidi marks, soft hyphen, BOM) vanish.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const FORMAT = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const SPACES = /\s+/g;
/** Everything the compact form drops: whitespace, control and format characters. */
const NOT_COMPACT = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+/g;

const encoder = new TextEncoder();
const capBuffer = new Uint8Array(MAX_MESSAGE_BYTES);

export function capMessage(text: string): string {
  // Only long texts can exceed the cap; UTF-8 is at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= MAX_MESSAGE_BYTES) return text;
  const { read } = encoder.encodeInto(text, capBuffer);
  return read < text.length ? text.slice(0, read) : text;
}

/** Printable ASCII and precomposed Hangul are already in NFKC: most messages skip the costly call. */
const NFKC_STABLE = /^[\u0020-\u007e\uac00-\ud7a3\s]*$/u;
const nfkc = (text: string): string => (NFKC_STABLE.test(text) ? text : text.normalize('NFKC'));

/** Readable normal form: NFKC, invisible characters gone, whitespace folded. */
export function normalise(text: string): string {
  return nfkc(capMessage(text)).replace(CONTROL, ' ').replace(FORMAT, '').replace(SPACES, ' ').trim();
}

/**
 * Matching form: NFKC, lower case, with no whitespace or invisible characters at all, so Korean
 * spacing variants ("본인 확인", "본인확인", "인증서 암호" / "인증서암호") are one string.
 */
export function compact(text: string): string {
  return nfkc(capMessage(text)).replace(NOT_COMPACT, '').toLowerCase();
}
