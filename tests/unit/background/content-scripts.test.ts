import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  activeMatches,
  CONTENT_ID,
  excludedMatches,
  HOOK_ID,
  syncContentScripts,
} from '../../../entrypoints/background/content-scripts';
import { sites } from '../../../rules/catalogue/sites';
import { type Settings } from '../../../utils/settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { fakeExtension, type FakeExtension } from './fake-extension';

// A site that is switched off gets no script at all: no observer, no alert hook.

const FINCERT_FRAME = '*://4user.yeskey.or.kr/*';
const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });
const allExcept = (...kinds: string[]) => sites.filter((s) => !kinds.includes(s.kind)).map((s) => s.id);

describe('activeMatches', () => {
  it('covers every built-in site by default, and the 금융인증서 frame those sites embed', () => {
    const matches = activeMatches(DEFAULT_SETTINGS, []);
    for (const site of sites) for (const m of site.matches) expect(matches).toContain(m);
    expect(matches).toContain(FINCERT_FRAME);
    expect(new Set(matches).size).toBe(matches.length);
  });

  it('drops a switched-off site', () => {
    expect(activeMatches(settings({ disabledSites: ['yessign'] }), [])).not.toContain(
      '*://*.yessign.or.kr/*',
    );
  });

  it('registers the frame while one group that embeds it is on; not for the certificate authorities alone', () => {
    expect(activeMatches(settings({ disabledSites: allExcept('ca') }), [])).not.toContain(FINCERT_FRAME);
    for (const kind of ['bank', 'securities', 'savings', 'public'])
      expect(activeMatches(settings({ disabledSites: allExcept(kind) }), []), kind).toContain(FINCERT_FRAME);
  });

  it('registers a custom site only with its permission granted and while it is on; with it, the frame too', () => {
    const custom = { customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }] };
    expect(
      activeMatches(settings({ ...custom, disabledSites: sites.map((s) => s.id) }), [
        '*://www.mybank.co.kr/*',
      ]),
    ).toEqual([FINCERT_FRAME, '*://www.mybank.co.kr/*']);
    expect(activeMatches(settings({ ...custom, disabledSites: sites.map((s) => s.id) }), [])).toEqual([]);
    expect(
      activeMatches(
        settings({ ...custom, disabledSites: [...sites.map((s) => s.id), 'custom:www.mybank.co.kr'] }),
        ['*://www.mybank.co.kr/*'],
      ),
    ).toEqual([]);
  });
});

describe('excludedMatches', () => {
  it("excludes a switched-off savings bank that the shared platform's pattern still covers", () => {
    const on = settings({ disabledSites: ['oksb'] });
    expect(excludedMatches(on, activeMatches(on, []))).toEqual(['*://ok.ibs.fsb.or.kr/*']);
  });

  it('excludes nothing when the broader pattern is off too, or nothing covers the switched-off site', () => {
    const both = settings({ disabledSites: ['oksb', 'fsb'] });
    expect(excludedMatches(both, activeMatches(both, []))).toEqual([]);
    const yessign = settings({ disabledSites: ['yessign'] });
    expect(excludedMatches(yessign, activeMatches(yessign, []))).toEqual([]);
    expect(excludedMatches(DEFAULT_SETTINGS, activeMatches(DEFAULT_SETTINGS, []))).toEqual([]);
  });

  it('a host is covered by the same host, or by a wildcard over its parent; not by a sibling or a narrower pattern', () => {
    const off = settings({ disabledSites: ['oksb'] });
    expect(excludedMatches(off, ['*://*.fsb.or.kr/*'])).toEqual(['*://ok.ibs.fsb.or.kr/*']);
    expect(excludedMatches(off, ['*://ok.ibs.fsb.or.kr/*'])).toEqual([]);
    expect(excludedMatches(off, ['*://kisb.ibs.fsb.or.kr/*'])).toEqual([]);
    expect(excludedMatches(off, ['*://ibs.fsb.or.kr/*'])).toEqual([]);
    expect(excludedMatches(off, ['*://www.ok.ibs.fsb.or.kr/*'])).toEqual([]);
    const wholeDomainOff = settings({ disabledSites: ['yessign'] });
    expect(excludedMatches(wholeDomainOff, ['*://yessign.or.kr/*'])).toEqual([]);
    expect(excludedMatches(wholeDomainOff, ['*://*.yessign.or.kr/*', '*://*.or.kr/*'])).toEqual([]);
    expect(excludedMatches(wholeDomainOff, ['*://*.or.kr/*'])).toEqual(['*://*.yessign.or.kr/*']);
    expect(excludedMatches(wholeDomainOff, ['not a pattern'])).toEqual([]);
  });
});

describe('syncContentScripts', () => {
  let ext: FakeExtension;
  beforeEach(() => {
    ext = fakeExtension();
  });

  it('registers the MAIN-world hook and the content script on the active sites, in every frame, at document start', async () => {
    await syncContentScripts(DEFAULT_SETTINGS);
    expect([...ext.registered.keys()].sort()).toEqual([CONTENT_ID, HOOK_ID].sort());
    const hook = ext.registered.get(HOOK_ID)!;
    const content = ext.registered.get(CONTENT_ID)!;
    expect(hook).toMatchObject({
      js: ['content-scripts/dialog-hook.js'],
      world: 'MAIN',
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_start',
      persistAcrossSessions: true,
      excludeMatches: [],
    });
    expect(content).toMatchObject({
      js: ['content-scripts/content.js'],
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_start',
      persistAcrossSessions: true,
      excludeMatches: [],
    });
    expect(content.world).toBeUndefined();
    expect(content.matches).toEqual(activeMatches(DEFAULT_SETTINGS, []));
  });

  it('leaves an unchanged registration alone, and updates a changed one in place', async () => {
    await syncContentScripts(DEFAULT_SETTINGS);
    await syncContentScripts(DEFAULT_SETTINGS);
    expect(ext.scriptCalls).toEqual([`register ${HOOK_ID},${CONTENT_ID}`]);
    await syncContentScripts(settings({ disabledSites: ['oksb'] }));
    expect(ext.scriptCalls.at(-1)).toBe(`update ${HOOK_ID},${CONTENT_ID}`);
    expect(ext.registered.get(CONTENT_ID)?.excludeMatches).toEqual(['*://ok.ibs.fsb.or.kr/*']);
    expect(ext.registered.get(CONTENT_ID)?.matches).not.toContain('*://ok.ibs.fsb.or.kr/*');
  });

  it('takes every script away when no site is on', async () => {
    await syncContentScripts(DEFAULT_SETTINGS);
    await syncContentScripts(settings({ disabledSites: sites.map((s) => s.id) }));
    expect(ext.registered.size).toBe(0);
    expect(ext.scriptCalls.at(-1)).toBe(`unregister ${HOOK_ID},${CONTENT_ID}`);
    // Nothing registered and nothing wanted: nothing to do.
    await syncContentScripts(settings({ disabledSites: sites.map((s) => s.id) }));
    expect(ext.scriptCalls).toHaveLength(2);
  });

  it('removes a script an earlier version left, and registers one that is missing', async () => {
    ext.registered.set('old-script', { id: 'old-script', js: ['x.js'], matches: ['*://*/*'] });
    ext.registered.set(HOOK_ID, {
      id: HOOK_ID,
      js: ['content-scripts/dialog-hook.js'],
      matches: ['*://*.yessign.or.kr/*'],
      world: 'MAIN',
    });
    // getRegisteredContentScripts is asked for our ids only: an unknown id is not ours to remove.
    await syncContentScripts(DEFAULT_SETTINGS);
    expect(ext.registered.has('old-script')).toBe(true);
    expect(ext.scriptCalls).toEqual([`register ${CONTENT_ID}`, `update ${HOOK_ID}`]);
  });

  it('registers a granted custom site', async () => {
    ext.origins.push('*://www.mybank.co.kr/*');
    await syncContentScripts(settings({ customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }] }));
    expect(ext.registered.get(CONTENT_ID)?.matches).toContain('*://www.mybank.co.kr/*');
  });

  it('runs one call after another, and a failed one is logged and leaves the next working', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    const register = ext.registered;
    const original = register.set.bind(register);
    register.set = (id, script) => {
      if (fail) {
        fail = false;
        throw new Error('Could not register');
      }
      return original(id, script);
    };
    const first = syncContentScripts(DEFAULT_SETTINGS);
    const second = syncContentScripts(DEFAULT_SETTINGS);
    await first;
    await second;
    expect([...register.keys()].sort()).toEqual([CONTENT_ID, HOOK_ID].sort());
    expect(logged).toHaveBeenCalledWith(
      '[reissue-helper] content-script registration failed',
      expect.any(Error),
    );
  });
});
