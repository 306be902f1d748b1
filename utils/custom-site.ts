import { browser } from 'wxt/browser';
import { siteForUrl } from '../rules';
import type { MessageKey } from './i18n';
import { sendToBackground } from './messaging';
import type { CustomSite, Settings } from './settings';
import { customSitePattern, parseSiteInput } from './site-input';

/**
 * "사이트 추가", from the popup or the options page: what the user typed → the settings with the
 * site added (its host permission asked for first), or why not (a UI string's key). Called straight
 * from the click: the permission prompt needs the user's gesture, so nothing is awaited before it.
 */
export async function addCustomSite(
  input: string,
  known: readonly CustomSite[],
): Promise<{ error: MessageKey } | { settings: Settings }> {
  const parsed = parseSiteInput(input);
  if ('error' in parsed) return { error: parsed.error };
  if (siteForUrl(`https://${parsed.host}/`)) return { error: 'siteInputBuiltIn' };
  if (known.some((site) => site.host === parsed.host)) return { error: 'siteInputDuplicate' };
  const granted = await browser.permissions
    .request({ origins: [customSitePattern(parsed.host)] })
    .catch(() => false);
  if (!granted) return { error: 'sitePermissionDenied' };
  const settings = await sendToBackground({
    type: 'settings',
    change: { op: 'custom-site-add', host: parsed.host, addedAt: Date.now() },
  });
  return { settings };
}
