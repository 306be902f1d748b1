import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTextReporter } from '../../../entrypoints/content/detect-text';
import type { Reporter } from '../../../entrypoints/content/reporter';
import { MAX_TEXT_NODES_PER_SCAN } from '../../../entrypoints/content/text-candidates';
import { immediateGate, type VisibilityGate } from '../../../entrypoints/content/visibility-gate';
import type { Source } from '../../../utils/protocol';

// The text reporter alone: what it offers to the gate and the reporter for a subtree, a revealed
// layer or a small urgent change; how a message's shape is looked at once; how a long scan goes on
// later; and what it never reads whole.

function recorder(): Reporter & { seen: Array<[Source, string]> } {
  const seen: Array<[Source, string]> = [];
  return { seen, report: (source, text) => void seen.push([source, text]) };
}
const FAILURE = '본인확인에 실패하였습니다.';
const p = (text: string, parent: Node = document.body): HTMLElement =>
  parent.appendChild(Object.assign(document.createElement('p'), { textContent: text }));

describe('text reporter', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('reports added text as inline, text inside a layer as layer, and a revealed element as layer', () => {
    const reporter = recorder();
    const text = createTextReporter(reporter, immediateGate);
    text.added(p(FAILURE));
    const alert = document.body.appendChild(document.createElement('div'));
    alert.setAttribute('role', 'alert');
    const inLayer = alert.appendChild(document.createTextNode('세션이 만료되었습니다.'));
    text.added(inLayer.parentNode!);
    text.revealed(p('인증서가 폐지되었습니다.'));
    expect(reporter.seen).toEqual([
      ['inline', FAILURE],
      ['layer', '세션이 만료되었습니다.'],
      ['layer', '인증서가 폐지되었습니다.'],
    ]);
  });

  it('reading the whole body (at load, or changes gathered to it), each block says its own source', () => {
    const reporter = recorder();
    const text = createTextReporter(reporter, immediateGate);
    p(FAILURE);
    const dialog = document.body.appendChild(document.createElement('div'));
    dialog.setAttribute('role', 'alertdialog');
    p('세션이 만료되었습니다.', dialog);
    text.added(document.body);
    // A layer already open when the page was read is still a layer, not page text.
    expect(reporter.seen).toEqual([
      ['inline', FAILURE],
      ['layer', '세션이 만료되었습니다.'],
    ]);
  });

  it('a text node offered on its own, even one outside the page, is looked at without error', () => {
    const text = createTextReporter(recorder(), immediateGate);
    expect(() => text.added(document.createTextNode(FAILURE))).not.toThrow();
  });

  it('two blocks of one shape in one scan: the first speaks for both; a hidden one lets its shape go', () => {
    const reporter = recorder();
    const pending: Array<[string, (visible: boolean) => void]> = [];
    const gate: VisibilityGate = {
      offer: (block, decided) => void pending.push([block.textContent ?? '', decided]),
    };
    const text = createTextReporter(reporter, gate);
    const box = document.body.appendChild(document.createElement('div'));
    p('1번 거래: 시스템 오류가 발생하였습니다', box);
    p('2번 거래: 시스템 오류가 발생하였습니다', box);
    text.added(box);
    expect(pending.map(([t]) => t)).toEqual(['1번 거래: 시스템 오류가 발생하였습니다']);
    // While its visibility is being decided, the shape is taken.
    text.added(p('3번 거래: 시스템 오류가 발생하였습니다'));
    expect(pending).toHaveLength(1);
    // It was hidden: the same message shown later is looked at again.
    pending[0]![1](false);
    text.added(p('4번 거래: 시스템 오류가 발생하였습니다'));
    expect(pending.map(([t]) => t)).toEqual([
      '1번 거래: 시스템 오류가 발생하였습니다',
      '4번 거래: 시스템 오류가 발생하였습니다',
    ]);
    pending[1]![1](true);
    expect(reporter.seen).toEqual([['inline', '4번 거래: 시스템 오류가 발생하였습니다']]);
    // Now it was seen: the same shape again is not even offered.
    text.added(p('5번 거래: 시스템 오류가 발생하였습니다'));
    expect(pending).toHaveLength(2);
  });

  it('a small subtree without a failure word is decided by one read, and so is every later one of its shape', () => {
    const text = createTextReporter(recorder(), immediateGate);
    const walk = vi.spyOn(document, 'createTreeWalker');
    text.added(p('거래 1 정상 처리'));
    text.added(p('거래 2 정상 처리'));
    expect(walk).not.toHaveBeenCalled();
  });

  it('the page body and root element (where a flood is gathered) and fragments are walked, never read whole', () => {
    const reporter = recorder();
    const text = createTextReporter(reporter, immediateGate);
    for (let i = 0; i < 50; i++) p(`거래 ${i} 정상 처리`);
    p(FAILURE);
    const reads = vi.fn();
    for (const node of [document.body, document.documentElement]) {
      const own = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
      Object.defineProperty(node, 'textContent', {
        configurable: true,
        get() {
          reads(node);
          return own.get!.call(this);
        },
      });
    }
    try {
      text.added(document.body);
      text.added(document.documentElement);
      expect(reads).not.toHaveBeenCalled();
      expect(reporter.seen).toEqual([['inline', FAILURE]]);
    } finally {
      delete (document.body as { textContent?: unknown }).textContent;
      delete (document.documentElement as { textContent?: unknown }).textContent;
    }
    const fragment = document.createDocumentFragment();
    p('인증서가 폐지되었습니다.', fragment);
    const fragmentReads = vi.spyOn(fragment, 'textContent', 'get');
    text.added(fragment);
    expect(fragmentReads).not.toHaveBeenCalled();
  });

  it("another document's body is an ordinary subtree: decided by one read", () => {
    const frame = document.implementation.createHTMLDocument('');
    frame.body.innerHTML = '<p>거래 1 정상 처리</p>';
    const text = createTextReporter(recorder(), immediateGate);
    const walk = vi.spyOn(frame, 'createTreeWalker');
    const mainWalk = vi.spyOn(document, 'createTreeWalker');
    text.added(frame.body);
    expect(walk).not.toHaveBeenCalled();
    expect(mainWalk).not.toHaveBeenCalled();
  });

  it('urgent: only a small element with a failure word, never the body, the root element, a fragment or a text node', () => {
    const text = createTextReporter(recorder(), immediateGate);
    const small = document.body.appendChild(document.createElement('div'));
    for (let i = 0; i < 63; i++) small.appendChild(document.createElement('span'));
    small.appendChild(document.createElement('b')).textContent = FAILURE;
    expect(text.urgent(small)).toBe(true);
    small.appendChild(document.createElement('span'));
    expect(text.urgent(small)).toBe(false); // 65 elements: a table, not a message
    expect(text.urgent(p('안내 문구입니다.'))).toBe(false);
    expect(text.urgent(document.body)).toBe(false);
    expect(text.urgent(document.documentElement)).toBe(false);
    const fragment = document.createDocumentFragment();
    p(FAILURE, fragment);
    expect(text.urgent(fragment)).toBe(false);
    expect(text.urgent(document.createTextNode(FAILURE))).toBe(false);
    const frame = document.implementation.createHTMLDocument('');
    frame.body.textContent = FAILURE;
    expect(text.urgent(frame.body)).toBe(true);
  });

  it('an urgent look decides visibility at once, whatever the gate', () => {
    const reporter = recorder();
    const never: VisibilityGate = { offer: () => undefined };
    const text = createTextReporter(reporter, never);
    text.added(p(FAILURE), true);
    expect(reporter.seen).toEqual([['inline', FAILURE]]);
    text.added(p('인증서가 폐지되었습니다.'));
    expect(reporter.seen).toHaveLength(1);
  });

  it('a block asked about more than three times in 250 ms is examined again when the time is up, not lost', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const reporter = recorder();
    const text = createTextReporter(reporter, immediateGate);
    const layer = document.body.appendChild(document.createElement('div'));
    const message = p('', layer);
    const messages = [
      '인증서가 폐지되었습니다.',
      '세션이 만료되었습니다.',
      FAILURE,
      '시스템 오류가 발생하였습니다.',
    ];
    for (const m of messages) {
      message.textContent = m;
      text.revealed(layer);
    }
    expect(reporter.seen.map(([, t]) => t)).toEqual(messages.slice(0, 3));
    vi.advanceTimersByTime(249);
    expect(reporter.seen).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(reporter.seen.map(([, t]) => t)).toEqual(messages);
    // A new window: three more looks at once.
    vi.advanceTimersByTime(1_000);
    message.textContent = '인증서 암호가 올바르지 않습니다.';
    text.revealed(layer);
    expect(reporter.seen).toHaveLength(5);
  });

  it('the offered element itself is never held back, however often it is asked about', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const reporter = recorder();
    const text = createTextReporter(reporter, immediateGate);
    const message = p('');
    const messages = [
      '인증서가 폐지되었습니다.',
      '세션이 만료되었습니다.',
      FAILURE,
      '시스템 오류가 발생하였습니다.',
      '인증서 암호가 올바르지 않습니다.',
    ];
    for (const m of messages) {
      message.textContent = m;
      text.revealed(message);
    }
    expect(reporter.seen.map(([, t]) => t)).toEqual(messages);
  });

  it('a block held back and removed meanwhile is not examined', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const reporter = recorder();
    const text = createTextReporter(reporter, immediateGate);
    const layer = document.body.appendChild(document.createElement('div'));
    const message = p('', layer);
    for (const m of [
      '인증서가 폐지되었습니다.',
      '세션이 만료되었습니다.',
      FAILURE,
      '시스템 오류가 발생하였습니다.',
    ]) {
      message.textContent = m;
      text.revealed(layer);
    }
    layer.remove();
    vi.advanceTimersByTime(1_000);
    expect(reporter.seen).toHaveLength(3);
  });

  it('a long subtree is read to its end in later turns, but not on into what was added after the scan began', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const reporter = recorder();
    const text = createTextReporter(reporter, immediateGate);
    const table = document.body.appendChild(document.createElement('div'));
    for (let i = 0; i < MAX_TEXT_NODES_PER_SCAN * 2 - 1; i++) p(`제${i}조 안내`, table);
    p(FAILURE, table);
    text.added(table);
    expect(reporter.seen).toEqual([]);
    // Added after the scan began: the watcher hands these over; the scan does not chase them.
    for (let i = 0; i < MAX_TEXT_NODES_PER_SCAN * 2; i++) p(`제${i}항 안내`, table);
    p('인증서가 폐지되었습니다.', table);
    vi.runAllTimers();
    expect(reporter.seen).toEqual([['inline', FAILURE]]);
  });

  it('a long scan whose resume point was removed starts its subtree over; one whose subtree was removed stops', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const reporter = recorder();
    const text = createTextReporter(reporter, immediateGate);
    const table = document.body.appendChild(document.createElement('div'));
    for (let i = 0; i < MAX_TEXT_NODES_PER_SCAN + 10; i++) p(`제${i}조 안내`, table);
    p(FAILURE, table);
    text.added(table);
    // The rows read so far go away (a page replacing them): the rest is still read.
    for (const row of Array.from(table.children).slice(0, MAX_TEXT_NODES_PER_SCAN)) row.remove();
    vi.runAllTimers();
    expect(reporter.seen).toEqual([['inline', FAILURE]]);

    const gone = document.body.appendChild(document.createElement('div'));
    for (let i = 0; i < MAX_TEXT_NODES_PER_SCAN + 10; i++) p(`제${i}항 안내`, gone);
    p('인증서가 폐지되었습니다.', gone);
    text.added(gone);
    gone.remove();
    vi.runAllTimers();
    expect(reporter.seen).toHaveLength(1);
  });
});
