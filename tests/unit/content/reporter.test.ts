import { describe, expect, it } from 'vitest';
import { createReporter, MAX_REMEMBERED } from '../../../entrypoints/content/reporter';
import type { CandidateMessage } from '../../../utils/protocol';

describe('reporter', () => {
  it('redacts before sending and sends each distinct text once', async () => {
    const sent: CandidateMessage[] = [];
    const reporter = createReporter(async (m) => void sent.push(m));
    reporter.report('alert', '주민등록번호 900101-1234567 가 일치하지 않습니다');
    reporter.report('inline', '주민등록번호 900101-1234567 가 일치하지 않습니다');
    reporter.report('inline', '   ');
    expect(sent).toEqual([{ type: 'candidate', source: 'alert', text: '주민등록번호 ******-******* 가 일치하지 않습니다' }]);
  });

  it('still sends a new failure after many distinct texts (it forgets the oldest, not the newest)', () => {
    const sent: string[] = [];
    const reporter = createReporter(async (m) => void sent.push(m.text));
    for (let i = 0; i < MAX_REMEMBERED + 100; i++) reporter.report('inline', `안내 ${'가'.repeat(i % 7)} ${String.fromCharCode(0xac00 + i)}`);
    reporter.report('alert', '본인확인에 실패하였습니다.');
    expect(sent.at(-1)).toBe('본인확인에 실패하였습니다.');
    expect(sent).toHaveLength(MAX_REMEMBERED + 101);
  });

  it('survives a background that is not there', () => {
    const reporter = createReporter(() => Promise.reject(new Error('Receiving end does not exist')));
    expect(() => reporter.report('inline', '인증서가 폐지되었습니다')).not.toThrow();
  });
});
