import { describe, expect, it } from 'vitest';
import type { ProblemView, TabView } from '../../../utils/protocol';
import {
  browserName,
  buildMissingRuleReport,
  buildReport,
  buildWrongHintReport,
  osName,
} from '../../../utils/report';

const NOW = new Date(Date.UTC(2026, 10, 25, 6, 5));
const env = { browser: 'Chrome 156', os: 'Windows 10/11', version: '0.1.0' };
const problem: ProblemView = {
  problemId: 'cert-revoked',
  category: 'cert-revoked',
  severity: 'error',
  title: '인증서가 폐지되었어요',
  steps: ['a'],
  code: '2417',
  message: '  인증서가\n\t폐지되었습니다  ',
  program: { name: 'AnySign4PC' },
};

describe('buildReport: for a help desk', () => {
  it('says the site by its host when it is not a listed one, and "-" when nothing is known', () => {
    const unlisted: TabView = { lang: 'ko', host: 'www.mybank.co.kr', problems: [] };
    expect(buildReport({ view: unlisted, now: NOW, lang: 'ko', ...env }).split('\n')[1]).toBe(
      '사이트: www.mybank.co.kr',
    );
    const nothing = buildReport({ view: undefined, now: NOW, lang: 'ko', ...env }).split('\n');
    expect(nothing[1]).toBe('사이트: -');
    expect(nothing[4]).toBe('- 없음');
  });

  it('lists each problem with its code, the security program it names and its message on one line', () => {
    const lines = buildReport({
      view: {
        lang: 'ko',
        problems: [
          problem,
          {
            ...problem,
            problemId: 'x',
            title: '둘째',
            code: undefined,
            message: undefined,
            program: undefined,
          },
        ],
      },
      now: NOW,
      lang: 'ko',
      ...env,
    }).split('\n');
    expect(lines.slice(4, 8)).toEqual([
      '- 인증서가 폐지되었어요 (오류코드 2417)',
      '  보안 프로그램: AnySign4PC',
      '  메시지: “인증서가 폐지되었습니다”',
      '- 둘째',
    ]);
  });

  it('quotes at most 300 characters of a message', () => {
    const long = buildReport({
      view: { lang: 'ko', problems: [{ ...problem, message: '가'.repeat(400) }] },
      now: NOW,
      lang: 'ko',
      ...env,
    });
    expect(long).toContain(`“${'가'.repeat(300)}”`);
  });
});

describe("buildWrongHintReport: for the project's issue tracker", () => {
  it('has the message, the diagnosis with its rule id and code, the site, the time and the environment, redacted', () => {
    const report = buildWrongHintReport({
      problem: { ...problem, message: '홍길동 고객님, 인증서가 폐지되었습니다' },
      site: '금융결제원 yessign',
      now: NOW,
      lang: 'ko',
      ...env,
    });
    expect(report.split('\n')).toEqual([
      '[재발급 도우미] 안내가 맞지 않아요',
      '메시지: “*** 고객님, 인증서가 폐지되었습니다”',
      '진단: 인증서가 폐지되었어요 (cert-revoked) · 오류코드 2417',
      '사이트: 금융결제원 yessign',
      '시각: 2026-11-25 (수) 15:05 KST',
      '브라우저: Chrome 156',
      '운영체제: Windows 10/11',
      '확장 프로그램 버전: 0.1.0',
    ]);
  });

  it('says "-" for what it does not know', () => {
    const lines = buildWrongHintReport({
      problem: { ...problem, message: undefined, code: undefined },
      site: undefined,
      now: NOW,
      lang: 'en',
      ...env,
    }).split('\n');
    expect(lines[1]).toBe('Message: -');
    expect(lines[2]).toBe('Diagnosis: 인증서가 폐지되었어요 (cert-revoked)');
    expect(lines[3]).toBe('Site: -');
  });
});

describe('buildMissingRuleReport', () => {
  it('has the unrecognised message, redacted again, and where and when it was seen', () => {
    const lines = buildMissingRuleReport({
      text: '오류 9001011234567',
      site: undefined,
      now: NOW,
      lang: 'ko',
      ...env,
    }).split('\n');
    expect(lines.slice(1, 4)).toEqual([
      '메시지: 오류 *************',
      '사이트: -',
      '시각: 2026-11-25 (수) 15:05 KST',
    ]);
  });
});

describe('browser and OS names', () => {
  it('names ChromeOS, older Windows, and says "unknown" for what it does not know', () => {
    expect(osName('Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36')).toBe('ChromeOS');
    expect(osName('Mozilla/5.0 (Windows NT 6.1; Win64; x64)')).toBe('Windows NT 6.1');
    expect(osName('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('Windows 10/11');
    expect(osName('Mozilla/5.0 (PlayStation 5)')).toBe('unknown');
    expect(browserName('Mozilla/5.0 (PlayStation 5) Safari/605')).toBe('unknown');
  });
});
