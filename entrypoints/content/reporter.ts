import { MAX_CANDIDATE_CHARS, type CandidateMessage, type Source } from '../../utils/protocol';
import { sendMessage } from './extension-api';
import { mayReportFailure } from './prefilter';

/** The same text is sent once per page; past this many, the oldest are forgotten (and may be sent again). */
export const MAX_REMEMBERED = 500;
/** Texts waiting to be sent. A page that outruns this is flooding us with ordinary text. */
export const MAX_QUEUED = 500;
/** Sends a second at most, in bursts of as many; well below what the background accepts from a tab. */
export const SENDS_PER_SECOND = 20;
/** A text the background declined (busy) or could not take (restarting) is tried again this often. */
export const MAX_ATTEMPTS = 8;
const RETRY_MS = 250;

export interface Reporter {
  report(source: Source, text: string): void;
}

/**
 * What the background answers: `false` when it declined the text for now (its per-tab budget is
 * spent), anything else when it took it.
 */
export type Send = (message: CandidateMessage) => Promise<unknown>;

interface Pending {
  source: Source;
  text: string;
  attempts: number;
}

/**
 * Sends candidate texts to the background, each distinct text once; sending never delays the page
 * (a page's alert() returns at once). They are not redacted here: the background masks every text
 * on arrival, before it is matched, kept or shown (background/candidates.ts), and the text goes
 * there only through the browser's own extension channel. Redacting in the page as well cost every
 * listed page ≈ 120 KB of heap (the masks' compiled regular expressions) and ≈ 1.5 ms on load.
 *
 * Nothing genuine is lost to a flood: texts wait in a queue and leave at a steady rate, texts that
 * read like a failure (the same prefilter the DOM scan uses) ahead of the rest, and a text that the
 * background declined or did not receive is tried again. Only ordinary text is ever dropped, when
 * the queue is full of it; a failure-like text then takes the place of the oldest ordinary one.
 */
export function createReporter(
  send: Send = sendMessage,
  now: () => number = () => performance.now(),
): Reporter {
  const sent = new Set<string>();
  const inFlight = new Set<string>();
  const likely = new Map<string, Pending>();
  const ordinary = new Map<string, Pending>();
  let tokens = SENDS_PER_SECOND;
  let refilledAt = now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const remember = (text: string): void => {
    if (sent.size >= MAX_REMEMBERED) sent.delete(sent.values().next().value as string);
    sent.add(text);
  };

  const enqueue = (item: Pending): void => {
    const lane = mayReportFailure(item.text) ? likely : ordinary;
    if (likely.size + ordinary.size >= MAX_QUEUED) {
      if (lane === ordinary || ordinary.size === 0) return;
      ordinary.delete(ordinary.keys().next().value as string);
    }
    lane.set(item.text, item);
  };

  const later = (ms: number): void => {
    if (timer !== undefined || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      pump();
    }, ms);
  };

  const deliver = (item: Pending): void => {
    const retry = (): void => {
      inFlight.delete(item.text);
      if (stopped || sent.has(item.text) || item.attempts >= MAX_ATTEMPTS) return;
      enqueue(item);
      later(RETRY_MS * item.attempts);
    };
    item.attempts += 1;
    inFlight.add(item.text);
    let reply: Promise<unknown>;
    try {
      reply = send({ type: 'candidate', source: item.source, text: item.text });
    } catch {
      stopped = true; // The extension was updated or removed: this page's script is an orphan.
      return;
    }
    reply.then((answer) => {
      if (answer === false) return retry();
      inFlight.delete(item.text);
      remember(item.text);
    }, retry);
  };

  function pump(): void {
    const time = now();
    tokens = Math.min(SENDS_PER_SECOND, tokens + ((time - refilledAt) / 1000) * SENDS_PER_SECOND);
    refilledAt = time;
    while (tokens >= 1) {
      const lane = likely.size ? likely : ordinary;
      const next = lane.values().next();
      if (next.done) return;
      lane.delete(next.value.text);
      tokens -= 1;
      deliver(next.value);
    }
    if (likely.size || ordinary.size) later(Math.ceil((1000 / SENDS_PER_SECOND) * (1 - tokens)));
  }

  return {
    report(source, text) {
      const clean = text.slice(0, MAX_CANDIDATE_CHARS).trim();
      if (!clean || sent.has(clean) || inFlight.has(clean) || likely.has(clean) || ordinary.has(clean))
        return;
      enqueue({ source, text: clean, attempts: 0 });
      // At once when the budget allows, even while a timer waits: an alert() loop blocks timers,
      // and a failure shown in the middle of it must not wait for the loop to end.
      pump();
    },
  };
}
