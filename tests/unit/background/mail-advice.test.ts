import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetMail, onMailAlarm, rememberMailSent } from '../../../entrypoints/background/mail-advice';
import { readTab } from '../../../entrypoints/background/tab-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { settingsItem } from '../../../utils/storage';
import { fakeExtension, openTab } from './fake-extension';

// "The mail did not arrive" is said by no page: it is the silence after a page said it sent one.

const YESSIGN = 'https://www.yessign.or.kr/reissue';
const NOW = Date.UTC(2026, 10, 25, 3);

describe('mail advice', () => {
  beforeEach(() => {
    fakeExtension();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('waits 5 minutes by default after a listed page says it sent a mail', async () => {
    await rememberMailSent(3, YESSIGN);
    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: 'mail-advice:3', scheduledTime: NOW + 5 * 60_000 }),
    ]);
  });

  it('takes the stored wait when it is a sensible number of minutes, bounded to 0–60', async () => {
    for (const [stored, minutes] of [
      [2, 2],
      [0, 0],
      [-5, 0],
      [90, 60],
      [Number.NaN, 5],
      [Infinity, 5],
    ] as const) {
      await fakeBrowser.storage.local.set({ mailAdviceDelayMinutes: stored });
      await rememberMailSent(3, YESSIGN);
      expect((await fakeBrowser.alarms.get('mail-advice:3'))?.scheduledTime, String(stored)).toBe(
        NOW + minutes * 60_000,
      );
    }
    await fakeBrowser.storage.local.set({ mailAdviceDelayMinutes: 'soon' });
    await rememberMailSent(3, YESSIGN);
    expect((await fakeBrowser.alarms.get('mail-advice:3'))?.scheduledTime).toBe(NOW + 5 * 60_000);
  });

  it('waits for nothing on an unlisted page', async () => {
    await rememberMailSent(3, 'https://example.com/');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('offers the advice when the alarm goes off and the user is still on a listed site', async () => {
    const tabId = await openTab(YESSIGN);
    await onMailAlarm({ name: `mail-advice:${tabId}` });
    expect((await readTab(tabId))?.problems).toEqual([
      expect.objectContaining({ problemId: 'mail-not-received', source: 'mail', text: '' }),
    ]);
  });

  it('offers nothing when the tab is gone, has left for an unlisted site or one switched off, or the alarm is another', async () => {
    await onMailAlarm({ name: 'mail-advice:999' });
    const away = await openTab('https://example.com/');
    await onMailAlarm({ name: `mail-advice:${away}` });
    const off = await openTab(YESSIGN);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['yessign'] });
    await onMailAlarm({ name: `mail-advice:${off}` });
    await settingsItem.setValue(DEFAULT_SETTINGS);
    const on = await openTab(YESSIGN);
    await onMailAlarm({ name: `reminder:${on}:7` });
    for (const tabId of [999, away, off, on]) expect(await readTab(tabId)).toBeUndefined();
  });

  it('forgets the wait for a tab', async () => {
    await rememberMailSent(3, YESSIGN);
    await rememberMailSent(4, YESSIGN);
    await forgetMail(3);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['mail-advice:4']);
  });
});
