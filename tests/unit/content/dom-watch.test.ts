import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDomWatcher, MAX_PENDING, REVEALING_ATTRIBUTES } from '../../../entrypoints/content/dom-watch';

// The DOM watcher alone, with handlers that record what they are handed: what it passes on, when,
// and how it gathers a flood of changes into a few pieces without losing any.

type Call = ['added' | 'revealed', Node, boolean | undefined];

describe('dom watcher', () => {
  let controller: AbortController;
  let calls: Call[];
  let frameCallbacks: FrameRequestCallback[];
  beforeEach(() => {
    controller = new AbortController();
    calls = [];
    frameCallbacks = [];
    document.body.innerHTML = '';
    // Frames run only when the test says so.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frameCallbacks.push(cb));
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  const frame = () => {
    const due = frameCallbacks.splice(0);
    for (const cb of due) cb(performance.now());
  };
  const mutations = () => Promise.resolve(); // a MutationObserver's records arrive in a microtask
  const watcher = (urgent?: (node: Node) => boolean) =>
    createDomWatcher(
      {
        added: (node, isUrgent) => void calls.push(['added', node, isUrgent]),
        revealed: (element, isUrgent) => void calls.push(['revealed', element, isUrgent]),
        ...(urgent ? { urgent } : {}),
      },
      controller.signal,
    );
  const p = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
  const names = () => calls.map(([kind, node]) => `${kind}:${(node as Element).id || node.nodeName}`);

  it('hands over added elements, a changed text through its parent, and revealing attribute changes, in the next frame', async () => {
    document.body.innerHTML = '<div id="box"><p id="msg">처리 중</p></div>';
    const w = watcher();
    w.watch(document.body);
    frame();
    calls.length = 0;
    const added = Object.assign(p('새 줄'), { id: 'new' });
    document.getElementById('box')!.append(added);
    document.getElementById('msg')!.firstChild!.nodeValue = '오류';
    document.getElementById('box')!.setAttribute('class', 'open');
    await mutations();
    expect(calls).toEqual([]); // nothing in the page's own task
    frame();
    expect(names()).toEqual(['added:msg', 'added:new', 'revealed:box']);
    expect(calls.every(([, , urgent]) => urgent === false)).toBe(true);
  });

  it.each(REVEALING_ATTRIBUTES)('a change of "%s" is a possible reveal', async (attribute) => {
    document.body.innerHTML = '<div id="layer"></div>';
    watcher().watch(document.body);
    frame();
    calls.length = 0;
    document.getElementById('layer')!.setAttribute(attribute, 'x');
    await mutations();
    frame();
    expect(names()).toEqual(['revealed:layer']);
  });

  it('other attribute changes (title, data-*) are not looked at', async () => {
    document.body.innerHTML = '<div id="layer"></div>';
    watcher().watch(document.body);
    frame();
    calls.length = 0;
    document.getElementById('layer')!.setAttribute('title', 'x');
    document.getElementById('layer')!.setAttribute('data-state', 'x');
    await mutations();
    frame();
    expect(calls).toEqual([]);
  });

  it('an element removed before its slice is not handed over', async () => {
    watcher().watch(document.body);
    frame();
    const gone = document.body.appendChild(Object.assign(p('곧 사라짐'), { id: 'gone' }));
    document.body.appendChild(Object.assign(p('남음'), { id: 'kept' }));
    await mutations();
    gone.remove();
    frame();
    expect(names()).toEqual(['added:kept']);
  });

  it('what is added inside an element whose text changed is covered by that element, looked at once', async () => {
    document.body.innerHTML = '<div id="outer"><p id="msg">처리 중</p></div>';
    watcher().watch(document.body);
    frame();
    calls.length = 0;
    const msg = document.getElementById('msg')!;
    msg.firstChild!.nodeValue = '오류';
    msg.append(Object.assign(document.createElement('b'), { id: 'inner', textContent: '!' }));
    document.getElementById('outer')!.append(Object.assign(p('x'), { id: 'beside' }));
    await mutations();
    frame();
    expect(names()).toEqual(['added:msg', 'added:beside']);
  });

  it('white space added between elements is no message', async () => {
    watcher().watch(document.body);
    frame();
    document.body.append('\n   ', p('x'));
    await mutations();
    frame();
    expect(names()).toEqual(['added:P']);
  });

  it('in a background tab (no frames there) the slice runs on a timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    watcher().watch(document.body);
    document.body.append(Object.assign(p('x'), { id: 'row' }));
    await mutations();
    expect(frameCallbacks).toEqual([]);
    await vi.advanceTimersByTimeAsync(49);
    expect(names()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(names()).toEqual(['added:row']);
  });

  it('a small change the handlers call urgent is handed over at once, marked urgent', async () => {
    watcher((node) => (node.textContent ?? '').includes('실패')).watch(document.body);
    frame();
    calls.length = 0;
    document.body.append(Object.assign(p('본인확인에 실패하였습니다.'), { id: 'fail' }));
    await mutations();
    expect(calls).toEqual([['added', document.getElementById('fail'), true]]);
    // …and an ordinary one waits for the frame.
    document.body.append(Object.assign(p('안내'), { id: 'plain' }));
    await mutations();
    expect(names()).toEqual(['added:fail']);
    frame();
    expect(names()).toEqual(['added:fail', 'added:plain']);
  });

  it('a text node added on its own is judged urgent through its parent', async () => {
    const box = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'box' }));
    const asked: Node[] = [];
    watcher((node) => {
      asked.push(node);
      return node === box;
    }).watch(document.body);
    frame();
    calls.length = 0;
    box.append('본인확인에 실패하였습니다.');
    await mutations();
    expect(asked).toEqual([box]);
    expect(calls).toEqual([['added', box, true]]);
  });

  it('a revealed element the handlers call urgent is handed over at once', async () => {
    document.body.innerHTML = '<div id="layer" hidden>본인확인에 실패하였습니다.</div>';
    watcher((node) => (node.textContent ?? '').includes('실패')).watch(document.body);
    frame();
    calls.length = 0;
    document.getElementById('layer')!.removeAttribute('hidden');
    await mutations();
    expect(calls).toEqual([['revealed', document.getElementById('layer'), true]]);
  });

  it('a change of more than 16 nodes is never looked at at once, failure word or not', async () => {
    watcher(() => true).watch(document.body);
    frame();
    calls.length = 0;
    const rows = document.createDocumentFragment();
    for (let i = 0; i < 17; i++) rows.append(p(`실패 ${i}`));
    document.body.append(rows);
    await mutations();
    expect(calls).toEqual([]);
    frame();
    expect(calls).toHaveLength(17);
    // Sixteen are small enough.
    calls.length = 0;
    const few = document.createDocumentFragment();
    for (let i = 0; i < 16; i++) few.append(p(`실패 ${i}`));
    document.body.append(few);
    await mutations();
    expect(calls).toHaveLength(16);
    expect(calls.every(([, , urgent]) => urgent === true)).toBe(true);
  });

  it('at most five urgent looks a second: the sixth waits for the frame, and the budget comes back with time', async () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    watcher(() => true).watch(document.body);
    frame();
    calls.length = 0;
    for (let i = 0; i < 6; i++) {
      document.body.append(p(`실패 ${i}`));
      await mutations();
    }
    expect(calls).toHaveLength(5);
    frame();
    expect(calls).toHaveLength(6);
    expect(calls[5]![2]).toBe(false);
    now += 200; // a fifth of a second: one more urgent look
    document.body.append(p('실패 6'));
    await mutations();
    expect(calls).toHaveLength(7);
    expect(calls[6]![2]).toBe(true);
    document.body.append(p('실패 7'));
    await mutations();
    expect(calls).toHaveLength(7);
    frame();
    now += 10_000; // a long quiet spell refills only up to five
    for (let i = 8; i < 15; i++) {
      document.body.append(p(`실패 ${i}`));
      await mutations();
    }
    expect(calls.filter(([, , urgent]) => urgent === true)).toHaveLength(6 + 5);
  });

  it('past the pending limit a burst is gathered to the parents it changed, nothing lost', async () => {
    const lists = [0, 1].map((i) =>
      document.body.appendChild(Object.assign(document.createElement('div'), { id: `list${i}` })),
    );
    watcher().watch(document.body);
    while (frameCallbacks.length) frame();
    calls.length = 0;
    // One record per row: MAX_PENDING of them in list0, then more in list1 (gathered to list1).
    for (let i = 0; i < MAX_PENDING; i++) lists[0]!.append(p(`${i}`));
    for (let i = 0; i < 10; i++) lists[1]!.append(p(`${i}`));
    await mutations();
    while (frameCallbacks.length) frame();
    const handed = calls.map(([, node]) => node);
    expect(handed.filter((n) => n.parentNode === lists[0])).toHaveLength(MAX_PENDING);
    expect(handed.filter((n) => n === lists[1])).toHaveLength(1);
    expect(handed.filter((n) => n.parentNode === lists[1])).toHaveLength(0);
  });

  it('past twice the pending limit, the watched root is looked at as a whole, once, instead of each parent', async () => {
    const boxes = document.createDocumentFragment();
    for (let i = 0; i < 2 * MAX_PENDING + 10; i++) boxes.append(document.createElement('div'));
    document.body.append(boxes);
    watcher().watch(document.body);
    while (frameCallbacks.length) frame();
    calls.length = 0;
    for (const box of Array.from(document.body.children)) box.append(p('x'));
    await mutations();
    while (frameCallbacks.length) frame();
    const handed = calls.map(([, node]) => node);
    expect(handed.filter((n) => n === document.body)).toHaveLength(1);
    // The parents gathered past the first limit are not looked at one by one: the root covers them.
    expect(handed.filter((n) => n.nodeName === 'DIV')).toEqual([]);
  });

  it('a big burst is worked through in slices that yield to the page, losing nothing', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 0.1));
    watcher().watch(document.body);
    frame();
    calls.length = 0;
    const rows = document.createDocumentFragment();
    for (let i = 0; i < 1_000; i++) rows.append(p(`${i}`));
    document.body.append(rows);
    await mutations();
    frame();
    // 6 ms a slice at 0.1 ms a clock read: far fewer than 1,000 rows in the first slice.
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(1_000);
    let slices = 1;
    while (frameCallbacks.length) {
      frame();
      slices += 1;
    }
    expect(calls).toHaveLength(1_000);
    expect(slices).toBeGreaterThan(1);
  });

  it('watches nothing once invalidated, and a root offered after that is not watched', async () => {
    const w = watcher();
    w.watch(document.body);
    frame();
    calls.length = 0;
    controller.abort();
    document.body.append(p('x'));
    const late = document.body.appendChild(document.createElement('section'));
    w.watch(late);
    late.append(p('y'));
    await mutations();
    frame();
    expect(calls).toEqual([]);
    expect(frameCallbacks).toEqual([]);
  });
});
