import { describe, expect, it } from 'vitest';
import { sites } from '../../../rules/catalogue/sites';
import {
  DEFAULT_SETTINGS,
  isValidHost,
  migrateSettingsV1,
  migrateSettingsV2,
  readSettings,
  sanitiseReminders,
  sanitiseSettings,
} from '../../../utils/settings-schema';
import { PINNED_DEFAULTS } from '../../fixtures/settings';

const ALL_IDS = sites.map((s) => s.id);

describe('settings defaults', () => {
  it('keep the history for the browser session only, and nothing else switched off or hidden', () => {
    expect(DEFAULT_SETTINGS.retention).toBe('session');
    expect(DEFAULT_SETTINGS).toEqual(PINNED_DEFAULTS);
  });

  it('are what a new user, an empty or an unreadable value gets', async () => {
    expect(sanitiseSettings(undefined)).toEqual(PINNED_DEFAULTS);
    expect(sanitiseSettings({})).toEqual({ ...PINNED_DEFAULTS, knownSites: ALL_IDS });
    expect(await readSettings(async () => undefined)).toEqual(PINNED_DEFAULTS);
    expect(await readSettings(() => Promise.reject(new Error('storage is gone')))).toEqual(PINNED_DEFAULTS);
  });
});

describe('sanitiseSettings: each field on its own', () => {
  it('keeps every valid choice', () => {
    const chosen = {
      disabledSites: ['yessign', 'custom:www.mybank.co.kr'],
      hintsEnabled: false,
      badgeEnabled: false,
      hintLanguage: 'en',
      retention: '7d',
      hintHiddenHosts: ['www.kbstar.com'],
      customSites: [{ host: 'www.mybank.co.kr', addedAt: 5 }],
      disabledGroups: ['savings'],
      knownSites: ALL_IDS,
    };
    expect(sanitiseSettings(chosen)).toEqual(chosen);
    for (const retention of ['none', 'session', '7d'])
      expect(sanitiseSettings({ retention }).retention).toBe(retention);
    for (const hintLanguage of ['auto', 'ko', 'en'])
      expect(sanitiseSettings({ hintLanguage }).hintLanguage).toBe(hintLanguage);
  });

  it('falls back to the default for a value of the wrong kind, and only for that field', () => {
    const settings = sanitiseSettings({
      retention: 'forever',
      hintLanguage: 'fr',
      hintsEnabled: 'no',
      badgeEnabled: 0,
      disabledSites: ['hometax'],
    });
    expect(settings).toMatchObject({
      retention: 'session',
      hintLanguage: 'auto',
      hintsEnabled: true,
      badgeEnabled: true,
      disabledSites: ['hometax'],
    });
    expect(sanitiseSettings({ hintsEnabled: false }).hintsEnabled).toBe(false);
    expect(sanitiseSettings({ badgeEnabled: false }).badgeEnabled).toBe(false);
  });

  it('keeps a list of keys once each, at most 500, and drops what is not a site key', () => {
    const many = Array.from({ length: 600 }, (_, i) => `custom:site${i}.example.kr`);
    expect(sanitiseSettings({ disabledSites: many }).disabledSites).toHaveLength(500);
    expect(
      sanitiseSettings({ disabledSites: ['yessign', 'yessign', 'Yessign', '-x', ''] }).disabledSites,
    ).toEqual(['yessign']);
    expect(sanitiseSettings({ hintHiddenHosts: 'www.kbstar.com' }).hintHiddenHosts).toEqual([]);
    expect(sanitiseSettings({ hintHiddenHosts: ['www.kbstar.com', 3] }).hintHiddenHosts).toEqual([]);
  });

  it('keeps custom sites with a valid host once, lower-cased, with a finite time or 0', () => {
    const settings = sanitiseSettings({
      customSites: [
        { host: 'WWW.MyBank.co.kr', addedAt: 7 },
        { host: 'www.mybank.co.kr', addedAt: 8 },
        { host: 'cert.example.com', addedAt: Infinity },
        { host: 'cert2.example.com', addedAt: '9' },
        { host: 'localhost', addedAt: 1 },
        { host: 42 },
        null,
        ['x'],
      ],
    });
    expect(settings.customSites).toEqual([
      { host: 'www.mybank.co.kr', addedAt: 7 },
      { host: 'cert.example.com', addedAt: 0 },
      { host: 'cert2.example.com', addedAt: 0 },
    ]);
    expect(
      sanitiseSettings({
        customSites: Array.from({ length: 600 }, (_, i) => ({ host: `s${i}.example.kr`, addedAt: 1 })),
      }).customSites,
    ).toHaveLength(500);
    expect(sanitiseSettings({ customSites: 'www.mybank.co.kr' }).customSites).toEqual([]);
  });

  it('keeps only the known site groups', () => {
    expect(
      sanitiseSettings({ disabledGroups: ['bank', 'moon', 'public'], knownSites: ALL_IDS }).disabledGroups,
    ).toEqual(['bank', 'public']);
  });

  it('gives sites the catalogue gained since a version-3 value was written the state of their group', () => {
    const known = ALL_IDS.filter((id) => id !== 'kiwoom' && id !== 'hometax');
    const settings = sanitiseSettings({
      disabledGroups: ['securities'],
      disabledSites: [],
      knownSites: known,
    });
    // kiwoom is a securities firm (its group is off), hometax a public site (its group is on).
    expect(settings.disabledSites).toEqual(['kiwoom']);
    expect(settings.knownSites).toEqual(ALL_IDS);
    // Known sites are not touched again: the user's later choice stands.
    expect(
      sanitiseSettings({ disabledGroups: ['securities'], disabledSites: [], knownSites: ALL_IDS })
        .disabledSites,
    ).toEqual([]);
  });
});

describe('migrations', () => {
  it('version 1 → 3: every v1 choice kept, custom sites start empty', () => {
    const settings = migrateSettingsV1({
      disabledSites: ['hometax'],
      retention: '7d',
      customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }],
    });
    expect(settings).toMatchObject({ disabledSites: ['hometax'], retention: '7d', customSites: [] });
    expect(migrateSettingsV1('garbage')).toEqual(PINNED_DEFAULTS);
  });

  it('version 2 → 3: group and known-site fields a v2 value should not have are ignored', () => {
    const settings = migrateSettingsV2({ disabledSites: [], disabledGroups: ['bank'], knownSites: ALL_IDS });
    expect(settings.disabledGroups).toEqual([]);
    expect(settings.disabledSites).toEqual([]);
    expect(migrateSettingsV2(null)).toEqual(PINNED_DEFAULTS);
  });

  it('version 2 → 3: a group is off when every site it had in version 2 was off', () => {
    const v2Cas = [
      'yessign',
      'yeskey',
      'signgate',
      'crosscert',
      'signkorea',
      'tradesign',
      'inipass',
      'certbiz',
    ];
    expect(migrateSettingsV2({ disabledSites: v2Cas }).disabledGroups).toEqual(['ca']);
    expect(migrateSettingsV2({ disabledSites: v2Cas.slice(1) }).disabledGroups).toEqual([]);
    // MG새마을금고 was a bank in version 2: the v2 banks, kfcc included, make the bank group.
    const v2Banks = ['kbstar', 'wooribank', 'shinhan', 'hana', 'nonghyup', 'ibk', 'scbank', 'kfcc'];
    expect(migrateSettingsV2({ disabledSites: v2Banks }).disabledGroups).toEqual(['bank']);
    expect(
      migrateSettingsV2({ disabledSites: v2Banks.filter((id) => id !== 'kfcc') }).disabledGroups,
    ).toEqual([]);
    expect(migrateSettingsV2({ disabledSites: ['hometax', 'gov24', 'iros'] }).disabledGroups).toEqual([
      'public',
    ]);
  });
});

describe('host names', () => {
  it.each(['www.mybank.co.kr', 'a.kr', 'x-1.example.com', `${'a'.repeat(63)}.kr`])('%s is a host', (host) =>
    expect(isValidHost(host)).toBe(true),
  );
  it.each([
    'mybank',
    'localhost',
    '-a.kr',
    'a-.kr',
    'a..kr',
    'WWW.MYBANK.CO.KR',
    'a.k',
    'a.1kr',
    `${'a'.repeat(64)}.kr`,
    `${'a.'.repeat(127)}kr`,
    'my bank.kr',
    '',
  ])('%j is not', (host) => expect(isValidHost(host)).toBe(false));
});

describe('reminders as stored', () => {
  it('keeps at most 50, with ids cut to 64 characters and labels to 80, plain and masked', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: `r${i}`,
      label: `인증서 ${i}`,
      expiry: '2027-03-15',
    }));
    expect(sanitiseReminders(many)).toHaveLength(50);
    const [long] = sanitiseReminders([
      { id: 'i'.repeat(100), label: `  ${'라'.repeat(100)}  `, expiry: '2027-03-15' },
    ]);
    expect(long?.id).toBe('i'.repeat(64));
    expect(long?.label).toBe('라'.repeat(80));
    expect(
      sanitiseReminders([{ id: 'a', label: '회사\n은행\u200b용\u202e', expiry: '2027-03-15' }])[0]?.label,
    ).toBe('회사 은행 용');
  });

  it('looks at no more than 200 entries to find 50 good ones', () => {
    const bad = Array.from({ length: 200 }, (_, i) => ({ id: `bad${i}`, label: 'x', expiry: 'never' }));
    expect(sanitiseReminders([...bad, { id: 'good', label: 'x', expiry: '2027-03-15' }])).toEqual([]);
    expect(sanitiseReminders([...bad.slice(1), { id: 'good', label: 'x', expiry: '2027-03-15' }])).toEqual([
      { id: 'good', label: 'x', expiry: '2027-03-15' },
    ]);
  });

  it('reads anything that is not a list as none', () => {
    expect(sanitiseReminders({ id: 'a' })).toEqual([]);
    expect(
      sanitiseReminders([null, 'a', { id: 1, label: 'x', expiry: '2027-03-15' }, { id: 'a', label: 'x' }]),
    ).toEqual([]);
  });
});
