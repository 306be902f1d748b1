import { browser } from 'wxt/browser';
import { FOCUS_HINT_COMMAND } from './commands';

export { FOCUS_HINT_COMMAND };

/**
 * The shortcut as the browser has it now ("Alt+Shift+H"), or '' when none is set: the user can
 * change it, and the browser leaves it unset when another extension already uses the keys.
 */
export async function focusHintShortcut(): Promise<string> {
  const commands = await browser.commands?.getAll().catch(() => []);
  return commands?.find((c) => c.name === FOCUS_HINT_COMMAND)?.shortcut ?? '';
}
