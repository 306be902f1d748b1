import type { Source } from '../../utils/protocol';
import type { Reporter } from './reporter';

// The dialog hook hands over its channel at document_start, before any page script runs, and a
// page may alert() while it loads; the rest of the content script runs at document_idle, once the
// page has loaded, so that it costs the page's load nothing. In between, the relay
// (dialog-relay.content.ts, a few hundred bytes at document_start) holds the channel and keeps
// what it hears, until the content script takes it over. The two scripts run in the same isolated
// world and meet on its global object, which no page script can see.

const KEY = '__reissueHelperDialogRelay';
/** Distinct reports kept while the page loads; a page that shows more before it has loaded is flooding. */
export const MAX_HELD = 500;

interface Relay {
  take(reporter: Reporter): void;
}

/** At document_start: `watch` is given a reporter that keeps each report until the content script takes them. */
export function startRelay(watch: (reporter: Reporter) => void): void {
  const held: Array<[Source, string]> = [];
  const seen = new Set<string>();
  let target: Reporter | undefined;
  const relay: Relay = {
    take(reporter) {
      target = reporter;
      for (const [source, text] of held) reporter.report(source, text);
      held.length = 0;
      seen.clear();
    },
  };
  (globalThis as Record<string, unknown>)[KEY] = relay;
  watch({
    report(source, text) {
      if (target) return target.report(source, text);
      const key = `${source}\n${text}`;
      if (seen.has(key) || held.length >= MAX_HELD) return;
      seen.add(key);
      held.push([source, text]);
    },
  });
}

/** At document_idle: takes over what the relay heard and hears; false when no relay runs in this frame. */
export function takeRelay(reporter: Reporter): boolean {
  const relay = (globalThis as Record<string, unknown>)[KEY] as Relay | undefined;
  if (!relay || typeof relay.take !== 'function') return false;
  relay.take(reporter);
  return true;
}
