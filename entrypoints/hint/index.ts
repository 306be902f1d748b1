import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { FocusHintMessage, HintMessage } from '../../utils/protocol';
import { createHintMount } from './mount';

// The in-page hint's UI. The background injects it into a tab's top frame only when there is a
// hint to show (record.ts), so the content script on every listed page stays small.
const LOADED = Symbol.for('reissue-helper.hint');

export default defineUnlistedScript(() => {
  const scope = globalThis as { [LOADED]?: true };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  const hint = createHintMount(() => {
    void browser.runtime.sendMessage({ type: 'hide-hint-on-site' }).catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const hintMessage = message as HintMessage | FocusHintMessage;
    if (hintMessage?.type === 'focus-hint') hint.focus();
    else if (hintMessage?.type === 'hint' && Array.isArray(hintMessage.view?.problems)) {
      if (hintMessage.view.problems.length === 0) hint.remove();
      else hint.show(hintMessage.view);
    }
    return undefined;
  });
});
