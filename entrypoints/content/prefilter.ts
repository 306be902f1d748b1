import type { PrefilterSources } from '../../rules/prefilter-words';

// Filled in at build time from the rule catalogue (see wxt.config.ts).
declare const __PREFILTER_KEYWORDS__: string;
declare const __PREFILTER_SIGNALS__: string;
declare const __PREFILTER_FAILURES__: string;

/** The failure words, as one regex source (an alternation of literal words). */
export const FAILURE_SIGNAL_WORDS: string = __PREFILTER_SIGNALS__;

// Stryker disable next-line Regex: removing each space or each run of them gives the same string
const WHITESPACE = /\s+/g;

/** Failure messages are short; longer text is body copy, a table or a list. */
const MIN_MESSAGE_CHARS = 2;
/** A short text with a failure-ish word goes to the background even without a topic word: it may be unrecognised. */
const SHORT_MESSAGE_CHARS = 160;
export const MAX_MESSAGE_CHARS = 600;

const flatten = (text: string): string => text.replace(WHITESPACE, '').toLowerCase();

export interface Prefilter {
  /**
   * Cheapest test, for single text nodes and whole subtrees: does it hold a failure word at all?
   * Long texts are not copied; a word split by spaces ("실 패") is missed in them.
   */
  hasFailureSignal(text: string): boolean;
  /** Could this whole text report a failure? False for nearly all ordinary page text. */
  mayReportFailure(text: string): boolean;
}

/** The prefilter for regex sources as rules/prefilter-words.ts derives them from the catalogue. */
export function createPrefilter(sources: PrefilterSources): Prefilter {
  const keywords = new RegExp(sources.keywords);
  const signals = new RegExp(sources.signals);
  // Stryker disable next-line StringLiteral: the source is BMP literals and plain escapes, read the same with or without 'u'
  const failures = new RegExp(sources.failures, 'u');
  // For single text nodes: no flattened copy of every node, just a case-insensitive look.
  const signalsInRawText = new RegExp(sources.signals, 'i');
  return {
    // Short texts are flattened first, so a word split by spacing ("로그인 해주세요") is still seen.
    hasFailureSignal: (text) =>
      text.length <= MAX_MESSAGE_CHARS ? signals.test(flatten(text)) : signalsInRawText.test(text),
    mayReportFailure(text) {
      if (text.length < MIN_MESSAGE_CHARS || text.length > MAX_MESSAGE_CHARS) return false;
      const flat = flatten(text);
      return (
        failures.test(flat) ||
        (signals.test(flat) && (text.length <= SHORT_MESSAGE_CHARS || keywords.test(flat)))
      );
    },
  };
}

/** The content script's own, compiled in at build time (wxt.config.ts). */
export const { hasFailureSignal, mayReportFailure } = createPrefilter({
  keywords: __PREFILTER_KEYWORDS__,
  signals: FAILURE_SIGNAL_WORDS,
  failures: __PREFILTER_FAILURES__,
});
