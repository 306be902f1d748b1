import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTextReporter } from '../../../entrypoints/content/detect-text';
import { createDomWatcher, MAX_PENDING } from '../../../entrypoints/content/dom-watch';
import type { Reporter } from '../../../entrypoints/content/reporter';
import { immediateGate } from '../../../entrypoints/content/visibility-gate';
import type { Source } from '../../../utils/protocol';

function recorder(): Reporter & { seen: Array<[Source, string]> } {
  const seen: Array<[Source, string]> = [];
  return { seen, report: (source, text) => void seen.push([source, text]) };
}

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 20));
};

describe('content detectors', () => {
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

  const watchBody = (reporter: Reporter) => {
    const watcher = createDomWatcher(createTextReporter(reporter, immediateGate), controller.signal);
    watcher.watch(document.body);
    return watcher;
  };

  it('inline: reports text present at start, once per block', async () => {
    document.body.innerHTML = '<p>본인확인에 실패하였습니다.</p><p>안내 문구입니다.</p>';
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    expect(reporter.seen).toEqual([['inline', '본인확인에 실패하였습니다.']]);
  });

  it('inline: batches nodes added later and reports them, not the page around them', async () => {
    document.body.innerHTML = '<p>세션이 종료되었습니다.</p>';
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    reporter.seen.length = 0;
    const box = document.createElement('div');
    box.innerHTML = '<span>인증서가</span> <b>폐지</b>되었습니다.';
    document.body.append(box);
    document.body.append(Object.assign(document.createElement('p'), { textContent: '오늘의 공지' }));
    await frames();
    expect(reporter.seen).toEqual([['inline', '인증서가 폐지 되었습니다.']]);
  });

  it('inline: a text change inside an existing element is seen', async () => {
    document.body.innerHTML = '<p id="msg">처리 중입니다.</p>';
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    document.getElementById('msg')!.firstChild!.nodeValue = '시스템 오류가 발생하였습니다.';
    await frames();
    expect(reporter.seen).toEqual([['inline', '시스템 오류가 발생하였습니다.']]);
  });

  it('a small change with a failure word is looked at at once, even when the page never yields a frame (issue 11)', async () => {
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    // From now on no frame and no timer runs: a page that keeps its main thread busy.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: '본인확인에 실패하였습니다.' }),
    );
    await Promise.resolve(); // the mutation observer's microtask only
    expect(reporter.seen).toEqual([['inline', '본인확인에 실패하였습니다.']]);
    // Ordinary text waits for the next slice as before.
    document.body.append(Object.assign(document.createElement('p'), { textContent: '안내 문구입니다.' }));
    await Promise.resolve();
    expect(reporter.seen).toHaveLength(1);
  });

  it('a block asked about every frame (an attribute storm) is still read, a few times a second, and a failure in it found', async () => {
    document.body.innerHTML = `<div id="grid">${Array.from({ length: 40 }, (_, i) => `<span>오류 ${i} </span>`).join('')}</div>`;
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    const cells = Array.from(document.querySelectorAll('#grid span'));
    for (let frame = 0; frame < 20; frame++) {
      cells.forEach((cell, i) => cell.setAttribute('class', (i + frame) % 2 ? 'on' : ''));
      if (frame === 10)
        document
          .getElementById('grid')!
          .replaceChildren(
            Object.assign(document.createElement('p'), { textContent: '본인확인에 실패하였습니다.' }),
            ...cells,
          );
      await frames(1);
    }
    await new Promise((r) => setTimeout(r, 300));
    await frames();
    expect(reporter.seen).toContainEqual(['inline', '본인확인에 실패하였습니다.']);
  });

  it('layers: a hidden layer that becomes visible is reported as a layer', async () => {
    document.body.innerHTML =
      '<div id="layer" style="display:none"><p>폐지된 인증서입니다</p><button>확인</button></div>';
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    expect(reporter.seen).toEqual([]);
    document.getElementById('layer')!.style.display = 'block';
    await frames();
    expect(reporter.seen).toEqual([['layer', '폐지된 인증서입니다']]);
  });

  it('layers: text added inside role=alert, <dialog> or aria-live is reported as a layer', async () => {
    document.body.innerHTML = '<div role="alert" id="a"></div><dialog open id="d"></dialog>';
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    document.getElementById('a')!.textContent = '인증서 암호가 올바르지 않습니다.';
    document
      .getElementById('d')!
      .append(Object.assign(document.createElement('p'), { textContent: '보안프로그램 설치가 필요합니다.' }));
    await frames();
    expect(reporter.seen.sort()).toEqual([
      ['layer', '보안프로그램 설치가 필요합니다.'],
      ['layer', '인증서 암호가 올바르지 않습니다.'],
    ]);
  });

  it('looks at a message shape once: rows that differ only in numbers are one message', async () => {
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    for (let i = 0; i < 300; i++)
      document.body.append(
        Object.assign(document.createElement('p'), {
          textContent: `${i}번 거래: 시스템 오류가 발생하였습니다 (${i})`,
        }),
      );
    await frames(5);
    expect(reporter.seen).toEqual([['inline', '0번 거래: 시스템 오류가 발생하였습니다 (0)']]);
  });

  it('2,000 rows appended at once: the one failure among them is reported; a text node added beside an element is read through its parent', async () => {
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    const table = document.body.appendChild(document.createElement('div'));
    await frames();
    const rows = document.createDocumentFragment();
    for (let i = 0; i < 2_000; i++)
      rows.append(
        Object.assign(document.createElement('p'), {
          textContent: i === 1_234 ? '인증서가 폐지되었습니다.' : `거래 ${i} 정상 처리`,
        }),
      );
    table.append(rows);
    const note = document.body.appendChild(document.createElement('p'));
    note.append(document.createElement('br'), '비밀번호가 일치하지 않습니다.');
    await frames(40);
    expect(reporter.seen).toEqual([
      ['inline', '인증서가 폐지되었습니다.'],
      ['inline', '비밀번호가 일치하지 않습니다.'],
    ]);
  });

  it('a watched root is looked at child by child (each scan ends with its child), white space between them not at all', async () => {
    document.body.innerHTML = '<h1>거래내역</h1>\n<div id="rows"><p>1</p></div>\n<p>끝</p>';
    const seen: Node[] = [];
    createDomWatcher(
      { added: (node) => void seen.push(node), revealed: () => undefined },
      controller.signal,
    ).watch(document.body);
    await frames();
    expect(seen.map((n) => (n as Element).localName)).toEqual(['h1', 'div', 'p']);
  });

  it('loses nothing in a burst past the pending limit: later records are looked at through their parent', async () => {
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    const list = document.body.appendChild(document.createElement('div'));
    await frames();
    expect(MAX_PENDING).toBeGreaterThan(1000);
    for (let i = 0; i < MAX_PENDING + 500; i++)
      list.append(Object.assign(document.createElement('p'), { textContent: `거래 ${i}` }));
    list.append(Object.assign(document.createElement('p'), { textContent: '인증서가 폐지되었습니다.' }));
    await frames(40);
    expect(reporter.seen).toEqual([['inline', '인증서가 폐지되었습니다.']]);
  });

  it('stops watching when the script is invalidated', async () => {
    const reporter = recorder();
    watchBody(reporter);
    await frames();
    controller.abort();
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: '인증서가 폐지되었습니다.' }),
    );
    await frames();
    expect(reporter.seen).toEqual([]);
  });
});
