import { beforeEach, describe, expect, it } from 'vitest';
import { readTab } from '../../../entrypoints/background/tab-store';
import { watchRequests } from '../../../entrypoints/background/watch-requests';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { settingsItem } from '../../../utils/storage';
import { fakeExtension, openTab, settle, type FakeExtension } from './fake-extension';

// What the browser observed of a listed page's requests, through the webRequest listeners.

const YESSIGN = 'https://www.yessign.or.kr/reissue';
let ext: FakeExtension;
const completed = (details: object) => ext.webRequest.completed.forEach((l) => l(details));
const failed = (details: object) => ext.webRequest.errors.forEach((l) => l(details));

describe('watchRequests', () => {
  beforeEach(() => {
    ext = fakeExtension();
    watchRequests();
  });

  it('listens to documents, frames and XHR only, on every host the extension may see', () => {
    expect(ext.webRequest.filters).toEqual([
      { urls: ['<all_urls>'], types: ['main_frame', 'sub_frame', 'xmlhttprequest'] },
      { urls: ['<all_urls>'], types: ['main_frame', 'sub_frame', 'xmlhttprequest'] },
    ]);
  });

  it("a 5xx answer to a listed page's request is a server error with its status, credited to the tab's page", async () => {
    const tabId = await openTab(YESSIGN);
    completed({ tabId, url: 'https://api.yessign.or.kr/issue', type: 'xmlhttprequest', statusCode: 503 });
    await settle();
    expect((await readTab(tabId))?.problems).toEqual([
      expect.objectContaining({
        problemId: 'server-error',
        code: '503',
        source: 'http',
        text: 'HTTP 503 · xmlhttprequest · api.yessign.or.kr',
      }),
    ]);
  });

  it('a failed document is the page itself, even before the tab says where it is', async () => {
    const tabId = await openTab('about:blank');
    failed({ tabId, url: 'https://www.yessign.or.kr/', type: 'main_frame', error: 'net::ERR_TIMED_OUT' });
    await settle();
    expect((await readTab(tabId))?.problems).toEqual([
      expect.objectContaining({ code: 'ERR_TIMED_OUT', source: 'network' }),
    ]);
  });

  it('a security program the page could not reach on loopback is named', async () => {
    const tabId = await openTab(YESSIGN);
    failed({
      tabId,
      url: 'https://127.0.0.1:10531/',
      type: 'xmlhttprequest',
      error: 'net::ERR_CONNECTION_REFUSED',
    });
    await settle();
    expect((await readTab(tabId))?.problems).toEqual([
      expect.objectContaining({
        problemId: 'security-program-missing',
        program: 'anysign',
        source: 'program',
      }),
    ]);
  });

  it('ignores answers below 500, requests of no tab, tabs on unlisted or switched-off sites', async () => {
    const listed = await openTab(YESSIGN);
    completed({ tabId: listed, url: 'https://www.yessign.or.kr/x', type: 'xmlhttprequest', statusCode: 499 });
    completed({ tabId: -1, url: 'https://www.yessign.or.kr/x', type: 'xmlhttprequest', statusCode: 500 });
    const unlisted = await openTab('https://example.com/');
    completed({ tabId: unlisted, url: 'https://example.com/api', type: 'xmlhttprequest', statusCode: 500 });
    completed({ tabId: 999, url: 'https://www.yessign.or.kr/x', type: 'xmlhttprequest', statusCode: 500 });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['hometax'] });
    const off = await openTab('https://www.hometax.go.kr/');
    completed({ tabId: off, url: 'https://www.hometax.go.kr/x', type: 'xmlhttprequest', statusCode: 500 });
    await settle();
    for (const tabId of [listed, -1, unlisted, 999, off])
      expect(await readTab(tabId), String(tabId)).toBeUndefined();
    // 500 itself counts.
    completed({ tabId: listed, url: 'https://www.yessign.or.kr/x', type: 'xmlhttprequest', statusCode: 500 });
    await settle();
    expect((await readTab(listed))?.problems.map((p) => p.code)).toEqual(['500']);
  });
});
