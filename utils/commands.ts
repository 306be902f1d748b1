/** The manifest command that moves focus into the in-page hint (wxt.config.ts; no browser API here). */
export const FOCUS_HINT_COMMAND = 'focus-hint';
