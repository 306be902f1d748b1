import { describe, expect, it } from 'vitest';
import { busyPeriod, formatKst, retryAdvice, toKst } from '../../../rules/timing';
import { browserName, buildReport, osName } from '../../../utils/report';
import type { TabView } from '../../../utils/protocol';

const view: TabView = {
  lang: 'ko',
  site: { id: 'yessign', name: '금융결제원 yessign' },
  problems: [
    {
      problemId: 'server-error',
      category: 'server-error',
      severity: 'error',
      title: '사이트 서버에 일시적인 문제가 있어요',
      steps: ['a', 'b'],
      code: '503',
      seenAt: Date.UTC(2026, 10, 25, 6, 0),
      message: '홍길동 고객님, 시스템 오류가 발생했습니다.\n 잠시 후 다시 시도해 주세요. 문의 010-1234-5678',
    },
  ],
};

describe('diagnostic report', () => {
  it("has site, time in KST, problems with codes and the page's (redacted) message, browser, OS and version; no internal ids", () => {
    const report = buildReport({
      view,
      now: new Date(Date.UTC(2026, 10, 25, 6, 5)),
      browser: 'Chrome 156',
      os: 'Windows 10/11',
      version: '0.1.0',
      lang: 'ko',
    });
    expect(report.split('\n')).toEqual([
      '[재발급 도우미 진단 보고서]',
      '사이트: 금융결제원 yessign',
      '시각: 2026-11-25 (수) 15:05 KST',
      '발견된 문제:',
      '- 사이트 서버에 일시적인 문제가 있어요 (오류코드 503) · 2026-11-25 (수) 15:00 KST',
      '  메시지: “*** 고객님, 시스템 오류가 발생했습니다. 잠시 후 다시 시도해 주세요. 문의 ***-****-****”',
      '브라우저: Chrome 156',
      '운영체제: Windows 10/11',
      '확장 프로그램 버전: 0.1.0',
    ]);
    expect(report).not.toMatch(/server-error|\[[a-z-]+\]/);
  });

  it('names the OS from the user agent, without guessing between Windows 10 and 11', () => {
    expect(
      osName(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      ),
    ).toBe('Windows 10/11');
    expect(osName('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36')).toBe('macOS');
    expect(osName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36')).toBe('Linux');
    expect(osName('Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36')).toBe('Android 14');
    expect(osName('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15')).toBe(
      'iOS 18',
    );
  });

  it('passes every line through redaction', () => {
    const leaky: TabView = { ...view, problems: [{ ...view.problems[0]!, code: '9001011234567' }] };
    expect(
      buildReport({ view: leaky, now: new Date(0), browser: 'x', os: 'Linux', version: '1', lang: 'en' }),
    ).not.toMatch(/\d{7,}/);
  });

  it('names the browser from its user agent', () => {
    expect(
      browserName(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome 156');
    expect(browserName('... Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0')).toBe('Edge 140');
    expect(browserName('... Chrome/138.0.0.0 Whale/4.33.325.17 Safari/537.36')).toBe('Whale 4.33.325.17');
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(
      'Firefox 140',
    );
  });
});

describe('KST and retry advice', () => {
  it('converts to KST across day, month and year ends', () => {
    expect(toKst(new Date(Date.UTC(2026, 11, 31, 15, 30)))).toMatchObject({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
    });
    expect(formatKst(new Date(Date.UTC(2026, 1, 28, 14, 59)), 'en')).toBe('2026-02-28 (Sat) 23:59 KST');
  });

  it('knows the busy and closed periods', () => {
    const kst = (y: number, m: number, d: number, h: number, min: number) =>
      new Date(Date.UTC(y, m - 1, d, h - 9, min));
    expect(busyPeriod(kst(2026, 11, 25, 23, 55))).toBe('business-day-switch');
    expect(busyPeriod(kst(2026, 11, 26, 0, 5))).toBe('business-day-switch');
    expect(busyPeriod(kst(2026, 11, 25, 9, 30))).toBe('morning');
    expect(busyPeriod(kst(2026, 11, 28, 9, 30))).toBeUndefined(); // Saturday morning
    expect(busyPeriod(kst(2026, 11, 28, 12, 30))).toBe('lunch');
    expect(busyPeriod(kst(2026, 11, 30, 15, 0))).toBe('month-end');
    expect(busyPeriod(kst(2026, 11, 25, 15, 0))).toBeUndefined();
    expect(retryAdvice(kst(2026, 11, 25, 15, 0)).ko).toContain('5~10분');
  });
});
