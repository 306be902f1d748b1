/** Longest message we look at, in UTF-8 bytes: dialogs are short, and a cap bounds the matcher's work. */
export const MAX_MESSAGE_BYTES = 2048;

// Control characters become spaces (they often stand where a dialog had a line break);
// format characters (zero-width, bidi marks, soft hyphen, BOM) vanish.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const FORMAT = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const SPACES = /\s+/g;
/** Everything the compact form drops: whitespace, control and format characters. */
const NOT_COMPACT =
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+/g;

/**
 * Message tables hold text for alert() and for innerHTML alike, and pages pass either to the
 * other: "…않습니다.<br>다시 …", "…&nbsp;…", and a "\n" escaped once too often shows as the two
 * characters, and formatting tags ("<font color=\"red\">7일</font>") around words. Each is what it stands for:
 * a line break, a space, the character, nothing. (Case counts:
 * "\nPlease" is a break, "C:\new" a path.)
 */
const MARKUP =
  /<[bB][rR]\s*\/?>|<\/?[a-zA-Z][^<>]{0,80}>|&(?:nbsp|lt|gt|amp|quot|apos|#39|#160);|\\[rnt](?![a-z])/gu;
const ENTITY: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&#160;': ' ',
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
  '\\t': ' ',
};
const MAY_HAVE_MARKUP = /[<&\\]/u;
/** Of the tags, a line break stands for one; the others ("<font color=…>", "<b>") only format. */
const BREAK_TAG = /^<[bB][rR]/u;

/** The text a reader sees: line breaks for `<br>` and an escaped `\n`, characters for the common entities. */
export function plainText(text: string): string {
  if (!MAY_HAVE_MARKUP.test(text)) return text;
  return text.replace(
    MARKUP,
    (found) => ENTITY[found] ?? (found.startsWith('<') && !BREAK_TAG.test(found) ? '' : '\n'),
  );
}

const encoder = new TextEncoder();
const capBuffer = new Uint8Array(MAX_MESSAGE_BYTES);

export function capMessage(text: string): string {
  // Only long texts can exceed the cap; UTF-8 is at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= MAX_MESSAGE_BYTES) return text;
  const { read } = encoder.encodeInto(text, capBuffer);
  return read < text.length ? text.slice(0, read) : text;
}

/** What one pass over a text tells the fast paths below. */
const UNSTABLE = 1;
const UPPER = 2;
const SPACE = 4;
/** Whitespace other than single spaces between words: leading, trailing, doubled or not U+0020. */
const ODD_SPACE = 8;

/** Whitespace as the regex `\s` has it, less the plain space. */
const isOtherSpace = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** Whitespace as the regex `\s` has it. */
export const isSpace = (c: number): boolean => c === 0x20 || isOtherSpace(c);

/**
 * One loop over the units instead of a regex per question: it runs on every piece of every message.
 * UNSTABLE: a unit outside printable ASCII, precomposed Hangul and whitespace, which are taken as
 * NFKC already (most messages skip the costly call). The other flags say what the replacements
 * below could change in a stable text: nothing when none is set.
 */
function scan(text: string): number {
  let flags = 0;
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xac00 && c <= 0xd7a3) || (c > 0x20 && c <= 0x7e)) {
      if (c >= 0x41 && c <= 0x5a) flags |= UPPER;
      afterSpace = false;
    } else if (c === 0x20) {
      flags |= afterSpace ? SPACE | ODD_SPACE : SPACE;
      afterSpace = true;
    } else if (isOtherSpace(c)) {
      flags |= SPACE | ODD_SPACE;
      afterSpace = true;
    } else return flags | UNSTABLE;
  }
  return text.length > 0 && afterSpace ? flags | ODD_SPACE : flags;
}

/** Whether the NFKC call is skipped for `text` (tests/unit/rules/normalise.test.ts holds it to the regex it replaced). */
export const nfkcStable = (text: string): boolean => (scan(text) & UNSTABLE) === 0;

const nfkc = (text: string): string => (scan(text) & UNSTABLE ? text.normalize('NFKC') : text);

/** Readable normal form: NFKC, invisible characters gone, whitespace folded. */
export function normalise(text: string): string {
  const capped = capMessage(text);
  // Stable, with single spaces between words only: every step below would give it back unchanged.
  if ((scan(capped) & (UNSTABLE | ODD_SPACE)) === 0) return capped;
  return nfkc(capped).replace(CONTROL, ' ').replace(FORMAT, '').replace(SPACES, ' ').trim();
}

/**
 * Matching form: NFKC, lower case, with no whitespace or invisible characters at all, so Korean
 * spacing variants ("본인 확인", "본인확인", "인증서 암호" / "인증서암호") are one string.
 */
export function compact(text: string): string {
  const capped = capMessage(text);
  const flags = scan(capped);
  if (flags & UNSTABLE) return capped.normalize('NFKC').replace(NOT_COMPACT, '').toLowerCase();
  // A stable text loses only its whitespace, and only A–Z have a lower case in it.
  const bare = flags & SPACE ? capped.replace(NOT_COMPACT, '') : capped;
  return flags & UPPER ? bare.toLowerCase() : bare;
}
