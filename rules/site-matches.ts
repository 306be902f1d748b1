import { SITE_HOSTS } from './catalogue/site-hosts';

/** Every built-in site's match patterns: the manifest's host access and the content scripts' matches. */
export const SITE_MATCHES: string[] = Object.values(SITE_HOSTS).flat();
