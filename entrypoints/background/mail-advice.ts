import { browser } from 'wxt/browser';
import { diagnosisFor } from '../../rules';
import { readMailAdviceDelayMinutes } from '../../utils/storage';
import { recordDiagnosis } from './record';
import { getSettings } from './settings-store';
import { siteKeyFor } from './sites';

// No page ever says "the mail did not arrive". When a listed page confirms a guide or
// verification mail and the user is still on that site a few minutes later, the advice for
// missing mail is offered. An alarm (not a timer) survives the service worker being stopped.

const PREFIX = 'mail-advice:';

export async function rememberMailSent(tabId: number, pageUrl: string): Promise<void> {
  if (!siteKeyFor(pageUrl, await getSettings())) return;
  const minutes = await readMailAdviceDelayMinutes();
  await browser.alarms.create(`${PREFIX}${tabId}`, { when: Date.now() + minutes * 60_000 });
}

export async function onMailAlarm(alarm: { name: string }): Promise<void> {
  if (!alarm.name.startsWith(PREFIX)) return;
  const tabId = Number(alarm.name.slice(PREFIX.length));
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  // Gone, or moved to another site: the user is no longer waiting on this flow.
  if (!tab?.url || !siteKeyFor(tab.url, await getSettings())) return;
  const diagnosis = diagnosisFor('mail-not-received');
  if (diagnosis) await recordDiagnosis(tabId, tab.url, diagnosis, { source: 'mail', text: '' });
}

export const forgetMail = (tabId: number) => browser.alarms.clear(`${PREFIX}${tabId}`);
