import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  badgeText,
  describeInBrowsers,
  eventually,
  hintText,
  type Session,
  startSession,
  waitForFunction,
  waitForSelector,
} from '../harness/session';

const Y = 'http://www.yessign.or.kr';

/** The unrecognised failures the background keeps for a tab (storage.session). */
async function tabUnknown(session: Session, tabId: number): Promise<Array<{ text: string; source: string }>> {
  return (await session.worker()).evaluate(async (id) => {
    const key = `tab:${id}`;
    const stored = (await chrome.storage.session.get(key)) as Record<
      string,
      { unknown?: Array<{ text: string; source: string }> } | undefined
    >;
    return stored[key]?.unknown ?? [];
  }, tabId);
}

describeInBrowsers('a failure no rule knows', (browser) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is listed in the popup under 알 수 없는 오류, with no hint and no badge, and copies as a missing-rule report', async () => {
    const { page, tabId } = await session.open(`${Y}/reissue/unknown.html`);
    const [unknown] = await eventually(
      () => tabUnknown(session, tabId),
      (u) => u.length > 0,
    );
    expect(unknown).toMatchObject({ text: '전자서명 생성에 실패하였습니다.', source: 'layer' });
    // No guess reaches the page or the toolbar.
    await new Promise((r) => setTimeout(r, 500));
    expect(await hintText(page)).toBeNull();
    expect(await badgeText(await session.worker(), tabId)).toBe('');

    await session.ext.allowClipboard();
    const popup = await session.ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await waitForSelector(popup, 'section.unknown');
    const section = await popup.$eval('section.unknown', (el) => (el as HTMLElement).innerText);
    expect(section).toContain('알 수 없는 오류');
    expect(section).toContain('전자서명 생성에 실패하였습니다.');
    await popup.bringToFront();
    await popup.click('section.unknown button');
    await waitForFunction(popup, () =>
      document.querySelector('section.unknown .status')?.textContent?.includes('복사했어요'),
    );
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('[재발급 도우미] 알아보지 못한 오류 메시지');
    expect(copied).toContain('메시지: 전자서명 생성에 실패하였습니다.');
    expect(copied).toContain('사이트: 금융결제원 yessign');
    await popup.close();
    await page.close();
  });
});
