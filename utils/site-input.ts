import { isValidHost } from './settings-schema';

export type SiteInputError = 'siteInputEmpty' | 'siteInputInvalid' | 'siteInputNotWeb' | 'siteInputLocal';

/**
 * What the user typed ("www.mybank.co.kr", "https://www.mybank.co.kr/cert/reissue") → the host to
 * add, or the reason it cannot be one (a key of the UI strings, in Korean and English).
 */
export function parseSiteInput(input: string): { host: string } | { error: SiteInputError } {
  const text = input.trim();
  if (!text) return { error: 'siteInputEmpty' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { error: 'siteInputInvalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'siteInputNotWeb' };
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || /^[\d.]+$/.test(host) || host.startsWith('['))
    return { error: 'siteInputLocal' };
  if (!isValidHost(host)) return { error: 'siteInputInvalid' };
  return { host };
}

/** The match pattern a custom host's permission and content scripts use. */
export const customSitePattern = (host: string): string => `*://${host}/*`;
