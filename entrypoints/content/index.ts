import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../rules/site-matches';
import { afterPageLoad } from './after-load';
import { watchDialogs } from './detect-dialogs';
import { createShadowRootFinder, scheduleSweeps, type ShadowRootFinder } from './detect-shadow-roots';
import { createTextReporter } from './detect-text';
import { createDomWatcher } from './dom-watch';
import { watchMailTypos } from './email-typo-hint';
import { createReporter } from './reporter';
import { defaultGate } from './visibility-gate';

// Detection only. The hint's UI is injected by the background when there is one to show.
export default defineContentScript({
  // Registered by the background for the enabled sites (content-scripts.ts), not by the manifest.
  registration: 'runtime',
  matches: SITE_MATCHES,
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'manual',
  main(ctx) {
    const reporter = createReporter();
    // First: the MAIN-world hook hands over its channel before any page script runs.
    watchDialogs(reporter, ctx.signal);
    const text = createTextReporter(reporter, defaultGate());
    let finder: ShadowRootFinder | undefined;
    const watcher = createDomWatcher(
      {
        added(node, urgent) {
          text.added(node, urgent);
          finder?.scan(node);
        },
        revealed: text.revealed,
        // A small change with a failure word is looked at in the page's own task (dom-watch.ts).
        urgent: text.urgent,
      },
      ctx.signal,
    );
    // Each new shadow root is watched like the body: its text, its changes, the roots inside it.
    finder = createShadowRootFinder((root) => watcher.watch(root), ctx.signal);
    // The page's text, and its e-mail fields, once the page has loaded (after-load.ts says why);
    // dialogs from the start.
    afterPageLoad(() => {
      if (document.body) watcher.watch(document.body);
      scheduleSweeps(finder, ctx.signal);
      watchMailTypos(ctx.signal);
    }, ctx.signal);
  },
});
