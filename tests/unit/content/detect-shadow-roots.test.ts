import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShadowRootFinder, scheduleSweeps } from '../../../entrypoints/content/detect-shadow-roots';
import { createTextReporter } from '../../../entrypoints/content/detect-text';
import { createDomWatcher } from '../../../entrypoints/content/dom-watch';
import type { Reporter } from '../../../entrypoints/content/reporter';
import { immediateGate } from '../../../entrypoints/content/visibility-gate';
import type { Source } from '../../../utils/protocol';

function recorder(): Reporter & { seen: Array<[Source, string]> } {
  const seen: Array<[Source, string]> = [];
  return { seen, report: (source, text) => void seen.push([source, text]) };
}

const settle = async (ms = 120) => {
  for (let waited = 0; waited < ms; waited += 20) await new Promise((r) => setTimeout(r, 20));
};

// Closed roots: what chrome.dom.openOrClosedShadowRoot would give the content script.
const closedRoots = new WeakMap<Element, ShadowRoot>();
const attachClosed = (host: Element, html: string): ShadowRoot => {
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = html;
  closedRoots.set(host, root);
  return root;
};

// A custom element defined after it was seen is covered in a real browser (tests/e2e/hook.test.ts):
// happy-dom upgrades it but never lets it match :defined.
describe('shadow roots, found from the isolated world', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
    document.body.innerHTML = '';
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(
      (cb) => setTimeout(() => cb(performance.now()), 0) as unknown as number,
    );
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  /** The content script's wiring (entrypoints/content/index.ts), with closed roots from the map above. */
  const start = (reporter: Reporter) => {
    const text = createTextReporter(reporter, immediateGate);
    let finder: ReturnType<typeof createShadowRootFinder> | undefined;
    const watcher = createDomWatcher(
      {
        added(node) {
          text.added(node);
          finder?.scan(node);
        },
        revealed: text.revealed,
      },
      controller.signal,
    );
    finder = createShadowRootFinder(
      (root) => watcher.watch(root),
      controller.signal,
      (element) => closedRoots.get(element) ?? null,
    );
    watcher.watch(document.body);
    return finder;
  };
  const texts = (reporter: ReturnType<typeof recorder>) => reporter.seen.map(([, text]) => text).sort();

  it('finds text three roots deep (open, closed, open), present at start and added later', async () => {
    const outer = document.createElement('cert-panel');
    const outerRoot = outer.attachShadow({ mode: 'open' });
    outerRoot.innerHTML = '<h2>인증서 선택</h2><cert-form></cert-form>';
    const formRoot = attachClosed(outerRoot.querySelector('cert-form')!, '<cert-message></cert-message>');
    const messageRoot = formRoot.querySelector('cert-message')!.attachShadow({ mode: 'open' });
    messageRoot.innerHTML = '<p>인증서가 만료되었습니다.</p>';
    document.body.append(outer);
    const reporter = recorder();
    start(reporter);
    await settle();
    expect(texts(reporter)).toEqual(['인증서가 만료되었습니다.']);

    // A fourth level, added inside the third after the fact.
    const deeper = document.createElement('cert-detail');
    attachClosed(deeper, '<p>세션이 만료되었습니다.</p>');
    messageRoot.append(deeper);
    await settle();
    expect(texts(reporter)).toEqual(['세션이 만료되었습니다.', '인증서가 만료되었습니다.']);
  });

  it('a root attached later to an element already seen is found by a sweep, not before', async () => {
    document.body.innerHTML = '<div id="widget"></div>';
    const reporter = recorder();
    const finder = start(reporter);
    await settle();
    document.getElementById('widget')!.attachShadow({ mode: 'open' }).innerHTML =
      '<p>시스템 오류가 발생하였습니다.</p>';
    await settle();
    expect(texts(reporter)).toEqual([]);
    finder.sweep();
    await settle();
    expect(texts(reporter)).toEqual(['시스템 오류가 발생하였습니다.']);
  });

  it("sweeps after a trusted click or key press only, not after a page's synthetic one", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const sweep = vi.fn();
      scheduleSweeps({ scan: () => undefined, sweep }, controller.signal);
      document.dispatchEvent(new KeyboardEvent('keydown'));
      vi.advanceTimersByTime(5_000);
      const afterLoad = sweep.mock.calls.length;
      expect(afterLoad).toBe(2);
      const trusted = new KeyboardEvent('keydown');
      Object.defineProperty(trusted, 'isTrusted', { value: true });
      document.dispatchEvent(trusted);
      vi.advanceTimersByTime(4_000);
      expect(sweep.mock.calls.length - afterLoad).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves our own hint and notes alone', async () => {
    const hint = document.createElement('reissue-helper-hint');
    hint.attachShadow({ mode: 'open' }).innerHTML = '<p>인증서 암호가 올바르지 않습니다.</p>';
    document.body.append(hint);
    const reporter = recorder();
    start(reporter).sweep();
    await settle();
    expect(reporter.seen).toEqual([]);
  });
});
