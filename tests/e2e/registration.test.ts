import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, eventually, startSession, type Session } from '../harness/session';

// What the background registers at start-up, as the browser reports it.
describeInBrowsers('content-script registration', (browser) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('registers the isolated script and (Chromium) the MAIN-world hook at document_start, in all frames, for the listed sites only', async () => {
    const scripts = await (
      await session.worker()
    ).evaluate(() => chrome.scripting.getRegisteredContentScripts());
    const hook = scripts.find((s) => s.world === 'MAIN');
    const content = scripts.find((s) => s.world !== 'MAIN');
    for (const script of browser === 'firefox' ? [content] : [hook, content]) {
      expect(script).toMatchObject({
        runAt: 'document_start',
        allFrames: true,
        matchOriginAsFallback: true,
        persistAcrossSessions: true,
      });
      expect(script?.matches).toContain('*://*.yessign.or.kr/*');
      expect(script?.matches).not.toContain('*://*/*');
    }
    // Firefox's hook is installed by the isolated script (entrypoints/content/firefox-dialog-hook.ts).
    expect(hook?.js).toEqual(browser === 'firefox' ? undefined : ['content-scripts/dialog-hook.js']);
    expect(content?.js).toEqual(['content-scripts/content.js']);
  });

  it.runIf(browser === 'firefox')(
    'Firefox: a MAIN-world hook left registered by an earlier version is removed at the next sync',
    async () => {
      // From the options page, whose address a script's relative path is resolved against.
      const options = await session.ext.openExtensionPage('options.html');
      const ids = () =>
        options.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort(),
        );
      await options.evaluate(async () => {
        const [content] = await chrome.scripting.getRegisteredContentScripts({
          ids: ['reissue-helper-content'],
        });
        await chrome.scripting.registerContentScripts([
          {
            id: 'reissue-helper-hook',
            js: ['content-scripts/content.js'],
            world: 'MAIN',
            matches: content!.matches,
            runAt: 'document_start',
            persistAcrossSessions: true,
          },
        ]);
      });
      expect(await ids()).toEqual(['reissue-helper-content', 'reissue-helper-hook']);
      // Any change of settings makes the background sync its scripts.
      await options.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'settings', change: { op: 'badge-enabled', value: true } }),
      );
      expect(await eventually(ids, (list) => list.length === 1)).toEqual(['reissue-helper-content']);
      await options.close();
    },
  );

  it("runs in a browser that speaks Korean, as a Korean user's does (the harness's locale setup)", async () => {
    expect(await (await session.worker()).evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^ko/);
  });
});
