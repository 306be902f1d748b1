import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeSettings, getSettings } from '../../../entrypoints/background/settings-store';
import { DEFAULT_SETTINGS, defineSettingsItem } from '../../../utils/settings';
import { readSettings, sanitiseSettings } from '../../../utils/settings-schema';

// Raw storage as an older version (or a broken profile) left it, then read through the real item.
async function seed(value: unknown, version?: number): Promise<void> {
  await fakeBrowser.storage.local.set({ settings: value, ...(version === undefined ? {} : { settings$: { v: version } }) });
}
const readThroughItem = async () => {
  const item = defineSettingsItem();
  return readSettings(() => item.getValue());
};

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    expect(await readThroughItem()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 1 (no custom sites) to version 2, keeping every v1 choice', async () => {
    const v1 = { disabledSites: ['hometax'], hintsEnabled: false, badgeEnabled: true, hintLanguage: 'en', retention: '7d', hintHiddenHosts: ['www.gov.kr'] };
    await seed(v1, 1);
    expect(await readThroughItem()).toEqual({ ...v1, customSites: [] });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toEqual({ ...v1, customSites: [] });
  });

  it('treats a value without version metadata as version 1', async () => {
    await seed({ disabledSites: ['yessign'], hintLanguage: 'ko' });
    expect(await readThroughItem()).toMatchObject({ disabledSites: ['yessign'], hintLanguage: 'ko', customSites: [] });
  });

  it('leaves version 2 as it is', async () => {
    const v2 = { ...DEFAULT_SETTINGS, customSites: [{ host: 'www.mybank.co.kr', addedAt: 5 }] };
    await seed(v2, 2);
    expect(await readThroughItem()).toEqual(v2);
  });

  it.each([
    ['a string', 'corrupted'],
    ['a number', 42],
    ['an array', ['yessign']],
    ['null', null],
  ])('falls back to the defaults when the stored value is %s', async (_name, value) => {
    await seed(value, 2);
    expect(await readThroughItem()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back field by field when single values have the wrong type', async () => {
    await seed({ disabledSites: 'yessign', hintsEnabled: 'yes', badgeEnabled: false, hintLanguage: 'fr', retention: 'forever', hintHiddenHosts: [1, 2], customSites: [{ host: 'not a host' }, { host: 'WWW.MyBank.co.kr', addedAt: 'x' }, 'x'] }, 2);
    expect(await readThroughItem()).toEqual({ ...DEFAULT_SETTINGS, badgeEnabled: false, customSites: [{ host: 'www.mybank.co.kr', addedAt: 0 }] });
  });

  it('survives a value from a newer version (downgrade) by reading what it can', async () => {
    await seed({ ...DEFAULT_SETTINGS, hintsEnabled: false, futureField: true }, 9);
    expect(await readThroughItem()).toEqual({ ...DEFAULT_SETTINGS, hintsEnabled: false });
  });

  it('loses nothing when the popup and the options page change settings at the same time', async () => {
    const ids = ['yessign', 'hometax', 'kbstar', 'gov24', 'crosscert', 'signgate', 'shinhan', 'hana'];
    await Promise.all([
      ...ids.map((siteId) => changeSettings({ op: 'site-enabled', siteId, enabled: false })),
      changeSettings({ op: 'hint-language', value: 'en' }),
      changeSettings({ op: 'badge-enabled', value: false }),
      changeSettings({ op: 'custom-site-add', host: 'www.mybank.co.kr', addedAt: 1 }),
    ]);
    const settings = await getSettings();
    expect([...settings.disabledSites].sort()).toEqual([...ids].sort());
    expect(settings).toMatchObject({ hintLanguage: 'en', badgeEnabled: false, customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }] });
  });

  it('sanitises without throwing on anything', () => {
    for (const value of [undefined, 0, '', [], {}, { disabledSites: null }, Object.create(null)]) expect(() => sanitiseSettings(value)).not.toThrow();
  });
});
