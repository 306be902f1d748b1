import { browser, type Browser } from 'wxt/browser';
import { diagnosisFor } from '../../rules';
import { judgeRequest, WATCHED_TYPES, type RequestOutcome } from './request-failures';
import { recordDiagnosis } from './record';
import { getSettings } from './settings-store';
import { siteKeyFor } from './sites';

/**
 * HTTP-level failures on listed sites (5xx, time-outs, resets, DNS), and a listed page's failed
 * requests to the local security programs on loopback. Observed only; nothing is blocked or changed.
 */
export function watchRequests(): void {
  // Events arrive only for hosts the extension may access (listed, granted custom, loopback), so
  // the filter can be wide; the tab's page decides whether the site is one we help on.
  const filter = { urls: ['<all_urls>'], types: [...WATCHED_TYPES] as Browser.webRequest.ResourceType[] };

  const handle = async (outcome: RequestOutcome & { tabId: number }): Promise<void> => {
    if (outcome.tabId < 0) return;
    const finding = judgeRequest(outcome);
    if (!finding) return;
    // A failed document is the page itself; for anything else, the tab's page decides the site.
    const pageUrl =
      outcome.type === 'main_frame'
        ? outcome.url
        : (await browser.tabs.get(outcome.tabId).catch(() => undefined))?.url;
    if (!pageUrl || !siteKeyFor(pageUrl, await getSettings())) return;
    const diagnosis = diagnosisFor(finding.problemId, finding.code);
    if (diagnosis)
      await recordDiagnosis(outcome.tabId, pageUrl, diagnosis, {
        source: finding.source,
        text: finding.text,
      });
  };

  browser.webRequest.onCompleted.addListener((details) => {
    if (details.statusCode >= 500) void handle(details);
  }, filter);
  browser.webRequest.onErrorOccurred.addListener((details) => void handle(details), filter);
}
