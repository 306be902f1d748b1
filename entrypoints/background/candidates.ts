import type { Browser } from 'wxt/browser';
import { classify, isMailSentNotice, redact } from '../../rules';
import type { CandidateMessage } from '../../utils/protocol';
import { rememberMailSent } from './mail-advice';
import { createRateLimiter } from './rate-limit';
import { recordDiagnosis } from './record';

/**
 * At most this many candidate texts a second per tab are classified. Each frame's reporter sends
 * 20 a second at most and tries again what is declined, so the limit bounds a tab of many frames
 * (or a content script that misbehaves) without losing anything genuine: a declined text comes back.
 */
const CANDIDATES_PER_SECOND = 60;
export const candidateLimiter = createRateLimiter(CANDIDATES_PER_SECOND, 1000);

/**
 * A text a content script thinks may be a failure (already redacted in the page; redacted again
 * here, so nothing unmasked is kept even from a content script that did not). Answers `false` when
 * the text was declined for now and should be sent again, `true` when it was looked at.
 */
export async function onCandidate(message: CandidateMessage, sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  const pageUrl = sender.tab?.url;
  if (tabId === undefined || tabId < 0 || !pageUrl) return true;
  if (!candidateLimiter.allow(tabId)) return false;
  const text = redact(message.text);
  const [best] = classify(text, { url: pageUrl });
  if (best) await recordDiagnosis(tabId, pageUrl, best, { source: message.source, text });
  else if (isMailSentNotice(text)) await rememberMailSent(tabId, pageUrl);
  return true;
}
