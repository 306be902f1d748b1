import { describe, expect, it } from 'vitest';
import { sites } from '../../../rules/catalogue/sites';
import { type Settings } from '../../../utils/settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { applyChange, parseSettingsChange, type SettingsChange } from '../../../utils/settings-changes';

const base: Settings = { ...DEFAULT_SETTINGS, customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }] };
const idsOf = (kind: string) => sites.filter((s) => s.kind === kind).map((s) => s.id);

describe('applyChange: one small change at a time', () => {
  it('switches a site off once, and on again', () => {
    const off = applyChange(base, { op: 'site-enabled', siteId: 'hometax', enabled: false });
    expect(off.disabledSites).toEqual(['hometax']);
    expect(applyChange(off, { op: 'site-enabled', siteId: 'hometax', enabled: false }).disabledSites).toEqual(
      ['hometax'],
    );
    expect(applyChange(off, { op: 'site-enabled', siteId: 'hometax', enabled: true }).disabledSites).toEqual(
      [],
    );
  });

  it('switches a whole group off (its sites, and sites added to it later) and on (all its sites)', () => {
    const start = { ...base, disabledSites: ['yessign'] };
    const off = applyChange(start, { op: 'group-enabled', kind: 'savings', enabled: false });
    expect(off.disabledGroups).toEqual(['savings']);
    expect([...off.disabledSites].sort()).toEqual(['yessign', ...idsOf('savings')].sort());
    expect(applyChange(off, { op: 'group-enabled', kind: 'savings', enabled: false }).disabledGroups).toEqual(
      ['savings'],
    );
    const on = applyChange(off, { op: 'group-enabled', kind: 'savings', enabled: true });
    expect(on.disabledGroups).toEqual([]);
    expect(on.disabledSites).toEqual(['yessign']);
  });

  it('sets the hint, badge, language and retention choices', () => {
    expect(applyChange(base, { op: 'hints-enabled', value: false }).hintsEnabled).toBe(false);
    expect(applyChange(base, { op: 'badge-enabled', value: false }).badgeEnabled).toBe(false);
    expect(applyChange(base, { op: 'hint-language', value: 'en' }).hintLanguage).toBe('en');
    expect(applyChange(base, { op: 'retention', value: 'none' }).retention).toBe('none');
    // Each change touches its own field only.
    const changed = applyChange(base, { op: 'badge-enabled', value: false });
    expect({ ...changed, badgeEnabled: true }).toEqual(base);
  });

  it('hides the hint on a host once, and shows it again', () => {
    const hidden = applyChange(base, { op: 'hint-hidden-host', host: 'www.kbstar.com', hidden: true });
    expect(
      applyChange(hidden, { op: 'hint-hidden-host', host: 'www.kbstar.com', hidden: true }).hintHiddenHosts,
    ).toEqual(['www.kbstar.com']);
    expect(
      applyChange(hidden, { op: 'hint-hidden-host', host: 'www.kbstar.com', hidden: false }).hintHiddenHosts,
    ).toEqual([]);
  });

  it('adds a custom site once, and removes it with its switch', () => {
    const added = applyChange(base, { op: 'custom-site-add', host: 'cert.example.com', addedAt: 9 });
    expect(added.customSites).toEqual([
      { host: 'www.mybank.co.kr', addedAt: 1 },
      { host: 'cert.example.com', addedAt: 9 },
    ]);
    expect(applyChange(added, { op: 'custom-site-add', host: 'cert.example.com', addedAt: 10 })).toBe(added);
    const off = applyChange(added, { op: 'site-enabled', siteId: 'custom:cert.example.com', enabled: false });
    const removed = applyChange(off, { op: 'custom-site-remove', host: 'cert.example.com' });
    expect(removed.customSites).toEqual([{ host: 'www.mybank.co.kr', addedAt: 1 }]);
    expect(removed.disabledSites).toEqual([]);
  });

  it('replaces everything with a checked copy of what it is given', () => {
    const replaced = applyChange(base, {
      op: 'replace',
      settings: { ...DEFAULT_SETTINGS, retention: '7d', hintLanguage: 'xx' } as unknown as Settings,
    });
    expect(replaced).toMatchObject({ retention: '7d', hintLanguage: 'auto', customSites: [] });
  });
});

describe('parseSettingsChange: only well-formed changes', () => {
  const good: SettingsChange[] = [
    { op: 'site-enabled', siteId: 'yessign', enabled: false },
    { op: 'group-enabled', kind: 'bank', enabled: true },
    { op: 'hints-enabled', value: false },
    { op: 'badge-enabled', value: true },
    { op: 'hint-language', value: 'auto' },
    { op: 'hint-language', value: 'ko' },
    { op: 'hint-language', value: 'en' },
    { op: 'retention', value: 'none' },
    { op: 'retention', value: 'session' },
    { op: 'retention', value: '7d' },
    { op: 'hint-hidden-host', host: 'www.kbstar.com', hidden: true },
    { op: 'custom-site-add', host: 'www.mybank.co.kr', addedAt: 1 },
    { op: 'custom-site-remove', host: 'www.mybank.co.kr' },
  ];
  it.each(good.map((change) => [JSON.stringify(change), change]))('accepts %s as it is', (_name, change) => {
    expect(parseSettingsChange({ ...change, extra: 'dropped' })).toEqual(change);
  });

  it('accepts a replacement, checked', () => {
    expect(parseSettingsChange({ op: 'replace', settings: { retention: 'forever' } })).toEqual({
      op: 'replace',
      settings: DEFAULT_SETTINGS,
    });
    expect(parseSettingsChange({ op: 'replace', settings: 'all' })).toBeUndefined();
  });

  it.each([
    ['a site id that is empty', { op: 'site-enabled', siteId: '', enabled: false }],
    ['a site id longer than a host name', { op: 'site-enabled', siteId: 'x'.repeat(254), enabled: false }],
    ['a switch that is not a boolean', { op: 'site-enabled', siteId: 'yessign', enabled: 'no' }],
    ['an unknown group', { op: 'group-enabled', kind: 'moon', enabled: false }],
    ['a group switch that is not a boolean', { op: 'group-enabled', kind: 'bank', enabled: 1 }],
    ['a hint switch that is not a boolean', { op: 'hints-enabled', value: 'off' }],
    ['a badge switch that is not a boolean', { op: 'badge-enabled', value: 0 }],
    ['an unknown language', { op: 'hint-language', value: 'fr' }],
    ['an unknown retention', { op: 'retention', value: '30d' }],
    ['a hidden host that is empty', { op: 'hint-hidden-host', host: '', hidden: true }],
    [
      'a hidden-host switch that is not a boolean',
      { op: 'hint-hidden-host', host: 'www.kbstar.com', hidden: 'yes' },
    ],
    ['a custom site that is not a host', { op: 'custom-site-add', host: 'not a host', addedAt: 1 }],
    ['a custom site that is not a string', { op: 'custom-site-add', host: 42, addedAt: 1 }],
    ['a custom site without a time', { op: 'custom-site-add', host: 'www.mybank.co.kr' }],
    ['a custom site to remove that is not a host', { op: 'custom-site-remove', host: '*' }],
    [
      'a custom site to remove that is not a string',
      { op: 'custom-site-remove', host: ['www.mybank.co.kr'] },
    ],
    ['an unknown op', { op: 'delete-everything' }],
    ['no object at all', 'retention'],
  ])('refuses %s', (_name, value) => {
    expect(parseSettingsChange(value)).toBeUndefined();
  });

  it('accepts a site id of up to 253 characters', () => {
    expect(
      parseSettingsChange({ op: 'hint-hidden-host', host: 'x'.repeat(253), hidden: true }),
    ).toBeDefined();
    expect(
      parseSettingsChange({ op: 'hint-hidden-host', host: 'x'.repeat(254), hidden: true }),
    ).toBeUndefined();
  });
});
