import { browser, type Browser } from 'wxt/browser';
import { parseRuntimeMessage, type ReplyTo, type RuntimeMessage } from '../../utils/protocol';
import { onCandidate } from './candidates';
import { changeReminders } from './reminders';
import { applySettingsChange, clearAllData } from './settings-actions';
import { hostOf } from './sites';
import { viewOfTab } from './tab-view';

type Sender = Browser.runtime.MessageSender;
type MessageOf<T extends RuntimeMessage['type']> = Extract<RuntimeMessage, { type: T }>;

interface Handler<T extends RuntimeMessage['type']> {
  /**
   * Only the extension's own pages may send it: it reads what was seen on a tab or changes
   * something. Anything a content script sends, a page it runs in may have caused.
   */
  trusted: boolean;
  /** What it answers: exactly the reply ProtocolMap names, or no answer at all. */
  handle(message: MessageOf<T>, sender: Sender): Promise<ReplyTo<T>> | undefined;
}

/**
 * A sender is trusted when it is one of the extension's own pages (popup, options). Its URL is set
 * by the browser; a content script's sender carries the page's URL, never ours.
 */
export function isTrustedSender(sender: Sender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/** Every message the background takes, who may send it, and what it does. */
export const HANDLERS: { [T in RuntimeMessage['type']]: Handler<T> } = {
  // The answer tells the content script whether to send the text again later.
  candidate: { trusted: false, handle: (message, sender) => onCandidate(message, sender).catch(() => false) },
  'hide-hint-on-site': {
    trusted: false,
    // Only the hint sends this, and it lives in the top frame; a person's click is its only cause.
    handle: (_message, sender) => {
      const host = sender.frameId === 0 ? hostOf(sender.tab?.url) : undefined;
      if (host) void applySettingsChange({ op: 'hint-hidden-host', host, hidden: true });
      return undefined;
    },
  },
  'tab-view': { trusted: true, handle: (message) => viewOfTab(message.tabId) },
  settings: { trusted: true, handle: (message) => applySettingsChange(message.change) },
  reminders: { trusted: true, handle: (message) => changeReminders(message.change) },
  'clear-all-data': { trusted: true, handle: () => clearAllData().then(() => true as const) },
};

/** A message of an exact known shape, from a sender allowed to send it, goes to its handler; anything else gets no answer. */
export function routeMessage(
  raw: unknown,
  sender: Sender,
): Promise<ReplyTo<RuntimeMessage['type']>> | undefined {
  const message = parseRuntimeMessage(raw);
  if (!message) return undefined;
  const handler = HANDLERS[message.type] as Handler<typeof message.type>;
  if (handler.trusted && !isTrustedSender(sender)) return undefined;
  return handler.handle(message, sender);
}
