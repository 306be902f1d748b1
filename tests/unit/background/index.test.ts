import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { CONTENT_ID } from '../../../entrypoints/background/content-scripts';
import { readHistory } from '../../../entrypoints/background/history';
import { readTab } from '../../../entrypoints/background/tab-store';
import type { TabView } from '../../../utils/protocol';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { remindersItem, settingsItem } from '../../../utils/storage';
import { fakeExtension, openTab, settle, type FakeExtension } from './fake-extension';

// The background's wiring: who may ask what. Content scripts (and so the pages they run in) may
// only offer candidate texts and, from the top frame, hide the hint; reading a tab's problems and
// changing anything is for the extension's own pages.

const OWN_PAGE = { url: 'chrome-extension://test-extension-id/popup.html' } as Browser.runtime.MessageSender;
const YESSIGN = 'https://www.yessign.or.kr/reissue';
const fromTab = (tabId: number, url = YESSIGN, frameId = 0) =>
  ({ tab: { id: tabId, url } as Browser.tabs.Tab, frameId, url }) as Browser.runtime.MessageSender;
/** What the listeners answered (the browser passes the first answer back). */
const send = async (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender))[0];

let ext: FakeExtension;
const setAccessLevel = vi.fn(async () => undefined);

describe('background wiring', () => {
  beforeEach(async () => {
    ext = fakeExtension();
    setAccessLevel.mockClear();
    vi.stubGlobal('chrome', { storage: { local: { setAccessLevel }, session: { setAccessLevel } } });
    background.main!();
    await settle();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('on every start closes storage to content scripts and registers the content scripts', () => {
    expect(setAccessLevel).toHaveBeenCalledTimes(2);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(ext.registered.has(CONTENT_ID)).toBe(true);
  });

  it('takes a candidate text from a tab and answers that it looked at it', async () => {
    const tabId = await openTab(YESSIGN);
    expect(
      await send({ type: 'candidate', source: 'alert', text: '인증서가 폐지되었습니다' }, fromTab(tabId)),
    ).toBe(true);
    expect((await readTab(tabId))?.problems.map((p) => p.problemId)).toEqual(['cert-revoked']);
  });

  it('answers nothing to a message of no known shape', async () => {
    expect(await send({ type: 'candidate', source: 'telepathy', text: 'x' }, fromTab(3))).toBeUndefined();
    expect(await send('hello', fromTab(3))).toBeUndefined();
  });

  it("gives a tab's problems to the extension's own pages only", async () => {
    const tabId = await openTab(YESSIGN);
    await send({ type: 'candidate', source: 'alert', text: '인증서가 폐지되었습니다' }, fromTab(tabId));
    expect(await send({ type: 'tab-view', tabId }, fromTab(tabId))).toBeUndefined();
    const view = (await send({ type: 'tab-view', tabId }, OWN_PAGE)) as TabView;
    expect(view).toMatchObject({
      lang: 'ko',
      site: { id: 'yessign' },
      host: 'www.yessign.or.kr',
      problems: [expect.objectContaining({ problemId: 'cert-revoked' })],
    });
    expect(view.hintHidden).toBeUndefined();
  });

  it('shows a tab no problems that were kept for another site, and names the host of an unlisted one', async () => {
    const tabId = await openTab('https://example.com/path');
    await fakeBrowser.storage.session.set({ [`tab:${tabId}`]: { site: 'yessign', problems: [] } });
    expect(await send({ type: 'tab-view', tabId }, OWN_PAGE)).toEqual({
      lang: 'ko',
      host: 'example.com',
      problems: [],
    });
    expect(await send({ type: 'tab-view', tabId: 999 }, OWN_PAGE)).toEqual({ lang: 'ko', problems: [] });
  });

  it("changes settings for the extension's own pages only", async () => {
    expect(
      await send({ type: 'settings', change: { op: 'hints-enabled', value: false } }, fromTab(3)),
    ).toBeUndefined();
    await settle();
    expect((await settingsItem.getValue()).hintsEnabled).toBe(true);
    const settings = await send(
      { type: 'settings', change: { op: 'hints-enabled', value: false } },
      OWN_PAGE,
    );
    expect(settings).toMatchObject({ hintsEnabled: false });
    expect((await settingsItem.getValue()).hintsEnabled).toBe(false);
  });

  it('after a settings change re-registers the scripts and shows every tab again', async () => {
    const tabId = await openTab(YESSIGN);
    await send({ type: 'candidate', source: 'alert', text: '인증서가 폐지되었습니다' }, fromTab(tabId));
    ext.sent.length = 0;
    await send(
      { type: 'settings', change: { op: 'site-enabled', siteId: 'oksb', enabled: false } },
      OWN_PAGE,
    );
    expect(ext.registered.get(CONTENT_ID)?.excludeMatches).toEqual(['*://ok.ibs.fsb.or.kr/*']);
    expect(ext.sent.map((s) => s.tabId)).toEqual([tabId]);
  });

  it("moves the history when its retention changes, and removes a custom site's permission with the site", async () => {
    await send({ type: 'settings', change: { op: 'retention', value: '7d' } }, OWN_PAGE);
    const tabId = await openTab(YESSIGN);
    await send({ type: 'candidate', source: 'alert', text: '인증서가 폐지되었습니다' }, fromTab(tabId));
    expect(Object.keys(await fakeBrowser.storage.local.get('history'))).toEqual(['history']);
    await send({ type: 'settings', change: { op: 'retention', value: 'none' } }, OWN_PAGE);
    expect(await readHistory()).toEqual([]);
    ext.origins.push('*://www.mybank.co.kr/*');
    await send(
      { type: 'settings', change: { op: 'custom-site-add', host: 'www.mybank.co.kr', addedAt: 1 } },
      OWN_PAGE,
    );
    await send(
      { type: 'settings', change: { op: 'custom-site-remove', host: 'www.mybank.co.kr' } },
      OWN_PAGE,
    );
    expect(ext.removedOrigins).toEqual(['*://www.mybank.co.kr/*']);
  });

  it('hides the hint on the host of the tab, when the hint in the top frame asks', async () => {
    await send({ type: 'hide-hint-on-site' }, fromTab(3, YESSIGN, 2));
    await send({ type: 'hide-hint-on-site' }, { frameId: 0 } as Browser.runtime.MessageSender);
    await settle();
    expect((await settingsItem.getValue()).hintHiddenHosts).toEqual([]);
    expect(await send({ type: 'hide-hint-on-site' }, fromTab(3))).toBeUndefined();
    await settle();
    expect((await settingsItem.getValue()).hintHiddenHosts).toEqual(['www.yessign.or.kr']);
  });

  it("adds, replaces and removes reminders for the extension's own pages only, with their alarms", async () => {
    const reminder = { id: 'a', label: '회사', expiry: '2099-03-15' };
    expect(await send({ type: 'reminders', change: { op: 'add', reminder } }, fromTab(3))).toBeUndefined();
    await settle();
    expect(await remindersItem.getValue()).toEqual([]);
    expect(await send({ type: 'reminders', change: { op: 'add', reminder } }, OWN_PAGE)).toEqual([reminder]);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual([
      'reminder:a:30',
      'reminder:a:7',
    ]);
    // Adding the same id again replaces it.
    expect(
      await send(
        { type: 'reminders', change: { op: 'add', reminder: { ...reminder, label: '집' } } },
        OWN_PAGE,
      ),
    ).toEqual([{ ...reminder, label: '집' }]);
    const b = { id: 'b', label: '', expiry: '2099-06-15' };
    expect(await send({ type: 'reminders', change: { op: 'replace', reminders: [b] } }, OWN_PAGE)).toEqual([
      b,
    ]);
    expect(await send({ type: 'reminders', change: { op: 'remove', id: 'b' } }, OWN_PAGE)).toEqual([]);
    expect(await remindersItem.getValue()).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it("clears all data for the extension's own pages only: storage, alarms, custom sites' permissions", async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }],
      hintsEnabled: false,
    });
    await remindersItem.setValue([{ id: 'a', label: '', expiry: '2099-03-15' }]);
    await fakeBrowser.alarms.create('reminder:a:7', { when: Date.UTC(2099, 2, 8) });
    expect(await send({ type: 'clear-all-data' }, fromTab(3))).toBeUndefined();
    await settle();
    expect((await settingsItem.getValue()).hintsEnabled).toBe(false);
    expect(await send({ type: 'clear-all-data' }, OWN_PAGE)).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(ext.removedOrigins).toEqual(['*://www.mybank.co.kr/*']);
  });

  it('the shortcut moves focus into the hint of the tab it was pressed in, or the active tab', async () => {
    const onCommand = fakeBrowser.commands.onCommand as unknown as {
      trigger(command: string, tab?: object): Promise<unknown>;
    };
    await onCommand.trigger('focus-hint', { id: 4 });
    await onCommand.trigger('something-else', { id: 5 });
    await settle();
    expect(ext.sent).toEqual([{ tabId: 4, message: { type: 'focus-hint' }, frameId: 0 }]);
  });

  it('opens the first-run page on install only', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await settle();
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
      'chrome-extension://test-extension-id/onboarding.html',
    );
  });

  it('answers its alarms: a reminder shows a notification, a mail wait offers the mail advice', async () => {
    await remindersItem.setValue([{ id: 'a', label: '', expiry: '2099-03-15' }]);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'reminder:a:7', scheduledTime: 0 });
    const tabId = await openTab(YESSIGN);
    await fakeBrowser.alarms.onAlarm.trigger({ name: `mail-advice:${tabId}`, scheduledTime: 0 });
    await settle();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['reminder:a:7']);
    expect((await readTab(tabId))?.problems.map((p) => p.problemId)).toEqual(['mail-not-received']);
  });

  it('stops scripting a custom site whose access the user took away in the browser', async () => {
    ext.origins.push('*://www.mybank.co.kr/*');
    await send(
      { type: 'settings', change: { op: 'custom-site-add', host: 'www.mybank.co.kr', addedAt: 1 } },
      OWN_PAGE,
    );
    expect(ext.registered.get(CONTENT_ID)?.matches).toContain('*://www.mybank.co.kr/*');
    ext.origins.length = 0;
    await (fakeBrowser.permissions.onRemoved as unknown as { trigger(p: object): Promise<unknown> }).trigger({
      origins: ['*://www.mybank.co.kr/*'],
    });
    await settle();
    expect(ext.registered.get(CONTENT_ID)?.matches).not.toContain('*://www.mybank.co.kr/*');
  });

  it("tells the popup when the hint is hidden on the tab's host", async () => {
    const tabId = await openTab(YESSIGN);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, hintHiddenHosts: ['www.yessign.or.kr'] });
    expect(await send({ type: 'tab-view', tabId }, OWN_PAGE)).toMatchObject({
      host: 'www.yessign.or.kr',
      hintHidden: true,
    });
  });
});
