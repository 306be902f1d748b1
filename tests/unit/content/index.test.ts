import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../entrypoints/content/context';
import contentScript from '../../../entrypoints/content/index';
import { SITE_MATCHES } from '../../../rules/site-matches';

// The content script's wiring, end to end in one page: a failure on the page, in a shadow root,
// or in a mistyped mail field reaches the background (or the note) through the parts it joins.
describe('content script entry', () => {
  let sent: unknown[];
  let ctx: ContentScriptContext;
  beforeEach(() => {
    sent = [];
    ctx = new ContentScriptContext('content');
    document.body.innerHTML = '';
    vi.stubGlobal('browser', {
      runtime: { sendMessage: async (message: unknown) => void sent.push(message) },
      i18n: { getMessage: (key: string) => key },
    });
    // No IntersectionObserver: the immediate gate decides (happy-dom does no layout).
    vi.stubGlobal('IntersectionObserver', undefined);
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(
      (cb) => setTimeout(() => cb(performance.now()), 0) as unknown as number,
    );
  });
  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  const frames = async (n = 4) => {
    for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 20));
  };

  it('is registered at run time for the listed sites, early, in every frame, with no CSS of its own', () => {
    expect(contentScript).toMatchObject({
      registration: 'runtime',
      matches: SITE_MATCHES,
      runAt: 'document_start',
      allFrames: true,
      matchAboutBlank: true,
      cssInjectionMode: 'manual',
    });
  });

  it('on a loaded page: reports a failure present at start, one added later and one inside a shadow root', async () => {
    document.body.innerHTML = '<p>본인확인에 실패하였습니다.</p>';
    await contentScript.main(ctx as never);
    await frames();
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: '인증서가 폐지되었습니다.' }),
    );
    const host = document.body.appendChild(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>세션이 종료되었습니다.</p>';
    await frames();
    expect(sent).toEqual([
      { type: 'candidate', source: 'inline', text: '본인확인에 실패하였습니다.' },
      { type: 'candidate', source: 'inline', text: '인증서가 폐지되었습니다.' },
      { type: 'candidate', source: 'inline', text: '세션이 종료되었습니다.' },
    ]);
  });

  it('while the page is still loading, starts watching the body once the page has loaded', async () => {
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    await contentScript.main(ctx as never);
    document.body.innerHTML = '<p>본인확인에 실패하였습니다.</p>';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await frames();
    expect(sent).toEqual([]);
    window.dispatchEvent(new Event('load'));
    await frames();
    expect(sent).toEqual([{ type: 'candidate', source: 'inline', text: '본인확인에 실패하였습니다.' }]);
  });

  it('watches mail fields for typos', async () => {
    await contentScript.main(ctx as never);
    const input = document.body.appendChild(document.createElement('input'));
    input.type = 'email';
    input.value = 'hong@naver.con';
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(document.querySelectorAll('reissue-helper-mail-note')).toHaveLength(1);
  });

  it('does nothing more once invalidated', async () => {
    await contentScript.main(ctx as never);
    await frames();
    ctx.abort();
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: '인증서가 폐지되었습니다.' }),
    );
    await frames();
    expect(sent).toEqual([]);
  });
});
