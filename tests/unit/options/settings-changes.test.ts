import { describe, expect, it } from 'vitest';
import { activeMatches } from '../../../entrypoints/background/content-scripts';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { applyChange, parseSettingsChange } from '../../../utils/settings-changes';
import { exportSettings, parseSettingsFile } from '../../../utils/settings-file';
import { parseSiteInput } from '../../../utils/site-input';
import { PINNED_DEFAULTS } from '../../fixtures/settings';

describe('settings changes', () => {
  it('switch sites off and on, add and remove custom sites', () => {
    let s = applyChange(DEFAULT_SETTINGS, { op: 'site-enabled', siteId: 'yessign', enabled: false });
    s = applyChange(s, { op: 'site-enabled', siteId: 'yessign', enabled: false });
    expect(s.disabledSites).toEqual(['yessign']);
    s = applyChange(s, { op: 'custom-site-add', host: 'www.mybank.co.kr', addedAt: 1 });
    s = applyChange(s, { op: 'site-enabled', siteId: 'custom:www.mybank.co.kr', enabled: false });
    s = applyChange(s, { op: 'custom-site-remove', host: 'www.mybank.co.kr' });
    expect(s).toMatchObject({ customSites: [], disabledSites: ['yessign'] });
  });

  it('accepts only well-formed change messages', () => {
    expect(parseSettingsChange({ op: 'site-enabled', siteId: 'yessign', enabled: false })).toBeDefined();
    for (const bad of [
      null,
      {},
      { op: 'site-enabled', siteId: 'x' },
      { op: 'hint-language', value: 'fr' },
      { op: 'custom-site-add', host: 'x', addedAt: 1 },
      { op: 'rm -rf' },
    ]) {
      expect(parseSettingsChange(bad)).toBeUndefined();
    }
  });

  it('registers scripts on enabled built-in sites and on granted custom sites only', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      disabledSites: ['yessign', 'custom:off.example.kr'],
      customSites: [
        { host: 'www.mybank.co.kr', addedAt: 1 },
        { host: 'nogrant.example.kr', addedAt: 1 },
        { host: 'off.example.kr', addedAt: 1 },
      ],
    };
    const matches = activeMatches(settings, ['*://www.mybank.co.kr/*', '*://off.example.kr/*']);
    expect(matches).toContain('*://*.hometax.go.kr/*');
    expect(matches).toContain('*://www.mybank.co.kr/*');
    expect(matches).not.toContain('*://*.yessign.or.kr/*');
    expect(matches).not.toContain('*://nogrant.example.kr/*');
    expect(matches).not.toContain('*://off.example.kr/*');
  });
});

describe('custom site input', () => {
  it.each([
    ['www.mybank.co.kr', 'www.mybank.co.kr'],
    ['  https://WWW.MyBank.co.kr/cert/reissue?x=1 ', 'www.mybank.co.kr'],
    ['http://cert.example.com:8443/', 'cert.example.com'],
    // A scheme is a scheme only at the start: this is a host with a path.
    ['www.mybank.co.kr/cert:reissue', 'www.mybank.co.kr'],
  ])('%s → %s', (input, host) => expect(parseSiteInput(input)).toEqual({ host }));

  it.each([
    ['', 'siteInputEmpty'],
    ['not a site', 'siteInputInvalid'],
    ['mybank', 'siteInputInvalid'],
    ['ftp://files.example.com', 'siteInputNotWeb'],
    ['localhost:3000', 'siteInputNotWeb'],
    ['http://localhost:3000', 'siteInputLocal'],
    ['192.168.0.1', 'siteInputLocal'],
    ['http://[::1]/', 'siteInputLocal'],
    ['https://10.0.0.1:8443/cert', 'siteInputLocal'],

    ['javascript:alert(1)', 'siteInputNotWeb'],
  ])('rejects %j with %s', (input, error) => expect(parseSiteInput(input)).toEqual({ error }));
});

describe('settings file', () => {
  const settings = {
    ...DEFAULT_SETTINGS,
    disabledSites: ['hometax'],
    customSites: [{ host: 'www.mybank.co.kr', addedAt: 3 }],
  };
  const reminders = [{ id: 'a', label: '회사 은행용', expiry: '2027-01-31' }];

  it('round-trips what it exports', () => {
    expect(parseSettingsFile(exportSettings(settings, reminders, new Date(0)))).toEqual({
      settings,
      reminders,
    });
  });

  it.each([
    ['not JSON', '{settings:', 'importNotJson'],
    ['a list', '[]', 'importWrongFormat'],
    ["another program's file", JSON.stringify({ theme: 'dark' }), 'importWrongFormat'],
    [
      'our format without settings',
      JSON.stringify({ format: 'reissue-helper-settings', version: 2 }),
      'importWrongFormat',
    ],
    [
      'reminders that are not a list',
      JSON.stringify({ format: 'reissue-helper-settings', version: 2, settings: {}, reminders: 'x' }),
      'importWrongFormat',
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'reissue-helper-settings', version: 99, settings: {} }),
      'importNewerVersion',
    ],
    ['a huge file', `{"x":"${'a'.repeat(300_000)}"}`, 'importTooLarge'],
  ])('rejects %s, so nothing changes', (_name, text, error) => {
    expect(parseSettingsFile(text)).toEqual({ error });
  });

  it('cleans what it accepts', () => {
    const text = JSON.stringify({
      format: 'reissue-helper-settings',
      version: 1,
      settings: { hintLanguage: 'xx', disabledSites: ['gov24'] },
      reminders: [{ id: 'a', label: 'x', expiry: 'tomorrow' }, reminders[0]],
    });
    // Everything the file does not set validly is the default (written out: the history lasts the session).
    expect(parseSettingsFile(text)).toEqual({
      settings: { ...PINNED_DEFAULTS, disabledSites: ['gov24'] },
      reminders,
    });
  });
});
