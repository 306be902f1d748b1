import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteForUrl } from '../../../rules';
import { parseMatchPattern } from '../../../rules/match-pattern';
import { SITE_MATCHES } from '../../../rules/site-matches';
import { SITE_HOSTS } from '../../../rules/catalogue/site-hosts';
import { EMBEDDED_FRAMES, SITE_KINDS, sites } from '../../../rules/catalogue/sites';
import { t } from '../../../utils/i18n';

const SOURCE_TAG = /^\[(?:OFFICIAL|SDK|APP|BLOG)[\]/]/;
/** A URL on the host a pattern names (its bare host for `*.host`). */
const sampleUrl = (pattern: string) =>
  `https://${pattern.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, '')}/`;

describe('built-in sites', () => {
  it('are at least 60, in every group', () => {
    expect(sites.length).toBeGreaterThanOrEqual(60);
    for (const kind of SITE_KINDS)
      expect(sites.filter((s) => s.kind === kind).length, kind).toBeGreaterThan(0);
  });

  it.each(sites.map((s) => [s.id, s] as const))(
    '%s has hosts, a kind, a source and a reason for its scope',
    (id, site) => {
      expect(SITE_KINDS).toContain(site.kind);
      expect(site.matches.length).toBeGreaterThan(0);
      expect(site.matches).toEqual(SITE_HOSTS[id as keyof typeof SITE_HOSTS]);
      for (const pattern of site.matches) {
        const parsed = parseMatchPattern(pattern);
        expect(parsed, pattern).toBeDefined();
        // Never a whole top-level or public suffix: at least two labels besides a wildcard.
        expect(parsed?.host.split('.').length, pattern).toBeGreaterThanOrEqual(2);
        expect(parsed?.host, pattern).not.toMatch(/^(?:co|or|go|ne)\.kr$/);
      }
      expect(site.hostsSource, id).toMatch(SOURCE_TAG);
      expect(site.scope.length, id).toBeGreaterThan(10);
      expect(site.name.ko.trim() && site.name.en.trim(), id).toBeTruthy();
      if (site.centre) expect(site.centre.source, id).toMatch(SOURCE_TAG);
    },
  );

  it('every site in the host table is in the catalogue, once', () => {
    expect(sites.map((s) => s.id).sort()).toEqual(Object.keys(SITE_HOSTS).sort());
  });

  it('each host of a site is credited to that site (a bank on the shared savings platform is listed before the platform)', () => {
    for (const site of sites)
      for (const pattern of site.matches) expect(siteForUrl(sampleUrl(pattern))?.id, pattern).toBe(site.id);
    expect(siteForUrl('https://ok.ibs.fsb.or.kr/ib/login')?.id).toBe('oksb');
    expect(siteForUrl('https://jt.ibs.fsb.or.kr/')?.id).toBe('fsb');
    expect(siteForUrl('https://www.fsb.or.kr/')).toBeUndefined();
    expect(siteForUrl('https://life.miraeasset.com/')).toBeUndefined();
    expect(siteForUrl('https://bank.daishin.com/')).toBeUndefined();
  });

  it("embedded frames are covered by the manifest's host access and embedded by real groups", () => {
    for (const frame of EMBEDDED_FRAMES) {
      expect(sites.some((s) => s.id === frame.site)).toBe(true);
      expect(frame.source).toMatch(SOURCE_TAG);
      for (const kind of frame.embeddedBy) expect(SITE_KINDS).toContain(kind);
      for (const pattern of frame.matches)
        expect(siteForUrl(sampleUrl(pattern))?.id, pattern).toBe(frame.site);
    }
    expect(SITE_MATCHES).toContain('*://*.yeskey.or.kr/*');
  });

  it('the README gives the site count of every group', () => {
    const readme = readFileSync('README.md', 'utf8');
    // A table row, its cells padded or not (Prettier aligns tables).
    const row = (...cells: Array<string | number>) =>
      new RegExp(`^\\|${cells.map((c) => ` *${String(c)} *`).join('\\|')}\\|$`, 'm');
    const label = {
      ca: 'kindCa',
      bank: 'kindBank',
      securities: 'kindSecurities',
      savings: 'kindSavings',
      public: 'kindPublic',
    } as const;
    for (const kind of SITE_KINDS) {
      const count = sites.filter((s) => s.kind === kind).length;
      expect(readme, kind).toMatch(row(t(label[kind], 'ko'), t(label[kind], 'en'), count));
    }
    expect(readme).toMatch(row('합계', 'total', sites.length));
  });
});
