import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HANDLERS, isTrustedSender, routeMessage } from '../../../entrypoints/background/messages';
import { getSettings } from '../../../entrypoints/background/settings-store';

// Registering content scripts is not what these tests are about (fakeBrowser has no scripting API).
vi.mock('../../../entrypoints/background/content-scripts', () => ({
  syncContentScripts: async () => undefined,
}));

type Sender = Browser.runtime.MessageSender;
const OWN_PAGE: Sender = { url: fakeBrowser.runtime.getURL('/options.html') };
const PAGE = 'https://www.yessign.or.kr/reissue';
const fromTab = (frameId: number, url = PAGE): Sender => ({
  tab: { id: 7, url } as Browser.tabs.Tab,
  frameId,
  url,
});

describe('background message routing', () => {
  beforeEach(() => fakeBrowser.reset());

  it("trusts the extension's own pages only, by the URL the browser gives the sender", () => {
    expect(isTrustedSender(OWN_PAGE)).toBe(true);
    expect(isTrustedSender(fromTab(0))).toBe(false);
    expect(isTrustedSender({})).toBe(false);
    expect(isTrustedSender({ url: 'chrome-extension://another-extension/options.html' })).toBe(false);
    // A page cannot name itself after us: its URL is its own.
    expect(isTrustedSender({ url: `${PAGE}?${OWN_PAGE.url}` })).toBe(false);
  });

  it('lets content scripts send only candidate texts and "hide on this site"; all else needs a trusted sender', () => {
    const open = Object.entries(HANDLERS)
      .filter(([, handler]) => !handler.trusted)
      .map(([type]) => type);
    expect(open.sort()).toEqual(['candidate', 'hide-hint-on-site']);
  });

  it('answers nothing to a trusted message from a page, and changes nothing', async () => {
    expect(
      await routeMessage({ type: 'settings', change: { op: 'hints-enabled', value: false } }, fromTab(0)),
    ).toBeUndefined();
    expect(await routeMessage({ type: 'clear-all-data' }, fromTab(0))).toBeUndefined();
    expect((await getSettings()).hintsEnabled).toBe(true);
    expect(
      await routeMessage({ type: 'settings', change: { op: 'hints-enabled', value: false } }, OWN_PAGE),
    ).toMatchObject({ hintsEnabled: false });
    expect((await getSettings()).hintsEnabled).toBe(false);
  });

  it('answers nothing to a message of no known shape, whoever sends it', () => {
    for (const raw of [
      undefined,
      'settings',
      { type: 'settings', change: { op: 'hints-enabled', value: 'no' } },
      { type: 'eval', code: '1' },
    ]) {
      expect(routeMessage(raw, OWN_PAGE)).toBeUndefined();
    }
  });

  it("hides the hint on the tab's host when the top frame asks, and not when a frame inside it does", async () => {
    routeMessage({ type: 'hide-hint-on-site' }, fromTab(3));
    // Settings changes take turns: once a later one is done, an earlier one would have been too.
    await routeMessage({ type: 'settings', change: { op: 'badge-enabled', value: true } }, OWN_PAGE);
    expect((await getSettings()).hintHiddenHosts).toEqual([]);
    routeMessage({ type: 'hide-hint-on-site' }, fromTab(0));
    await vi.waitFor(async () =>
      expect((await getSettings()).hintHiddenHosts).toEqual(['www.yessign.or.kr']),
    );
  });
});
