import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../rules/site-matches';
import { DIALOG_EVENT, MAX_DIALOG_TEXT, type DialogKind } from '../utils/dialog-channel';
import { SHADOW_EVENT } from '../utils/shadow-channel';

// Runs in the page's own world, before the page's scripts, to see what alert/confirm/prompt say,
// which pop-ups are blocked, and where open shadow roots appear. It must never change what those
// functions show or return: it reports, then calls (or returns) the original.
export default defineContentScript({
  // Registered by the background for the enabled sites (content-scripts.ts), not by the manifest.
  registration: 'runtime',
  matches: SITE_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const report = (kind: DialogKind, message: unknown): void => {
      try {
        const text = String(message ?? '').slice(0, MAX_DIALOG_TEXT);
        document.dispatchEvent(new CustomEvent(DIALOG_EVENT, { detail: JSON.stringify({ kind, text }) }));
      } catch {
        // Reporting is best effort; the dialog itself must still show.
      }
    };

    const wrap = (name: 'alert' | 'confirm' | 'prompt'): void => {
      const original = window[name] as (...args: unknown[]) => unknown;
      // A method shorthand keeps the original's name, so the page sees `alert.name === 'alert'`.
      const wrapped = {
        [name](this: unknown, ...args: unknown[]) {
          report(name, args[0]);
          return original.apply(this, args);
        },
      }[name];
      Object.defineProperty(window, name, { value: wrapped, writable: true, configurable: true, enumerable: true });
    };
    wrap('alert');
    wrap('confirm');
    wrap('prompt');

    // Custom elements often attach their root before they are inserted: announce once connected.
    const announceShadowRoot = (host: Element, attempt = 0): void => {
      if (host.isConnected) host.dispatchEvent(new Event(SHADOW_EVENT, { bubbles: true, composed: true }));
      else if (attempt < 5) setTimeout(() => announceShadowRoot(host, attempt + 1), 50 * (attempt + 1));
    };
    const originalAttachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function attachShadow(this: Element, init: ShadowRootInit) {
      const root = originalAttachShadow.call(this, init);
      if (init?.mode === 'open') queueMicrotask(() => announceShadowRoot(this));
      return root;
    };

    const originalOpen = window.open;
    window.open = function open(this: Window, ...args: Parameters<Window['open']>) {
      const opened = originalOpen.apply(this, args);
      // With noopener/noreferrer, null is the normal result, not a blocked pop-up.
      if (opened === null && !/\bno(?:opener|referrer)\b/i.test(String(args[2] ?? ''))) report('popup', '');
      return opened;
    };
  },
});
