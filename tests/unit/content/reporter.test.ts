import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createReporter,
  MAX_ATTEMPTS,
  MAX_REMEMBERED,
  SENDS_PER_SECOND,
  type Send,
} from '../../../entrypoints/content/reporter';
import type { CandidateMessage } from '../../../utils/protocol';

/** A background that takes everything, or declines while `busy` says so. */
function background(busy: () => boolean = () => false) {
  const received: CandidateMessage[] = [];
  const send: Send = async (m) => {
    if (busy()) return false;
    received.push(m);
    return true;
  };
  return { received, send };
}

describe('reporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const clock = () => Date.now();

  it('sends each distinct text once, as the page shows it (the background redacts on arrival)', async () => {
    const { received, send } = background();
    const reporter = createReporter(send, clock);
    reporter.report('alert', '주민등록번호 900101-1234567 가 일치하지 않습니다');
    reporter.report('inline', '주민등록번호 900101-1234567 가 일치하지 않습니다');
    reporter.report('inline', '   ');
    await vi.runAllTimersAsync();
    reporter.report('inline', '주민등록번호 900101-1234567 가 일치하지 않습니다');
    await vi.runAllTimersAsync();
    expect(received).toEqual([
      { type: 'candidate', source: 'alert', text: '주민등록번호 900101-1234567 가 일치하지 않습니다' },
    ]);
  });

  it('still sends a new failure after many distinct texts (it forgets the oldest, not the newest)', async () => {
    const { received, send } = background();
    const reporter = createReporter(send, clock);
    for (let i = 0; i < MAX_REMEMBERED + 100; i++) {
      reporter.report('inline', `안내 ${'가'.repeat(i % 7)} ${String.fromCharCode(0xac00 + i)}`);
      if (i % 50 === 0) await vi.advanceTimersByTimeAsync(5_000);
    }
    reporter.report('alert', '본인확인에 실패하였습니다.');
    await vi.runAllTimersAsync();
    expect(received.map((m) => m.text)).toContain('본인확인에 실패하였습니다.');
    expect(received).toHaveLength(MAX_REMEMBERED + 101);
    // The newest are remembered (not sent again); the oldest were forgotten (sent again).
    reporter.report('alert', '본인확인에 실패하였습니다.');
    reporter.report('inline', `안내 ${'가'.repeat(0)} ${String.fromCharCode(0xac00)}`);
    await vi.runAllTimersAsync();
    expect(received.slice(MAX_REMEMBERED + 101).map((m) => m.text)).toEqual([
      `안내  ${String.fromCharCode(0xac00)}`,
    ]);
  });

  it('a failure after a flood of harmless texts goes out first, within one send interval (issue 11)', async () => {
    const { received, send } = background();
    const reporter = createReporter(send, clock);
    // 25 harmless alerts in a second, then a real failure: on main the 21st onwards were dropped for good.
    for (let i = 0; i < 25; i++) reporter.report('alert', `저장되었습니다 (${i}번째 항목)`);
    reporter.report('alert', '본인확인에 실패하였습니다.');
    await vi.advanceTimersByTimeAsync(1000 / SENDS_PER_SECOND + 1);
    expect(received.map((m) => m.text)).toContain('본인확인에 실패하였습니다.');
    await vi.runAllTimersAsync();
    // And the harmless ones are not lost either: they leave at the steady rate.
    expect(received).toHaveLength(26);
  });

  it('sends again what the background declined while busy', async () => {
    let busyUntil = Date.now() + 1_500;
    const { received, send } = background(() => Date.now() < busyUntil);
    const reporter = createReporter(send, clock);
    reporter.report('alert', '본인확인에 실패하였습니다.');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(received).toHaveLength(0);
    await vi.runAllTimersAsync();
    expect(received.map((m) => m.text)).toEqual(['본인확인에 실패하였습니다.']);
    busyUntil = 0;
  });

  it('sends again what did not arrive (a background that is restarting), a bounded number of times', async () => {
    let calls = 0;
    const reporter = createReporter(() => {
      calls += 1;
      return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    }, clock);
    reporter.report('inline', '인증서가 폐지되었습니다');
    expect(calls).toBe(1);
    await vi.runAllTimersAsync();
    expect(calls).toBe(MAX_ATTEMPTS);
  });

  it('an orphaned script (the extension was updated: sending throws at once) never throws into the page and tries nothing again', async () => {
    let calls = 0;
    const reporter = createReporter(() => {
      calls += 1;
      throw new Error('Extension context invalidated.');
    }, clock);
    // The throw happens inside report(), in the page's own task (an alert() hook): it must not escape.
    expect(() => reporter.report('alert', '인증서가 폐지되었습니다')).not.toThrow();
    expect(calls).toBe(1);
    await vi.runAllTimersAsync();
    expect(calls).toBe(1);
  });

  it('a flood of ordinary text never pushes out a failure-like one waiting to be sent', async () => {
    const { received, send } = background();
    const reporter = createReporter(send, clock);
    reporter.report('alert', '본인확인에 실패하였습니다.');
    for (let i = 0; i < 5_000; i++) reporter.report('alert', `안내 ${String.fromCharCode(0xac00 + i)}`);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(received.map((m) => m.text)).toContain('본인확인에 실패하였습니다.');
  });
});
