import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchDialogs } from './content/detect-dialogs';
import { startRelay } from './content/dialog-relay';

// The isolated world's first script (document_start): it takes the MAIN-world hook's channel before
// any page script could (in Firefox it installs the hook itself), and keeps what the hook reports
// until the content script, which starts at document_idle, takes it over (content/dialog-relay.ts).
export default defineContentScript({
  // Registered by the background for the enabled sites (content-scripts.ts), not by the manifest.
  registration: 'runtime',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  globalName: false,
  main(ctx) {
    startRelay((reporter) => watchDialogs(reporter, ctx.signal));
  },
});
