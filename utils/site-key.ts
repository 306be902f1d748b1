// A site key ties settings, history and a tab's problems to one site: a built-in site's id
// (rules/catalogue/sites.ts), or `custom:<host>` for a site the user added.

const CUSTOM = 'custom:';

export const customSiteKey = (host: string): string => `${CUSTOM}${host}`;

/** The host of a user-added site's key; undefined for a built-in site's id. */
export const customHostOf = (key: string): string | undefined =>
  key.startsWith(CUSTOM) ? key.slice(CUSTOM.length) : undefined;
