import type { Browser } from 'wxt/browser';
import { examine, isMailSentNotice, redact, type TextContext } from '../../rules';
import type { CandidateMessage, Source } from '../../utils/protocol';
import { rememberMailSent } from './mail-advice';
import { createRateLimiter } from './rate-limit';
import { recordDiagnosis, recordUnknown } from './record';

/** Where a text was seen is evidence: a dialog or a layer that appeared reports; page text may explain. */
const contextOf = (source: Source): TextContext =>
  source === 'inline' ? 'page' : source === 'layer' ? 'layer' : 'dialog';

/**
 * At most this many candidate texts a second per tab are classified. Each frame's reporter sends
 * 20 a second at most and tries again what is declined, so the limit bounds a tab of many frames
 * (or a content script that misbehaves) without losing anything genuine: a declined text comes back.
 */
const CANDIDATES_PER_SECOND = 60;
export const candidateLimiter = createRateLimiter(CANDIDATES_PER_SECOND, 1000);

/**
 * A text a content script thinks may be a failure, as the page shows it: it is redacted here first,
 * before anything else looks at it, so nothing unmasked is matched, kept or shown. Answers `false` when
 * the text was declined for now and should be sent again, `true` when it was looked at.
 */
export async function onCandidate(
  message: CandidateMessage,
  sender: Browser.runtime.MessageSender,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  const pageUrl = sender.tab?.url;
  if (tabId === undefined || tabId < 0 || !pageUrl) return true;
  if (!candidateLimiter.allow(tabId)) return false;
  const text = redact(message.text);
  const { diagnoses, unrecognised } = examine(text, { url: pageUrl, context: contextOf(message.source) });
  const [best] = diagnoses;
  if (best) await recordDiagnosis(tabId, pageUrl, best, { source: message.source, text });
  else if (unrecognised) await recordUnknown(tabId, pageUrl, { source: message.source, text });
  else if (isMailSentNotice(text)) await rememberMailSent(tabId, pageUrl);
  return true;
}
