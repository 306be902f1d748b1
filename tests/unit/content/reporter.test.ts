import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createReporter,
  MAX_ATTEMPTS,
  MAX_QUEUED,
  MAX_REMEMBERED,
  SENDS_PER_SECOND,
  type Send,
} from '../../../entrypoints/content/reporter';
import { MAX_CANDIDATE_CHARS, type CandidateMessage } from '../../../utils/protocol';

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

  it('cuts a text to what the background accepts, and sends it trimmed', async () => {
    const { received, send } = background();
    const reporter = createReporter(send, clock);
    reporter.report('inline', `  ${'가'.repeat(MAX_CANDIDATE_CHARS + 500)}`);
    reporter.report('inline', '  본인확인에 실패하였습니다.  ');
    await vi.runAllTimersAsync();
    expect(received.map((m) => m.text.length)).toEqual([MAX_CANDIDATE_CHARS - 2, 14]);
    expect(received[1]!.text).toBe('본인확인에 실패하였습니다.');
  });

  it('sends at most 20 a second: the 21st waits for the next token, a twentieth of a second', async () => {
    const { received, send } = background();
    const reporter = createReporter(send, clock);
    for (let i = 0; i < SENDS_PER_SECOND + 1; i++)
      reporter.report('alert', `저장되었습니다 ${'가'.repeat(i + 1)}`);
    await vi.advanceTimersByTimeAsync(0);
    expect(received).toHaveLength(SENDS_PER_SECOND);
    await vi.advanceTimersByTimeAsync(1000 / SENDS_PER_SECOND - 1);
    expect(received).toHaveLength(SENDS_PER_SECOND);
    await vi.advanceTimersByTimeAsync(1);
    expect(received).toHaveLength(SENDS_PER_SECOND + 1);
  });

  it('after a quiet spell the budget is full again, but never more than one second of it', async () => {
    const { received, send } = background();
    const reporter = createReporter(send, clock);
    await vi.advanceTimersByTimeAsync(60_000);
    for (let i = 0; i < 3 * SENDS_PER_SECOND; i++) reporter.report('alert', `안내 ${'가'.repeat(i + 1)}`);
    await vi.advanceTimersByTimeAsync(0);
    expect(received).toHaveLength(SENDS_PER_SECOND);
  });

  it('a text the background declined is tried again after 250 ms, then 500 ms, then 750 ms…', async () => {
    const times: number[] = [];
    const start = Date.now();
    const reporter = createReporter(async () => {
      times.push(Date.now() - start);
      return false;
    }, clock);
    reporter.report('alert', '본인확인에 실패하였습니다.');
    await vi.runAllTimersAsync();
    expect(times).toEqual([0, 250, 750, 1500, 2500, 3750, 5250, 7000]);
    expect(times).toHaveLength(MAX_ATTEMPTS);
  });

  it('any answer but `false` means taken: the text is not sent again, nor while it is on its way', async () => {
    const answers: unknown[] = [undefined, null, 0, '', true, { ok: true }];
    let calls = 0;
    const reporter = createReporter(async () => answers[calls++], clock);
    for (let i = 0; i < answers.length; i++) {
      const text = `인증서가 폐지되었습니다 ${'가'.repeat(i)}`;
      reporter.report('inline', text);
      reporter.report('inline', text); // on its way: not sent twice
      await vi.runAllTimersAsync();
      reporter.report('inline', text); // taken: not sent again
      await vi.runAllTimersAsync();
    }
    expect(calls).toBe(answers.length);
  });

  it('a text is sent again once it is forgotten after a decline ran out of attempts', async () => {
    let calls = 0;
    const reporter = createReporter(async () => (++calls <= MAX_ATTEMPTS ? false : true), clock);
    reporter.report('alert', '본인확인에 실패하였습니다.');
    await vi.runAllTimersAsync();
    expect(calls).toBe(MAX_ATTEMPTS);
    reporter.report('alert', '본인확인에 실패하였습니다.');
    await vi.runAllTimersAsync();
    expect(calls).toBe(MAX_ATTEMPTS + 1);
  });

  it('the queue holds 500: past that, ordinary text is dropped and a failure-like one takes the oldest ordinary place', async () => {
    const { received, send } = background();
    const reporter = createReporter(send, clock);
    expect(MAX_QUEUED).toBe(500);
    // The first 20 leave at once; the next 500 fill the queue.
    for (let i = 0; i < SENDS_PER_SECOND + MAX_QUEUED; i++) reporter.report('alert', `안내 ${i}번`);
    reporter.report('alert', '안내 dropped');
    reporter.report('alert', '본인확인에 실패하였습니다.');
    await vi.runAllTimersAsync();
    const texts = received.map((m) => m.text);
    expect(texts).not.toContain('안내 dropped');
    expect(texts).not.toContain(`안내 ${SENDS_PER_SECOND}번`); // the oldest waiting ordinary one
    expect(texts).toContain(`안내 ${SENDS_PER_SECOND + 1}번`);
    expect(texts[SENDS_PER_SECOND]).toBe('본인확인에 실패하였습니다.');
    expect(texts).toHaveLength(SENDS_PER_SECOND + MAX_QUEUED);
  });

  it('a queue full of failure-like texts takes no more of them (nothing ordinary to give up)', async () => {
    const { received, send } = background();
    const reporter = createReporter(send, clock);
    for (let i = 0; i < SENDS_PER_SECOND + MAX_QUEUED + 1; i++)
      reporter.report('alert', `본인확인에 실패하였습니다 ${i}번`);
    await vi.runAllTimersAsync();
    expect(received).toHaveLength(SENDS_PER_SECOND + MAX_QUEUED);
    expect(received.at(-1)!.text).toBe(`본인확인에 실패하였습니다 ${SENDS_PER_SECOND + MAX_QUEUED - 1}번`);
  });

  it('once orphaned, declines still queued are not tried again', async () => {
    let fail = false;
    let calls = 0;
    const reporter = createReporter((message) => {
      calls += 1;
      if (fail && message.text.startsWith('두')) throw new Error('Extension context invalidated.');
      return Promise.resolve(false);
    }, clock);
    reporter.report('alert', '첫 번째 오류입니다');
    await vi.advanceTimersByTimeAsync(0);
    fail = true;
    reporter.report('alert', '두 번째 오류입니다');
    const before = calls;
    await vi.runAllTimersAsync();
    expect(calls).toBe(before);
  });
});
