import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../rules/site-matches';
import type { HintMessage } from '../../utils/protocol';
import { watchDialogs } from './detect-dialogs';
import { watchShadowRoots } from './detect-shadow-roots';
import { createTextReporter } from './detect-text';
import { createDomWatcher } from './dom-watch';
import { watchMailTypos } from './email-typo-hint';
import { createHintUi } from './hint-ui';
import { createReporter } from './reporter';
import { defaultGate } from './visibility-gate';

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

    // Only the top frame shows the hint; frames report to the background like any other source.
    if (window.top !== window) return;
    const hint = createHintUi(ctx, () => {
      void browser.runtime.sendMessage({ type: 'hide-hint-on-site' }).catch(() => undefined);
    });
    const onMessage = (message: unknown): undefined => {
      const hintMessage = message as HintMessage;
      if (hintMessage?.type === 'hint' && Array.isArray(hintMessage.view?.problems)) {
        if (hintMessage.view.problems.length === 0) hint.remove();
        else void hint.show(hintMessage.view);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      hint.remove();
    });
  },
});
