// Filled in at build time from the rule catalogue (see wxt.config.ts).
declare const __PREFILTER_KEYWORDS__: string;
declare const __PREFILTER_SIGNALS__: string;

const KEYWORDS = new RegExp(__PREFILTER_KEYWORDS__);
const SIGNALS = new RegExp(__PREFILTER_SIGNALS__);
// For single text nodes: no flattened copy of every node, just a case-insensitive look.
const SIGNALS_IN_RAW_TEXT = new RegExp(__PREFILTER_SIGNALS__, 'i');
const WHITESPACE = /\s+/g;

/** Failure messages are short; longer text is body copy, a table or a list. */
const MIN_MESSAGE_CHARS = 4;
export const MAX_MESSAGE_CHARS = 600;

const flatten = (text: string): string => text.replace(WHITESPACE, '').toLowerCase();

/**
 * Cheapest test, for single text nodes: does it hold a failure word at all? Run on every text
 * node of a page, so it does not copy the text; a word split by spaces ("실 패") is missed here.
 */
export function hasFailureSignal(text: string): boolean {
  return SIGNALS_IN_RAW_TEXT.test(text);
}

/** Could this whole text report a failure? False for nearly all ordinary page text. */
export function mayReportFailure(text: string): boolean {
  if (text.length < MIN_MESSAGE_CHARS || text.length > MAX_MESSAGE_CHARS) return false;
  const flat = flatten(text);
  return SIGNALS.test(flat) && KEYWORDS.test(flat);
}
