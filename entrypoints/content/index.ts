import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../rules/site-matches';
import { watchDialogs } from './detect-dialogs';
import { watchShadowRoots } from './detect-shadow-roots';
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
    watchDialogs(reporter, ctx.signal);
    const watcher = createDomWatcher(createTextReporter(reporter, defaultGate()), ctx.signal);
    const start = (): void => {
      if (document.body) watcher.watch(document.body);
      watchShadowRoots(watcher, ctx.signal);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, signal: ctx.signal });
    else start();
    watchMailTypos(ctx.signal);
  },
});
