import { browser } from 'wxt/browser';
import type { HintBoundMessage, ReplyTo, RuntimeMessage } from './protocol';

// The one way the extension's parts message each other (an ESLint rule forbids
// runtime.sendMessage and tabs.sendMessage anywhere else). The reply's type follows from the
// message's (ProtocolMap in protocol.ts), so no caller casts a reply. The background still checks
// every message it receives in shape, size and sender (background/messages.ts).

/**
 * popup, options, hint → background. Rejects when no background answers (a service worker going
 * down); callers decide what that means for them.
 */
export function sendToBackground<M extends RuntimeMessage>(message: M): Promise<ReplyTo<M['type']>> {
  // The browser types every reply as unknown; ProtocolMap and the background's handler table,
  // which must return exactly these replies, make this the one place that says what it is.
  return browser.runtime.sendMessage(message) as Promise<ReplyTo<M['type']>>;
}

/** background → the hint in a tab's top frame. Resolves false when nothing there listens (no hint injected). */
export function sendToHint(tabId: number, message: HintBoundMessage): Promise<boolean> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }).then(
    () => true,
    () => false,
  );
}
