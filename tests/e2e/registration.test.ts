import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, startSession, type Session } from '../harness/session';

// What the background registers at start-up, as the browser reports it.
describeInBrowsers('content-script registration', (browser) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ browser });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('registers the isolated script and the MAIN-world hook at document_start, in all frames, for the listed sites only', async () => {
    const scripts = await (await session.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
    const hook = scripts.find((s) => s.world === 'MAIN');
    const content = scripts.find((s) => s.world !== 'MAIN');
    for (const script of [hook, content]) {
      expect(script).toMatchObject({ runAt: 'document_start', allFrames: true, matchOriginAsFallback: true, persistAcrossSessions: true });
      expect(script?.matches).toContain('*://*.yessign.or.kr/*');
      expect(script?.matches).not.toContain('*://*/*');
    }
    expect(hook?.js).toEqual(['content-scripts/dialog-hook.js']);
    expect(content?.js).toEqual(['content-scripts/content.js']);
  });

  it('runs in a browser that speaks Korean, as a Korean user\'s does (the harness\'s locale setup)', async () => {
    expect(await (await session.worker()).evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^ko/);
  });
});
