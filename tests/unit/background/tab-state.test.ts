import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../entrypoints/background/badge';
import { createRateLimiter } from '../../../entrypoints/background/rate-limit';
import { addDiagnosis, MAX_PROBLEMS_PER_TAB, newestFirst } from '../../../entrypoints/background/tab-state';
import { classify, diagnosisFor, problems } from '../../../rules';

const seen = (text: string, time = 1) => ({ source: 'inline' as const, text, time });
const diagnose = (text: string) => classify(text)[0]!;

describe('tab state', () => {
  it('counts the same problem once, keeping the first sighting', () => {
    let state = addDiagnosis(undefined, 'yessign', diagnose('본인확인에 실패하였습니다'), seen('a', 1));
    state = addDiagnosis(state, 'yessign', diagnose('본인 확인에 실패했습니다'), seen('b', 2));
    state = addDiagnosis(state, 'yessign', diagnose('인증서가 폐지되었습니다'), seen('c', 3));
    expect(state.problems.map((p) => [p.category, p.text])).toEqual([
      ['identity-verification', 'a'],
      ['cert-revoked', 'c'],
    ]);
    expect(newestFirst(state).map((p) => p.category)).toEqual(['cert-revoked', 'identity-verification']);
  });

  it('starts afresh on another site and keeps a bounded number of problems', () => {
    const first = addDiagnosis(undefined, 'yessign', diagnose('본인확인에 실패하였습니다'), seen('a'));
    const moved = addDiagnosis(first, 'hometax', diagnose('인증서가 폐지되었습니다'), seen('b'));
    expect([moved.site, moved.problems.map((p) => p.category)]).toEqual(['hometax', ['cert-revoked']]);
    let state = first;
    for (let i = 0; i < MAX_PROBLEMS_PER_TAB + 5; i++)
      state = addDiagnosis(
        state,
        'yessign',
        { ...diagnose('오류가 발생하였습니다'), problemId: `p${i}` },
        seen(String(i)),
      );
    // Made-up problem ids take no slot at all.
    expect(state.problems).toHaveLength(1);
    for (const problem of problems)
      state = addDiagnosis(state, 'yessign', diagnosisFor(problem.id)!, seen(problem.id));
    expect(state.problems).toHaveLength(problems.length);
    expect(MAX_PROBLEMS_PER_TAB).toBe(problems.length);
  });

  it('forged problems never push out a genuine one: every problem has its own slot (issue 11)', () => {
    // A page forges twenty different failures over the dialog channel, then a real one appears.
    const genuine = problems.at(-1)!;
    let state: ReturnType<typeof addDiagnosis> | undefined;
    for (const problem of problems.filter((p) => p.id !== genuine.id).slice(0, 25)) {
      state = addDiagnosis(state, 'yessign', diagnosisFor(problem.id)!, {
        source: 'alert',
        text: `forged ${problem.id}`,
        time: 1,
      });
      // The same forged problem again, many times, changes nothing.
      state = addDiagnosis(state, 'yessign', diagnosisFor(problem.id)!, {
        source: 'alert',
        text: 'again',
        time: 2,
      });
    }
    state = addDiagnosis(state, 'yessign', diagnosisFor(genuine.id)!, {
      source: 'inline',
      text: 'genuine',
      time: 3,
    });
    expect(state.problems.at(-1)).toMatchObject({ problemId: genuine.id, text: 'genuine' });
  });

  it('colours the badge by the worst severity: blue for information, amber for a warning, red for an error', () => {
    expect(badgeFor(undefined)).toEqual({ text: '', colour: '#0b57d0' });
    const info = addDiagnosis(undefined, 'kbstar', diagnose('지금은 서비스 이용시간이 아닙니다.'), seen('a'));
    const warning = addDiagnosis(info, 'kbstar', diagnosisFor('popup-blocked')!, seen('b'));
    const error = addDiagnosis(warning, 'kbstar', diagnose('인증서가 폐지되었습니다'), seen('c'));
    expect(badgeFor(info)).toEqual({ text: '1', colour: '#0b57d0' });
    expect(badgeFor(warning)).toEqual({ text: '2', colour: '#b26a00' });
    expect(badgeFor(error)).toEqual({ text: '3', colour: '#c62828' });
    // The worst wins whatever the order it came in.
    const errorFirst = addDiagnosis(
      addDiagnosis(undefined, 'kbstar', diagnosisFor('cert-revoked')!, seen('a')),
      'kbstar',
      diagnosisFor('popup-blocked')!,
      seen('b'),
    );
    expect(badgeFor(errorFirst).colour).toBe('#c62828');
    expect(badgeFor({ site: 'kbstar', problems: [] })).toEqual({ text: '', colour: '#0b57d0' });
  });
});

describe('rate limiter', () => {
  it('allows the limit per window, per key', () => {
    let now = 0;
    const limiter = createRateLimiter(20, 1000, () => now);
    const allowed = Array.from({ length: 1000 }, () => limiter.allow(1)).filter(Boolean).length;
    expect(allowed).toBe(20);
    expect(limiter.allow(2)).toBe(true);
    now = 1000;
    expect(limiter.allow(1)).toBe(true);
  });
});

describe('tab state: what the browser observed', () => {
  it('replaces what the page said about the same problem, keeping when it was first seen; the page cannot replace it back', () => {
    const d = diagnosisFor('server-error')!;
    let state = addDiagnosis(undefined, 'yessign', d, { source: 'inline', text: 'status 503', time: 1 });
    state = addDiagnosis(
      state,
      'yessign',
      { ...d, code: '503' },
      { source: 'http', text: 'HTTP 503 · xmlhttprequest · www.yessign.or.kr', time: 2 },
    );
    expect(state.problems).toEqual([expect.objectContaining({ source: 'http', code: '503', time: 1 })]);
    const again = addDiagnosis(
      state,
      'yessign',
      { ...d, code: '1234' },
      { source: 'alert', text: 'forged', time: 3 },
    );
    expect(again).toBe(state);
  });
});
