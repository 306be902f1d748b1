/**
 * The two extension calls the content scripts make, without webextension-polyfill: its code and the
 * objects it builds would be paid by every listed page, for a message and a localised string. Both
 * browsers' own objects return promises for these (Chrome's `chrome` in Manifest V3, Firefox's
 * `browser`).
 */
type Api = Pick<typeof chrome, 'runtime' | 'i18n'>;
const api = (): Api => (globalThis as { browser?: Api }).browser ?? chrome;

export const sendMessage = (message: unknown): Promise<unknown> => api().runtime.sendMessage(message);

export const getMessage = (name: string, substitutions?: string[]): string =>
  api().i18n.getMessage(name, substitutions);
