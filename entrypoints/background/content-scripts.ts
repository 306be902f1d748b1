import { browser, type Browser } from 'wxt/browser';
import { EMBEDDED_FRAMES, sites } from '../../rules/catalogue/sites';
import { parseMatchPattern } from '../../rules/match-pattern';
import type { Settings } from '../../utils/settings';
import { customSitePattern } from '../../utils/site-input';
import { customSiteKey } from '../../utils/site-key';
import { serialQueue } from './serial-queue';

// Both content scripts are registered at run time, for the enabled built-in sites and the custom
// sites whose permission the user granted. A site that is switched off gets no script at all
// from its next page load: no observer, no alert hook.

export const HOOK_ID = 'reissue-helper-hook';
export const CONTENT_ID = 'reissue-helper-content';

/**
 * The match patterns the scripts should run on now: each enabled site's own, the frames such sites
 * embed from elsewhere (the 금융인증서 dialog), and the user's granted sites.
 */
export function activeMatches(settings: Settings, grantedOrigins: string[]): string[] {
  const disabled = new Set(settings.disabledSites);
  const enabled = sites.filter((site) => !disabled.has(site.id));
  const custom = settings.customSites
    .filter(
      (site) =>
        !disabled.has(customSiteKey(site.host)) && grantedOrigins.includes(customSitePattern(site.host)),
    )
    .map((site) => customSitePattern(site.host));
  const kinds = new Set(enabled.map((site) => site.kind));
  // A user-added site is most likely a bank or a portal, which may embed the frames too.
  const frames = EMBEDDED_FRAMES.filter(
    (frame) => custom.length > 0 || frame.embeddedBy.some((kind) => kinds.has(kind)),
  );
  return [
    ...new Set([
      ...enabled.flatMap((site) => site.matches),
      ...frames.flatMap((frame) => frame.matches),
      ...custom,
    ]),
  ];
}

/** Whether every URL `inner` matches is on a host `outer` matches (our patterns all take any scheme and path). */
function hostCovered(inner: string, outer: string): boolean {
  const a = parseMatchPattern(inner);
  const b = parseMatchPattern(outer);
  if (!a || !b) return false;
  if (a.host === b.host) return b.subdomains || !a.subdomains;
  return b.subdomains && a.host.endsWith(`.${b.host}`);
}

/**
 * A switched-off site whose hosts an enabled, broader pattern still covers (a savings bank on the
 * shared *.ibs.fsb.or.kr platform) is excluded, so that switching it off still means no script.
 */
export function excludedMatches(settings: Settings, matches: string[]): string[] {
  const disabled = new Set(settings.disabledSites);
  const active = new Set(matches);
  const off = sites
    .filter((site) => disabled.has(site.id))
    .flatMap((site) => site.matches.filter((m) => !active.has(m)));
  return [...new Set(off.filter((pattern) => matches.some((m) => hostCovered(pattern, m))))];
}

function scriptsFor(
  matches: string[],
  excludeMatches: string[],
): Browser.scripting.RegisteredContentScript[] {
  // about:blank and srcdoc frames of a matched page run the scripts too.
  const common = {
    matches,
    // Always given, even empty: an update leaves out what it does not name.
    excludeMatches,
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  return [
    // Firefox has none: its content script installs the hook (content/firefox-dialog-hook.ts).
    ...(import.meta.env.FIREFOX
      ? []
      : [{ id: HOOK_ID, js: ['content-scripts/dialog-hook.js'], world: 'MAIN' as const, ...common }]),
    { id: CONTENT_ID, js: ['content-scripts/content.js'], ...common },
  ];
}

type Script = Browser.scripting.RegisteredContentScript;

/** The parts that decide what runs where; the browser may add defaults to the rest. */
const shape = (s: Script) =>
  JSON.stringify([
    s.js,
    s.world ?? 'ISOLATED',
    s.runAt,
    s.allFrames,
    [...(s.matches ?? [])].sort(),
    [...(s.excludeMatches ?? [])].sort(),
  ]);

const serially = serialQueue();

/**
 * Makes the registered scripts match the settings. The worker starts often, so an unchanged
 * registration is left alone, and a changed one is updated in place: there is never a moment
 * without scripts in which a loading page would miss them. Calls are serialised.
 */
export function syncContentScripts(settings: Settings): Promise<void> {
  const run = serially(async () => {
    const granted = (await browser.permissions.getAll()).origins ?? [];
    const matches = activeMatches(settings, granted);
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [HOOK_ID, CONTENT_ID] });
    if (matches.length === 0) {
      if (registered.length)
        await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
      return;
    }
    const wanted = scriptsFor(matches, excludedMatches(settings, matches));
    // Left by an earlier version (Firefox's MAIN-world hook): kept across sessions until removed.
    const stale = registered.filter((r) => !wanted.some((w) => w.id === r.id));
    if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
    const missing = wanted.filter((w) => !registered.some((r) => r.id === w.id));
    const changed = wanted.filter((w) => registered.some((r) => r.id === w.id && shape(r) !== shape(w)));
    if (missing.length) await browser.scripting.registerContentScripts(missing);
    if (changed.length) await browser.scripting.updateContentScripts(changed);
  });
  return run.catch((error: unknown) =>
    console.error('[reissue-helper] content-script registration failed', error),
  );
}
