import { describe, expect, it } from 'vitest';
import { activeMatches, excludedMatches } from '../../../entrypoints/background/content-scripts';
import { siteKeyFor } from '../../../entrypoints/background/sites';
import type { TabState } from '../../../entrypoints/background/tab-state';
import { hintView } from '../../../entrypoints/background/views';
import { sites } from '../../../rules/catalogue/sites';
import type { Settings } from '../../../utils/settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { applyChange, parseSettingsChange } from '../../../utils/settings-changes';

const ids = (kind: string) => sites.filter((s) => s.kind === kind).map((s) => s.id);
const FRAME = '*://4user.yeskey.or.kr/*';

describe('group switches', () => {
  it('switching a group off turns all its sites off and remembers the group; on again clears both', () => {
    let s = applyChange(DEFAULT_SETTINGS, { op: 'site-enabled', siteId: 'yessign', enabled: false });
    s = applyChange(s, { op: 'group-enabled', kind: 'securities', enabled: false });
    expect(s.disabledGroups).toEqual(['securities']);
    expect([...s.disabledSites].sort()).toEqual(['yessign', ...ids('securities')].sort());
    // One site back on: the group stays remembered, so sites added to it later still start off.
    s = applyChange(s, { op: 'site-enabled', siteId: 'kiwoom', enabled: true });
    expect(s.disabledSites).not.toContain('kiwoom');
    expect(s.disabledGroups).toEqual(['securities']);
    s = applyChange(s, { op: 'group-enabled', kind: 'securities', enabled: true });
    expect(s).toMatchObject({ disabledGroups: [], disabledSites: ['yessign'] });
  });

  it('accepts group changes only for known groups', () => {
    expect(parseSettingsChange({ op: 'group-enabled', kind: 'savings', enabled: false })).toEqual({
      op: 'group-enabled',
      kind: 'savings',
      enabled: false,
    });
    for (const bad of [
      { op: 'group-enabled', kind: 'other', enabled: false },
      { op: 'group-enabled', kind: 'bank' },
      { op: 'group-enabled', kind: ['bank'], enabled: true },
    ]) {
      expect(parseSettingsChange(bad)).toBeUndefined();
    }
  });
});

describe('registration', () => {
  const only = (...kinds: string[]): Settings => ({
    ...DEFAULT_SETTINGS,
    disabledSites: sites.filter((s) => !kinds.includes(s.kind)).map((s) => s.id),
  });

  it("registers the 금융인증서 frame with the banks even when yeskey.or.kr's own pages are off", () => {
    const settings = applyChange(DEFAULT_SETTINGS, { op: 'site-enabled', siteId: 'yeskey', enabled: false });
    const matches = activeMatches(settings, []);
    expect(matches).toContain(FRAME);
    expect(matches).not.toContain('*://*.yeskey.or.kr/*');
    expect(excludedMatches(settings, matches)).toEqual([]);
  });

  it('leaves the frame out when no group that embeds it is on, and keeps it for a granted user site', () => {
    const caOnly = { ...only('ca'), disabledSites: only('ca').disabledSites.concat('yeskey') };
    expect(activeMatches(caOnly, [])).not.toContain(FRAME);
    const withCustom = { ...caOnly, customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }] };
    expect(activeMatches(withCustom, ['*://www.mybank.co.kr/*'])).toContain(FRAME);
    expect(activeMatches(only('securities'), [])).toContain(FRAME);
  });

  it("excludes a switched-off savings bank that the shared platform's pattern would still cover", () => {
    const settings = applyChange(DEFAULT_SETTINGS, { op: 'site-enabled', siteId: 'oksb', enabled: false });
    const matches = activeMatches(settings, []);
    expect(matches).toContain('*://*.ibs.fsb.or.kr/*');
    expect(excludedMatches(settings, matches)).toEqual(['*://ok.ibs.fsb.or.kr/*']);
    // With the platform off too, nothing covers it: no exclusion needed.
    const both = applyChange(settings, { op: 'site-enabled', siteId: 'fsb', enabled: false });
    expect(excludedMatches(both, activeMatches(both, []))).toEqual([]);
  });
});

describe("a frame's findings belong to the page around it", () => {
  it("keys the tab's page, and the hint names that site", () => {
    // The candidate handler keys by the tab's URL (sender.tab.url), not by the frame's.
    expect(siteKeyFor('https://www.busanbank.co.kr/ib20/mnu/CMN0000', DEFAULT_SETTINGS)).toBe('busanbank');
    expect(siteKeyFor('https://4user.yeskey.or.kr/fincert/index.html', DEFAULT_SETTINGS)).toBe('yeskey');
    const state: TabState = {
      site: 'busanbank',
      problems: [
        {
          problemId: 'cert-password-wrong',
          category: 'cert-password',
          fixId: 'fix-cert-password',
          confidence: 1,
          source: 'inline',
          text: 'x',
          time: 1,
        },
      ],
    };
    const view = hintView(state, 'ko');
    expect(view.site).toBe('BNK부산은행');
    expect(hintView(undefined, 'ko').site).toBeUndefined();
  });
});
