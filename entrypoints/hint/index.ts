import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendToBackground } from '../../utils/messaging';
import { parseHintMessage } from '../../utils/protocol';
import { createHintMount } from './mount';

// The in-page hint's UI. The background injects it into a tab's top frame only when there is a
// hint to show (record.ts), so the content script on every listed page stays small.
const LOADED = Symbol.for('reissue-helper.hint');

export default defineUnlistedScript(() => {
  const scope = globalThis as { [LOADED]?: true };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  const hint = createHintMount(() => {
    void sendToBackground({ type: 'hide-hint-on-site' }).catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseHintMessage(raw);
    if (message?.type === 'focus-hint') hint.focus();
    else if (message?.type === 'hint') {
      if (message.view.problems.length === 0) hint.remove();
      else hint.show(message.view);
    }
    return undefined;
  });
});
