import type { Browser } from 'wxt/browser';
import { examine, isMailSentNotice, type TextContext } from '../../rules';
import type { CandidateMessage, Source } from '../../utils/protocol';
import { rememberMailSent } from './mail-advice';
import { createRateLimiter } from './rate-limit';
import { recordDiagnosis, recordUnknown } from './record';

/** Where a text was seen is evidence: a dialog or a layer that appeared reports; page text may explain. */
const contextOf = (source: Source): TextContext => (source === 'inline' ? 'page' : 'dialog');

/** At most this many candidate texts a second per tab are classified; the rest are dropped. */
const CANDIDATES_PER_SECOND = 20;
export const candidateLimiter = createRateLimiter(CANDIDATES_PER_SECOND, 1000);

/** A text a content script thinks may be a failure (already redacted in the page). */
export async function onCandidate(message: CandidateMessage, sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  const pageUrl = sender.tab?.url;
  if (tabId === undefined || tabId < 0 || !pageUrl || !candidateLimiter.allow(tabId)) return;
  const { diagnoses, unrecognised } = examine(message.text, { url: pageUrl, context: contextOf(message.source) });
  const [best] = diagnoses;
  if (best) await recordDiagnosis(tabId, pageUrl, best, { source: message.source, text: message.text });
  else if (unrecognised) await recordUnknown(tabId, pageUrl, { source: message.source, text: message.text });
  else if (isMailSentNotice(message.text)) await rememberMailSent(tabId, pageUrl);
}
