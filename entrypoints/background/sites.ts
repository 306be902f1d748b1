import { siteForUrl } from '../../rules';
import type { Settings } from '../../utils/settings';
import { customHostOf, customSiteKey } from '../../utils/site-key';
import type { TabView } from '../../utils/protocol';
import type { Lang } from '../../utils/i18n';
import { siteById } from '../../rules';

/** The host of a web page's address; nothing for any other address. */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return url && /^https?:/.test(url) ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What ties a tab's problems together: the built-in site id, or `custom:<host>` for a user-added site.
 * Always asked of the tab's page (`sender.tab.url`), never of a frame's own address: what the
 * 금융인증서 dialog (a frame from 4user.yeskey.or.kr) shows inside a bank's page is the bank's
 * problem, shown and switched with the bank. A frame inside an unlisted page gets no key.
 */
export function siteKeyFor(url: string | undefined, settings: Settings): string | undefined {
  if (!url) return undefined;
  const builtIn = siteForUrl(url)?.id;
  if (builtIn) return builtIn;
  const host = hostOf(url);
  return host && settings.customSites.some((s) => s.host === host) ? customSiteKey(host) : undefined;
}

export const isActiveSite = (settings: Settings, key: string | undefined): key is string =>
  key !== undefined && !settings.disabledSites.includes(key);

/** The popup's view of a site, built-in or user-added. */
export function siteView(key: string, lang: Lang): TabView['site'] {
  const host = customHostOf(key);
  if (host) return { id: key, name: host };
  const site = siteById(key);
  if (!site) return undefined;
  return {
    id: site.id,
    name: site.name[lang],
    ...(site.centre
      ? {
          centre: {
            phone: site.centre.phone,
            ...(site.centre.hours ? { hours: site.centre.hours[lang] } : {}),
          },
        }
      : {}),
    ...(site.serviceHours ? { serviceHours: site.serviceHours[lang] } : {}),
    ...(site.reissueUrl ? { reissueUrl: site.reissueUrl } : {}),
  };
}
