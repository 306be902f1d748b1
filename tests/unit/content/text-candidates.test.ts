import { beforeEach, describe, expect, it } from 'vitest';
import {
  findCandidateBlocks,
  isVisible,
  MAX_CANDIDATES_PER_SCAN,
  MAX_TEXT_NODES_PER_SCAN,
  scanCandidateBlocks,
  visibleText,
} from '../../../entrypoints/content/text-candidates';

/** What the content script would report now: candidate blocks that are visible. */
const findCandidates = (root: Node): string[] =>
  findCandidateBlocks(root)
    .filter((c) => isVisible(c.block))
    .map((c) => c.text);

describe('findCandidates', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds a visible failure and joins a sentence split over inline elements', () => {
    document.body.innerHTML =
      '<main><h1>인증서 재발급</h1><p class="error"><b>본인확인</b>에 <span>실패</span>하였습니다.</p><p>다음 단계로 이동하세요.</p></main>';
    expect(findCandidates(document.body)).toEqual(['본인확인 에 실패 하였습니다.']);
  });

  it('ignores hidden text, scripts, styles and form values', () => {
    document.body.innerHTML = `
      <div hidden><p>본인확인에 실패하였습니다.</p></div>
      <div style="display:none"><p>인증서가 폐지되었습니다.</p></div>
      <div aria-hidden="true">세션이 종료되었습니다.</div>
      <script>var m = '시스템 오류가 발생하였습니다';</script>
      <style>.x::after { content: '오류가 발생하였습니다'; }</style>
      <textarea>인증서 암호가 올바르지 않습니다</textarea>
      <input value="비밀번호가 일치하지 않습니다">`;
    expect(findCandidates(document.body)).toEqual([]);
  });

  it('reports each block once, and stops at the per-scan cap', () => {
    document.body.innerHTML = Array.from(
      { length: MAX_CANDIDATES_PER_SCAN + 20 },
      (_, i) => `<p>인증서가 폐지되었습니다 ${i}</p>`,
    ).join('');
    expect(findCandidates(document.body)).toHaveLength(MAX_CANDIDATES_PER_SCAN);
    document.body.innerHTML = '<p>인증서가 <b>폐지</b>되었습니다. 다시 <i>오류</i>입니다.</p>';
    expect(findCandidates(document.body)).toHaveLength(1);
  });

  it('reads open shadow roots when given one', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>세션이 종료되었습니다. 다시 로그인해 주세요.</p>';
    expect(findCandidates(shadow)).toEqual(['세션이 종료되었습니다. 다시 로그인해 주세요.']);
  });

  it('visibleText folds whitespace and leaves out hidden descendants', () => {
    document.body.innerHTML =
      '<div id="d">  인증서   <span hidden>비밀</span>\n 암호가 <b>틀렸습니다</b> </div>';
    expect(visibleText(document.getElementById('d')!)).toBe('인증서 암호가 틀렸습니다');
  });

  it("visibleText leaves out a layer's buttons: they are what to press, not what it says", () => {
    document.body.innerHTML =
      '<div id="d">인증서 가져오기 실패 <button>확인</button><span role="button">닫기</span></div>';
    expect(visibleText(document.getElementById('d')!)).toBe('인증서 가져오기 실패');
    expect(findCandidates(document.body)).toEqual(['인증서 가져오기 실패']);
  });

  it('a scan that reaches its bound says where to go on, and going on reaches the end of a long page (issue 11)', () => {
    const terms = Array.from({ length: MAX_TEXT_NODES_PER_SCAN * 3 }, (_, i) => `<p>제${i}조 안내</p>`).join(
      '',
    );
    document.body.innerHTML = `${terms}<p>본인확인에 실패하였습니다.</p>`;
    let scan = scanCandidateBlocks(document.body);
    const found: string[] = scan.candidates.map((c) => c.text);
    let scans = 1;
    while (scan.rest) {
      scan = scanCandidateBlocks(document.body, undefined, scan.rest);
      found.push(...scan.candidates.map((c) => c.text));
      scans += 1;
    }
    expect(found).toEqual(['본인확인에 실패하였습니다.']);
    expect(scans).toBeGreaterThanOrEqual(3);
  });

  it('reads a text node of megabytes no further than a message could go', () => {
    document.body.innerHTML = '<p id="big"></p><p>본인확인에 실패하였습니다.</p>';
    document.getElementById('big')!.textContent = `실패 ${'가'.repeat(5_000_000)}`;
    expect(findCandidates(document.body)).toEqual(['본인확인에 실패하였습니다.']);
    expect(visibleText(document.getElementById('big')!).length).toBeLessThanOrEqual(2_001);
  });
});
