import { browser } from 'wxt/browser';
import { redact } from '../../rules/redact';
import { MAX_CANDIDATE_CHARS, type CandidateMessage, type Source } from '../../utils/protocol';

/** The same text is sent once per page; past this many, the oldest are forgotten (and may be sent again). */
export const MAX_REMEMBERED = 500;

export interface Reporter {
  report(source: Source, text: string): void;
}

/**
 * Sends candidate texts to the background: redacted before they leave the page, each distinct
 * text once. Sending is fire-and-forget so that a page's alert() is never delayed by us.
 */
export function createReporter(send: (message: CandidateMessage) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): Reporter {
  const sent = new Set<string>();
  return {
    report(source, text) {
      const clean = redact(text.slice(0, MAX_CANDIDATE_CHARS)).trim();
      if (!clean || sent.has(clean)) return;
      if (sent.size >= MAX_REMEMBERED) sent.delete(sent.values().next().value as string);
      sent.add(clean);
      send({ type: 'candidate', source, text: clean }).catch(() => {
        // The background may be restarting; the next text will find it.
      });
    },
  };
}
