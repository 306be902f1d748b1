import { browser, type Browser } from 'wxt/browser';
import { SITE_HOSTS } from '../../rules/catalogue/site-hosts';
import type { Settings } from '../../utils/settings';
import { customSiteKey, customSitePattern } from '../../utils/site-input';

// Both content scripts are registered at run time, for the enabled built-in sites and the custom
// sites whose permission the user granted. A site that is switched off gets no script at all
// from its next page load: no observer, no alert hook.

export const HOOK_ID = 'reissue-helper-hook';
export const CONTENT_ID = 'reissue-helper-content';

/** The match patterns the scripts should run on now. */
export function activeMatches(settings: Settings, grantedOrigins: string[]): string[] {
  const disabled = new Set(settings.disabledSites);
  const builtIn = Object.entries(SITE_HOSTS).flatMap(([id, patterns]) => (disabled.has(id) ? [] : [...patterns]));
  const custom = settings.customSites
    .filter((site) => !disabled.has(customSiteKey(site.host)) && grantedOrigins.includes(customSitePattern(site.host)))
    .map((site) => customSitePattern(site.host));
  return [...new Set([...builtIn, ...custom])];
}

function scriptsFor(matches: string[]): Browser.scripting.RegisteredContentScript[] {
  // about:blank and srcdoc frames of a matched page run the scripts too.
  const common = { matches, allFrames: true, matchOriginAsFallback: true, runAt: 'document_start' as const, persistAcrossSessions: true };
  return [
    { id: HOOK_ID, js: ['content-scripts/dialog-hook.js'], world: 'MAIN', ...common },
    { id: CONTENT_ID, js: ['content-scripts/content.js'], ...common },
  ];
}

type Script = Browser.scripting.RegisteredContentScript;

/** The parts that decide what runs where; the browser may add defaults to the rest. */
const shape = (s: Script) => JSON.stringify([s.js, s.world ?? 'ISOLATED', s.runAt, s.allFrames, [...(s.matches ?? [])].sort()]);

let syncing: Promise<void> = Promise.resolve();

/**
 * Makes the registered scripts match the settings. The worker starts often, so an unchanged
 * registration is left alone, and a changed one is updated in place: there is never a moment
 * without scripts in which a loading page would miss them. Calls are serialised.
 */
export function syncContentScripts(settings: Settings): Promise<void> {
  const run = syncing.then(async () => {
    const granted = (await browser.permissions.getAll()).origins ?? [];
    const matches = activeMatches(settings, granted);
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [HOOK_ID, CONTENT_ID] });
    if (matches.length === 0) {
      if (registered.length) await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
      return;
    }
    const wanted = scriptsFor(matches);
    const missing = wanted.filter((w) => !registered.some((r) => r.id === w.id));
    const changed = wanted.filter((w) => registered.some((r) => r.id === w.id && shape(r) !== shape(w)));
    if (missing.length) await browser.scripting.registerContentScripts(missing);
    if (changed.length) await browser.scripting.updateContentScripts(changed);
  });
  syncing = run.catch((error: unknown) => console.error('[reissue-helper] content-script registration failed', error));
  return syncing;
}
