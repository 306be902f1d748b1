import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { candidateLimiter } from '../../../entrypoints/background/candidates';
import { rememberMailSent } from '../../../entrypoints/background/mail-advice';
import { recordDiagnosis } from '../../../entrypoints/background/record';
import { watchTabLifecycle } from '../../../entrypoints/background/tab-lifecycle';
import { readTab } from '../../../entrypoints/background/tab-store';
import { diagnosisFor } from '../../../rules';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { settingsItem } from '../../../utils/storage';
import { fakeExtension, settle } from './fake-extension';

// Problems belong to one site: leaving it or closing the tab clears them; moving within it keeps them.

const TAB = 8;
const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });
const navigate = async (url: string, status = 'loading') => {
  await fakeBrowser.tabs.onUpdated.trigger(
    TAB,
    { status } as Browser.tabs.OnUpdatedInfo,
    { id: TAB, url } as Browser.tabs.Tab,
  );
  await settle();
};

describe('tab lifecycle', () => {
  beforeEach(async () => {
    fakeExtension();
    watchTabLifecycle();
    await recordDiagnosis(TAB, 'https://www.yessign.or.kr/a', diagnosisFor('cert-revoked')!, {
      source: 'alert',
      text: '인증서가 폐지되었습니다',
    });
    await rememberMailSent(TAB, 'https://www.yessign.or.kr/a');
  });

  it('keeps the problems, and shows the badge again, when the tab moves within the site', async () => {
    await fakeBrowser.action.setBadgeText({ tabId: TAB, text: '' }); // Chromium resets it on navigation.
    await navigate('https://ca.yessign.or.kr/b');
    expect((await readTab(TAB))?.problems).toHaveLength(1);
    expect(await badge()).toBe('1');
    expect(await fakeBrowser.alarms.get(`mail-advice:${TAB}`)).toBeDefined();
  });

  it('shows no badge again within the site when the badge is off or the site switched off', async () => {
    for (const settings of [
      { ...DEFAULT_SETTINGS, badgeEnabled: false },
      { ...DEFAULT_SETTINGS, disabledSites: ['yessign'] },
    ]) {
      await settingsItem.setValue(settings);
      await fakeBrowser.action.setBadgeText({ tabId: TAB, text: '' });
      await navigate('https://www.yessign.or.kr/c');
      expect(await badge()).toBe('');
      expect((await readTab(TAB))?.problems).toHaveLength(1);
    }
  });

  it("clears the problems, the badge, the mail wait and the tab's rate budget when the tab leaves the site", async () => {
    for (let i = 0; i < 60; i++) candidateLimiter.allow(TAB);
    expect(candidateLimiter.allow(TAB)).toBe(false);
    await navigate('https://example.com/');
    expect(await readTab(TAB)).toBeUndefined();
    expect(await badge()).toBe('');
    expect(await fakeBrowser.alarms.get(`mail-advice:${TAB}`)).toBeUndefined();
    expect(candidateLimiter.allow(TAB)).toBe(true);
  });

  it('ignores updates that are not a new page loading, and tabs with nothing kept', async () => {
    await navigate('https://example.com/', 'complete');
    expect((await readTab(TAB))?.problems).toHaveLength(1);
    await fakeBrowser.tabs.onUpdated.trigger(
      99,
      { status: 'loading' } as Browser.tabs.OnUpdatedInfo,
      { id: 99, url: 'https://example.com/' } as Browser.tabs.Tab,
    );
    await settle();
    expect(await readTab(99)).toBeUndefined();
  });

  it('forgets everything about a closed tab', async () => {
    for (let i = 0; i < 61; i++) candidateLimiter.allow(TAB);
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(await readTab(TAB)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(`mail-advice:${TAB}`)).toBeUndefined();
    expect(candidateLimiter.allow(TAB)).toBe(true);
  });
});
