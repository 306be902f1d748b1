import { describe, expect, it } from 'vitest';
import {
  classify,
  diagnosisFor,
  fixFor,
  fixes,
  problemFor,
  problems,
  programById,
  programIn,
  siteById,
  siteForUrl,
  sites,
} from '../../../rules';
import { isShowableCode } from '../../../rules/codes';
import { createSiteLookup } from '../../../rules/site-lookup';
import { formatKst, retryAdvice } from '../../../rules/timing';
import type { Site } from '../../../rules/types';

// Small rules from both sides: the site a URL belongs to, which codes may be shown back, which
// program a message names, and the retry advice in both languages.

const kst = (y: number, m: number, d: number, h: number, min = 0) =>
  new Date(Date.UTC(y, m - 1, d, h - 9, min));

describe('site lookup', () => {
  const site = (id: string, matches: string[]) => ({ id, matches }) as unknown as Site;
  const lookup = createSiteLookup([
    site('a', ['https://*.a.kr/*', 'not a pattern']),
    site('b', ['*://b.kr/cert/*']),
    site('c', ['*://*.a.kr/*']),
  ]);

  it('finds the first site whose patterns match, skipping patterns it cannot read', () => {
    expect(lookup.siteFor('https://www.a.kr/x')?.id).toBe('a');
    expect(lookup.siteFor('http://www.a.kr/x')?.id).toBe('c');
    expect(lookup.siteFor('https://b.kr/cert/reissue')?.id).toBe('b');
  });

  it('no site for another path, another host, or a string that is no URL', () => {
    expect(lookup.siteFor('https://b.kr/other')).toBeUndefined();
    expect(lookup.siteFor('https://c.kr/')).toBeUndefined();
    expect(lookup.siteFor('not a url')).toBeUndefined();
    expect(lookup.siteFor('')).toBeUndefined();
  });

  it('the catalogue: a listed site by its URL and by its id', () => {
    const found = siteForUrl('https://www.yessign.or.kr/');
    expect(found).toBeDefined();
    expect(siteById(found!.id)).toBe(found);
    expect(siteForUrl('https://www.example.com/')).toBeUndefined();
    expect(siteById('no-such-site')).toBeUndefined();
  });

  it('every problem, fix and site by its id; nothing for an unknown one', () => {
    for (const problem of problems) {
      expect(problemFor(problem.id)).toBe(problem);
      expect(fixFor(problem.fix)?.id).toBe(problem.fix);
    }
    for (const fix of fixes) expect(fixFor(fix.id)).toBe(fix);
    for (const site of sites) expect(siteById(site.id)).toBe(site);
    expect(problemFor('no-such-problem')).toBeUndefined();
    expect(fixFor('no-such-fix')).toBeUndefined();
  });

  it('classifies on a page of no listed site as on none', () => {
    expect(classify('폐지된 인증서입니다', { url: 'https://www.example.com/' })).toEqual(
      classify('폐지된 인증서입니다'),
    );
    expect(classify('폐지된 인증서입니다', { url: 'not a url' })[0]?.problemId).toBe('cert-revoked');
  });
});

describe('codes that may be shown back', () => {
  it.each(['2417', '-1001', 'E1234', 'ERR_TIMED_OUT', '500', 'AnySign4PC', 'v1.2-3', 'a'.repeat(40)])(
    'shows %s',
    (code) => expect(isShowableCode(code)).toBe(true),
  );

  it.each([
    ['a number', 2417],
    ['empty', ''],
    ['too long', 'a'.repeat(41)],
    ['a space', 'E 1234'],
    ['markup', '<b>1</b>'],
    ['six digits in a row', 'E900101'],
    ['the start of a mobile number', '0101234'],
    ['an area-code number', '02-1234'],
    ['a leading symbol', '_x'],
  ])('refuses %s', (_name, code) => expect(isShowableCode(code)).toBe(false));
});

describe('security programs named in a message', () => {
  it('finds the program a message names, in Hangul or Latin, in any case and spacing', () => {
    expect(programIn('AnySign 4PC 연결에 실패했습니다')?.id).toBe('anysign');
    expect(programIn('터치엔 설치가 필요합니다')?.id).toBe('nxkey');
    expect(programIn('Ｄｅｌｆｉｎｏ 오류')?.id).toBe('delfino');
  });

  it('the first one named wins when a message names two', () => {
    expect(programIn('Veraport 설치 후 nProtect 실행')?.id).toBe('veraport');
    expect(programIn('nProtect 실행 후 Veraport 설치')?.id).toBe('nprotect');
  });

  it('a Latin name only as a whole word: not inside another word', () => {
    expect(programIn('myastx 오류')).toBeUndefined();
    expect(programIn('인증서 암호 오류')).toBeUndefined();
  });

  it('by id', () => {
    expect(programById('veraport')?.name).toBe('Veraport');
    expect(programById('nothing')).toBeUndefined();
  });
});

describe('a diagnosis from an event', () => {
  it('carries the problem, its category, fix and weight, and the code only when given', () => {
    const problem = problems.find((p) => p.id === 'session-expired')!;
    const plain = diagnosisFor('session-expired');
    expect(plain).toEqual({
      problemId: 'session-expired',
      category: problem.category,
      fixId: problem.fix,
      confidence: problem.weight,
    });
    expect(Object.keys(plain!)).not.toContain('code');
    expect(diagnosisFor('session-expired', '500')?.code).toBe('500');
    expect(diagnosisFor('no-such-problem')).toBeUndefined();
  });
});

describe('times and retry advice, in both languages', () => {
  it('every weekday has its name in both languages', () => {
    const days = Array.from({ length: 7 }, (_, i) => kst(2026, 11, 22 + i, 15, 0)); // Sunday 22nd onwards
    expect(days.map((d) => formatKst(d, 'ko').match(/\((.)\)/)![1])).toEqual([
      '일',
      '월',
      '화',
      '수',
      '목',
      '금',
      '토',
    ]);
    expect(days.map((d) => formatKst(d, 'en').match(/\((\w+)\)/)![1])).toEqual([
      'Sun',
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
    ]);
  });

  it.each([
    ['the business-day switch', kst(2026, 11, 25, 23, 55), '00:10', '00:10'],
    ['a weekday morning', kst(2026, 11, 23, 9, 30), '10시', '10'],
    ['lunch', kst(2026, 11, 22, 12, 30), '13시', '13h'],
    ['the month end', kst(2026, 11, 30, 15), '월말', 'Month ends'],
    ['a quiet time', kst(2026, 11, 25, 15), '5~10분', '5–10 minutes'],
  ])('%s: advice that says when to try again', (_name, date, ko, en) => {
    const advice = retryAdvice(date);
    expect(advice.ko).toContain(ko);
    expect(advice.ko).toMatch(/요\.$/);
    expect(advice.en).toContain(en);
  });
});
