import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import {
  checksKey,
  readHistory,
  readMailAdviceDelayMinutes,
  readStoredReminders,
  readStoredSettings,
  tabKey,
} from '../../../utils/storage';

const row = {
  site: 'yessign',
  problemId: 'identity-mismatch',
  category: 'identity-verification',
  time: 1_700_000_000_000,
};

describe('the storage keys and their readers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names each key as the browser stores it', () => {
    expect(tabKey(12)).toBe('session:tab:12');
    expect(checksKey('tab-12')).toBe('session:checks:tab-12');
    expect(checksKey('preflight')).toBe('session:checks:preflight');
  });

  it('reads the history of both areas, newest first, leaving out what is not a row', async () => {
    await fakeBrowser.storage.local.set({ history: [row, { ...row, site: 42 }] });
    await fakeBrowser.storage.session.set({
      history: [{ ...row, time: row.time + 1, problemId: 'cert-revoked', category: 'cert-revoked' }, 'junk'],
    });
    expect((await readHistory()).map((r) => r.time)).toEqual([row.time + 1, row.time]);
  });

  it('gives the defaults for settings and no reminders when storage holds something else', async () => {
    await fakeBrowser.storage.local.set({ settings: 'broken', reminders: { id: 'x' } });
    expect(await readStoredSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readStoredReminders()).toEqual([]);
  });

  it.each([
    [undefined, 5],
    ['soon', 5],
    [Number.NaN, 5],
    [-3, 0],
    [0.05, 0.05],
    [600, 60],
  ])(
    'takes the mail-advice delay the tests set (%s) within 0 to 60 minutes, or 5',
    async (stored, minutes) => {
      if (stored !== undefined) await fakeBrowser.storage.local.set({ mailAdviceDelayMinutes: stored });
      expect(await readMailAdviceDelayMinutes()).toBe(minutes);
    },
  );
});
