import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeSettings, getSettings } from '../../../entrypoints/background/settings-store';
import { defineSettingsItem } from '../../../utils/storage';
import { DEFAULT_SETTINGS, readSettings, sanitiseSettings } from '../../../utils/settings-schema';
import { sites } from '../../../rules/catalogue/sites';
import { PINNED_DEFAULTS } from '../../fixtures/settings';

const ALL_IDS = sites.map((s) => s.id);
const DEFAULTS = PINNED_DEFAULTS;
/** A version 2 value: no groups, no known sites. */
const V2_BASE = {
  disabledSites: [],
  hintsEnabled: true,
  badgeEnabled: true,
  hintLanguage: 'auto',
  retention: 'session',
  hintHiddenHosts: [],
  customSites: [],
};

// Raw storage as an older version (or a broken profile) left it, then read through the real item.
async function seed(value: unknown, version?: number): Promise<void> {
  await fakeBrowser.storage.local.set({
    settings: value,
    ...(version === undefined ? {} : { settings$: { v: version } }),
  });
}
const readThroughItem = async () => {
  const item = defineSettingsItem();
  return readSettings(() => item.getValue());
};

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    expect(await readThroughItem()).toEqual(DEFAULTS);
  });

  it('migrates version 1 (no custom sites) through 2 to 3, keeping every v1 choice', async () => {
    const v1 = {
      disabledSites: ['hometax'],
      hintsEnabled: false,
      badgeEnabled: true,
      hintLanguage: 'en',
      retention: '7d',
      hintHiddenHosts: ['www.gov.kr'],
    };
    await seed(v1, 1);
    const expected = { ...v1, customSites: [], disabledGroups: [], knownSites: ALL_IDS };
    expect(await readThroughItem()).toEqual(expected);
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 3 });
    expect(stored.settings).toEqual(expected);
  });

  it('treats a value without version metadata as version 1', async () => {
    await seed({ disabledSites: ['yessign'], hintLanguage: 'ko' });
    expect(await readThroughItem()).toMatchObject({
      disabledSites: ['yessign'],
      hintLanguage: 'ko',
      customSites: [],
    });
  });

  describe('version 2 → 3: sites added later follow their group', () => {
    it('turns every new site on for a user who switched single sites off, and keeps those choices', async () => {
      const v2 = {
        ...V2_BASE,
        disabledSites: ['kbstar', 'hometax', 'custom:www.mybank.co.kr'],
        customSites: [{ host: 'www.mybank.co.kr', addedAt: 5 }],
      };
      await seed(v2, 2);
      const settings = await readThroughItem();
      expect(settings).toEqual({ ...v2, disabledGroups: [], knownSites: ALL_IDS });
      for (const id of ['kiwoom', 'busanbank', 'oksb', 'wetax', 'epki'])
        expect(settings.disabledSites, id).not.toContain(id);
      expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 3 });
    });

    it('keeps a whole group off when the user had switched off every one of its sites: its new sites start off', async () => {
      const v2Banks = ['kbstar', 'wooribank', 'shinhan', 'hana', 'nonghyup', 'ibk', 'scbank', 'kfcc'];
      await seed({ ...V2_BASE, disabledSites: v2Banks }, 2);
      const settings = await readThroughItem();
      expect(settings.disabledGroups).toEqual(['bank']);
      const newBanks = sites.filter((s) => s.kind === 'bank' && !v2Banks.includes(s.id)).map((s) => s.id);
      expect(newBanks.length).toBeGreaterThan(5);
      expect([...settings.disabledSites].sort()).toEqual([...v2Banks, ...newBanks].sort());
      // Groups that were on, and groups that did not exist, stay on.
      for (const id of ['kiwoom', 'sbisb', 'wetax', 'yessign'])
        expect(settings.disabledSites, id).not.toContain(id);
    });

    it('sees a group as off only when all of its v2 sites were off', async () => {
      await seed({ ...V2_BASE, disabledSites: ['hometax', 'gov24'] }, 2);
      const settings = await readThroughItem();
      expect(settings.disabledGroups).toEqual([]);
      expect(settings.disabledSites).toEqual(['hometax', 'gov24']);
    });
  });

  it('a later catalogue update: sites it adds start off in a group switched off in version 3, on elsewhere', async () => {
    // Stored by a version that knew neither kiwoom nor wetax; the user had switched securities off.
    const known = ALL_IDS.filter((id) => id !== 'kiwoom' && id !== 'wetax');
    await seed(
      {
        ...DEFAULT_SETTINGS,
        disabledGroups: ['securities'],
        disabledSites: ['samsungpop'],
        knownSites: known,
      },
      3,
    );
    const settings = await readThroughItem();
    expect(settings.disabledSites).toEqual(['samsungpop', 'kiwoom']);
    expect(settings.knownSites).toEqual(ALL_IDS);
  });

  it('leaves version 3 as it is', async () => {
    const v3 = {
      ...DEFAULT_SETTINGS,
      disabledGroups: ['public'],
      disabledSites: ['hometax'],
      customSites: [{ host: 'www.mybank.co.kr', addedAt: 5 }],
    };
    await seed(v3, 3);
    expect(await readThroughItem()).toEqual(v3);
  });

  it.each([
    ['a string', 'corrupted'],
    ['a number', 42],
    ['an array', ['yessign']],
    ['null', null],
  ])('falls back to the defaults when the stored value is %s', async (_name, value) => {
    await seed(value, 2);
    expect(await readThroughItem()).toEqual(DEFAULTS);
  });

  it('falls back field by field when single values have the wrong type', async () => {
    await seed(
      {
        disabledSites: 'yessign',
        hintsEnabled: 'yes',
        badgeEnabled: false,
        hintLanguage: 'fr',
        retention: 'forever',
        hintHiddenHosts: [1, 2],
        customSites: [{ host: 'not a host' }, { host: 'WWW.MyBank.co.kr', addedAt: 'x' }, 'x'],
      },
      2,
    );
    expect(await readThroughItem()).toEqual({
      ...DEFAULTS,
      badgeEnabled: false,
      customSites: [{ host: 'www.mybank.co.kr', addedAt: 0 }],
    });
  });

  it('survives a value from a newer version (downgrade) by reading what it can', async () => {
    await seed({ ...DEFAULT_SETTINGS, hintsEnabled: false, futureField: true }, 9);
    expect(await readThroughItem()).toEqual({ ...DEFAULTS, hintsEnabled: false });
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
    expect(settings).toMatchObject({
      hintLanguage: 'en',
      badgeEnabled: false,
      customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }],
    });
  });

  it('sanitises without throwing on anything', () => {
    for (const value of [undefined, 0, '', [], {}, { disabledSites: null }, Object.create(null)])
      expect(() => sanitiseSettings(value)).not.toThrow();
  });
});
