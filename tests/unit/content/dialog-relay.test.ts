import { afterEach, describe, expect, it } from 'vitest';
import { MAX_HELD, startRelay, takeRelay } from '../../../entrypoints/content/dialog-relay';
import type { Reporter } from '../../../entrypoints/content/reporter';
import type { Source } from '../../../utils/protocol';

function recorder(): Reporter & { seen: Array<[Source, string]> } {
  const seen: Array<[Source, string]> = [];
  return { seen, report: (source, text) => void seen.push([source, text]) };
}

describe('dialog relay: from document_start to the content script', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).__reissueHelperDialogRelay;
  });

  it('is not there until the relay starts', () => {
    expect(takeRelay(recorder())).toBe(false);
  });

  it('keeps what the hook reports before the content script runs, once each and in order, then passes everything on', () => {
    let hook: Reporter | undefined;
    startRelay((reporter) => (hook = reporter));
    hook!.report('alert', '본인확인에 실패하였습니다.');
    hook!.report('confirm', '계속하시겠습니까?');
    hook!.report('alert', '본인확인에 실패하였습니다.');
    const content = recorder();
    expect(takeRelay(content)).toBe(true);
    expect(content.seen).toEqual([
      ['alert', '본인확인에 실패하였습니다.'],
      ['confirm', '계속하시겠습니까?'],
    ]);
    // From now on straight through (the content script's reporter sends each text once).
    hook!.report('alert', '본인확인에 실패하였습니다.');
    hook!.report('popup', '팝업이 차단되었습니다.');
    expect(content.seen.slice(2)).toEqual([
      ['alert', '본인확인에 실패하였습니다.'],
      ['popup', '팝업이 차단되었습니다.'],
    ]);
  });

  it('keeps at most MAX_HELD distinct reports while the page loads', () => {
    let hook: Reporter | undefined;
    startRelay((reporter) => (hook = reporter));
    for (let i = 0; i < MAX_HELD + 50; i++) hook!.report('alert', `알림 ${i}`);
    const content = recorder();
    takeRelay(content);
    expect(content.seen).toHaveLength(MAX_HELD);
    expect(content.seen[0]).toEqual(['alert', '알림 0']);
  });
});
