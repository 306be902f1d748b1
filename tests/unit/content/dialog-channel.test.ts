import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchDialogs } from '../../../entrypoints/content/detect-dialogs';
import type { Reporter } from '../../../entrypoints/content/reporter';
import {
  decodeDialogReport,
  encodeDialogReport,
  HELLO_EVENT,
  MAX_DIALOG_TEXT,
  opensWithoutReference,
  READY_EVENT,
  REPORT_EVENT,
} from '../../../utils/dialog-channel';
import type { Source } from '../../../utils/protocol';

describe('dialog channel: the report format', () => {
  it('round-trips a report, line breaks in the text included', () => {
    expect(decodeDialogReport(encodeDialogReport('confirm', '계속하시겠습니까?\n확인을 누르세요'))).toEqual({
      kind: 'confirm',
      text: '계속하시겠습니까?\n확인을 누르세요',
    });
    expect(decodeDialogReport(encodeDialogReport('popup', ''))).toEqual({ kind: 'popup', text: '' });
  });

  it.each([
    ['an object instead of a string', { kind: 'alert', text: 'x' }],
    ['no separator', 'alert'],
    ['an unknown kind', 'eval\nx'],
    ['an empty kind', '\nx'],
    ['an oversized text', `alert\n${'a'.repeat(MAX_DIALOG_TEXT + 1)}`],
    ['an oversized detail', 'a'.repeat(100_000)],
    ['null', null],
    ['a number', 42],
  ])('rejects %s', (_name, detail) => {
    expect(decodeDialogReport(detail)).toBeUndefined();
  });

  it('knows which window.open calls return null on purpose', () => {
    expect(opensWithoutReference('noopener')).toBe(true);
    expect(opensWithoutReference('width=420, NoReferrer')).toBe(true);
    expect(opensWithoutReference('width=420,height=500')).toBe(false);
    expect(opensWithoutReference('')).toBe(false);
  });
});

function recorder(): Reporter & { seen: Array<[Source, string]> } {
  const seen: Array<[Source, string]> = [];
  return { seen, report: (source, text) => void seen.push([source, text]) };
}

/**
 * The hook's side of the hand-over, as dialog-hook.content.ts does it: offer a private target in a
 * cancelable MessageEvent, and offer again when the isolated script asks.
 */
function fakeHook() {
  const port = new EventTarget() as MessagePort;
  let connected = false;
  const offer = () => {
    if (!connected)
      connected = !document.dispatchEvent(new MessageEvent(HELLO_EVENT, { cancelable: true, ports: [port] }));
    if (connected) document.removeEventListener(READY_EVENT, offer);
  };
  document.addEventListener(READY_EVENT, offer);
  offer();
  return {
    get connected() {
      return connected;
    },
    send: (detail: unknown) => port.dispatchEvent(new CustomEvent(REPORT_EVENT, { detail })),
  };
}

describe('dialog channel: the isolated side of the hand-over', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it.each([
    ['the hook runs first', true],
    ['the isolated script runs first', false],
  ])('connects when %s, and takes valid reports only', (_name, hookFirst) => {
    const reporter = recorder();
    let hook: ReturnType<typeof fakeHook>;
    if (hookFirst) {
      hook = fakeHook();
      expect(hook.connected).toBe(false);
      watchDialogs(reporter, controller.signal);
    } else {
      watchDialogs(reporter, controller.signal);
      hook = fakeHook();
    }
    expect(hook.connected).toBe(true);
    hook.send(encodeDialogReport('alert', '본인확인에 실패하였습니다.'));
    hook.send(encodeDialogReport('confirm', '   '));
    hook.send(encodeDialogReport('popup', 'width=420,height=500'));
    hook.send(encodeDialogReport('popup', 'noopener'));
    hook.send({ kind: 'alert', text: 'an object, not the channel format' });
    hook.send('eval\nx');
    expect(reporter.seen).toEqual([
      ['alert', '본인확인에 실패하였습니다.'],
      ['popup', '팝업이 차단되었습니다.'],
    ]);
  });

  it('takes the first port only: a page offering its own later is ignored', () => {
    const reporter = recorder();
    watchDialogs(reporter, controller.signal);
    const hook = fakeHook();
    const forged = new EventTarget();
    const taken = !document.dispatchEvent(
      new MessageEvent(HELLO_EVENT, { cancelable: true, ports: [forged as MessagePort] }),
    );
    forged.dispatchEvent(
      new CustomEvent(REPORT_EVENT, { detail: encodeDialogReport('alert', '본인확인에 실패하였습니다.') }),
    );
    expect(taken).toBe(false);
    expect(reporter.seen).toEqual([]);
    expect(hook.connected).toBe(true);
  });

  it('listens on nothing a page can reach once connected: reports on the document are ignored', () => {
    const reporter = recorder();
    watchDialogs(reporter, controller.signal);
    fakeHook();
    document.dispatchEvent(
      new CustomEvent(REPORT_EVENT, { detail: encodeDialogReport('alert', '본인확인에 실패하였습니다.') }),
    );
    document.dispatchEvent(
      new CustomEvent('reissue-helper:dialog', {
        detail: JSON.stringify({ kind: 'alert', text: '본인확인에 실패하였습니다.' }),
      }),
    );
    expect(reporter.seen).toEqual([]);
  });
});

describe('dialog channel: what each report becomes', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('a blocked pop-up is reported as the phrase the matcher knows; one opened without a reference on purpose is not', () => {
    const reporter = recorder();
    watchDialogs(reporter, controller.signal);
    const hook = fakeHook();
    hook.send(encodeDialogReport('popup', 'noopener,noreferrer'));
    expect(reporter.seen).toEqual([]);
    hook.send(encodeDialogReport('popup', ''));
    expect(reporter.seen).toEqual([['popup', '팝업이 차단되었습니다.']]);
  });

  it('prompt and confirm texts are reported as what they are', () => {
    const reporter = recorder();
    watchDialogs(reporter, controller.signal);
    const hook = fakeHook();
    hook.send(encodeDialogReport('prompt', '인증서 암호를 입력하세요'));
    hook.send(encodeDialogReport('confirm', '세션이 만료되었습니다. 다시 로그인할까요?'));
    expect(reporter.seen).toEqual([
      ['prompt', '인증서 암호를 입력하세요'],
      ['confirm', '세션이 만료되었습니다. 다시 로그인할까요?'],
    ]);
  });

  it("a hello without a port (a page's plain event) does not use up the one hand-over", () => {
    const reporter = recorder();
    watchDialogs(reporter, controller.signal);
    const plain = new Event(HELLO_EVENT, { cancelable: true });
    expect(document.dispatchEvent(plain)).toBe(true); // not taken
    const hook = fakeHook();
    expect(hook.connected).toBe(true);
    hook.send(encodeDialogReport('alert', '본인확인에 실패하였습니다.'));
    expect(reporter.seen).toEqual([['alert', '본인확인에 실패하였습니다.']]);
  });

  it('once the script is invalidated, neither a hand-over nor reports are taken', () => {
    const reporter = recorder();
    watchDialogs(reporter, controller.signal);
    const hook = fakeHook();
    controller.abort();
    hook.send(encodeDialogReport('alert', '본인확인에 실패하였습니다.'));
    expect(reporter.seen).toEqual([]);
    const late = new AbortController();
    watchDialogs(reporter, late.signal);
    late.abort();
    const second = fakeHook();
    expect(second.connected).toBe(false);
  });
});

describe('dialog reports in Firefox: from the hook this script installs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    delete (globalThis as { exportFunction?: unknown }).exportFunction;
    delete (window as { wrappedJSObject?: unknown }).wrappedJSObject;
  });

  it('reports what the page shows through its own alert, and a blocked pop-up as the known phrase', () => {
    vi.stubEnv('FIREFOX', true as never);
    const page: Record<string, unknown> = { alert: () => undefined, open: () => null };
    (window as { wrappedJSObject?: unknown }).wrappedJSObject = page;
    (globalThis as { exportFunction?: unknown }).exportFunction = (fn: unknown) => fn;
    const reporter = recorder();
    const controller = new AbortController();
    watchDialogs(reporter, controller.signal);
    (page.alert as (text: string) => void)('본인확인에 실패하였습니다.');
    (page.open as (url: string, target: string, features: string) => void)('/x', '_blank', 'width=400');
    expect(reporter.seen).toEqual([
      ['alert', '본인확인에 실패하였습니다.'],
      ['popup', '팝업이 차단되었습니다.'],
    ]);
    controller.abort();
  });
});
