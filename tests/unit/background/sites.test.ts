import { describe, expect, it } from 'vitest';
import { isActiveSite, siteKeyFor, siteView } from '../../../entrypoints/background/sites';
import { type Settings } from '../../../utils/settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';

const withCustom: Settings = { ...DEFAULT_SETTINGS, customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }] };

describe("siteKeyFor: what ties a tab's problems together", () => {
  it('is the built-in site of the page, whatever host of it', () => {
    expect(siteKeyFor('https://www.yessign.or.kr/reissue', DEFAULT_SETTINGS)).toBe('yessign');
    expect(siteKeyFor('http://ca.yessign.or.kr:8080/x', DEFAULT_SETTINGS)).toBe('yessign');
    expect(siteKeyFor('https://obank.kbstar.com/quics', DEFAULT_SETTINGS)).toBe('kbstar');
  });

  it('is custom:<host> for a site the user added, on that host only', () => {
    expect(siteKeyFor('https://www.mybank.co.kr/cert', withCustom)).toBe('custom:www.mybank.co.kr');
    expect(siteKeyFor('https://other.mybank.co.kr/cert', withCustom)).toBeUndefined();
    expect(siteKeyFor('https://www.mybank.co.kr/cert', DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('is nothing for an unlisted page, no address, or an address that is not one', () => {
    expect(siteKeyFor('https://example.com/', withCustom)).toBeUndefined();
    expect(siteKeyFor(undefined, withCustom)).toBeUndefined();
    expect(siteKeyFor('', withCustom)).toBeUndefined();
    expect(siteKeyFor('not a url', withCustom)).toBeUndefined();
  });
});

describe('isActiveSite', () => {
  it('is true for a key the user did not switch off, false for a switched-off key or none', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['hometax', 'custom:www.mybank.co.kr'] };
    expect(isActiveSite(settings, 'yessign')).toBe(true);
    expect(isActiveSite(settings, 'hometax')).toBe(false);
    expect(isActiveSite(settings, 'custom:www.mybank.co.kr')).toBe(false);
    expect(isActiveSite(settings, undefined)).toBe(false);
  });
});

describe("siteView: the popup's view of a site", () => {
  it('names a custom site by its host', () => {
    expect(siteView('custom:www.mybank.co.kr', 'ko')).toEqual({
      id: 'custom:www.mybank.co.kr',
      name: 'www.mybank.co.kr',
    });
  });

  it('gives a built-in site its name in the language, its sourced centre, its hours and its reissue page', () => {
    expect(siteView('knbank', 'ko')).toMatchObject({ id: 'knbank', centre: { phone: '1600-8585' } });
    expect(siteView('kbstar', 'ko')).toMatchObject({
      id: 'kbstar',
      name: 'KB국민은행 인증센터',
      reissueUrl: 'https://obank.kbstar.com/quics?page=C018872',
    });
    expect(siteView('kbstar', 'ko')?.serviceHours).toContain('23:50');
    expect(siteView('kbstar', 'en')?.name).not.toBe(siteView('kbstar', 'ko')?.name);
    expect(siteView('kbstar', 'ko')).not.toHaveProperty('centre');
  });

  it("gives the centre's hours where the same source gives them, in the language", () => {
    expect(siteView('certbiz', 'ko')?.centre).toEqual({ phone: '1544-5742', hours: '평일 09:00~18:00' });
    expect(siteView('certbiz', 'en')?.centre).toEqual({ phone: '1544-5742', hours: 'weekdays 09:00–18:00' });
    expect(siteView('knbank', 'ko')?.centre).toEqual({ phone: '1600-8585' });
  });

  it('leaves out what a site does not have', () => {
    const yessign = siteView('yessign', 'en');
    expect(yessign).toEqual({
      id: 'yessign',
      name: 'KFTC yessign',
      reissueUrl: 'https://www.yessign.or.kr/',
    });
  });

  it('knows no view for an unknown id', () => {
    expect(siteView('nowhere', 'ko')).toBeUndefined();
  });
});
