import { describe, expect, it } from 'vitest';
import { hasFailureSignal, mayReportFailure } from '../../../entrypoints/content/prefilter';
import { SHAPE_DECIDES_SIGNAL } from '../../../entrypoints/content/detect-text';
import { MAX_MESSAGE_CHARS } from '../../../entrypoints/content/prefilter';
import { examine } from '../../../rules';
import { offSiteSources, readCorpus } from '../../../scripts/lib/corpus';
import { readLabelledMessages, VARIANTS_TSV } from '../../fixtures/own';

describe('content prefilter (derived from the catalogue at build time)', () => {
  // Every real failure of the corpus (and the unrecognised ones), as long as a dialog message can be.
  // Read inside the tests (once), not while the file loads: mutation testing counts what a test reaches.
  let corpusOnce: Array<{ message: string; where: string }> | undefined;
  const corpus = () => {
    const offSite = offSiteSources();
    return (corpusOnce ??= readCorpus()
      // Texts from places the content script never reads (rules/corpus/OFF-SITE: phone apps, payment windows) need not pass.
      .filter((l) => !offSite.has(l.source))
      // A failure of no known kind ("other") must reach the background only if it would say something of
      // it (a diagnosis, or "unrecognised"): terse code-table entries such as "미처리" need not.
      .filter((l) => !l.labels.includes('none') && l.message.length <= MAX_MESSAGE_CHARS)
      .filter(
        (l) =>
          !l.labels.every((label) => label === 'other') ||
          examine(l.message).diagnoses.length > 0 ||
          examine(l.message).unrecognised,
      )
      .map((l) => ({ message: l.message, where: `${l.source}:${l.line}` })));
  };
  const variants = readLabelledMessages(VARIANTS_TSV).filter((m) => !m.categories.includes('none'));

  it('passes every failure of the corpus and every own variant', () => {
    expect(corpus().length).toBeGreaterThan(900);
    expect(
      corpus()
        .filter((m) => !mayReportFailure(m.message))
        .map((m) => `${m.where} ${m.message}`),
    ).toEqual([]);
    expect(variants.filter((m) => !mayReportFailure(m.message)).map((m) => m.message)).toEqual([]);
  });

  it('finds a failure word in every such text read as a single node', () => {
    expect(
      corpus()
        .filter((m) => !hasFailureSignal(m.message))
        .map((m) => `${m.where} ${m.message}`),
    ).toEqual([]);
  });

  it('drops ordinary page text', () => {
    const ordinary = [
      '로그인',
      '회원가입',
      '공지사항',
      '인증서 재발급',
      '고객센터 1588-9999',
      '개인정보처리방침',
      'Copyright © KFTC. All rights reserved.',
      '이용약관',
      '금융인증서 발급',
      '홈 > 인증센터 > 재발급',
      '다음',
      '이전 단계',
      '인증서 갱신 안내',
      '본인 명의 휴대폰으로 인증해 주세요.',
      '2026년 11월 25일',
      '영업점 찾기',
      '사이트맵',
      '인증서 복사하기',
    ];
    expect(ordinary.filter((text) => mayReportFailure(text))).toEqual([]);
  });

  it('drops texts too short or too long to be a dialog message', () => {
    expect(mayReportFailure('오')).toBe(false);
    expect(mayReportFailure(`본인확인에 실패하였습니다 ${'안내 문구 '.repeat(200)}`)).toBe(false);
  });

  it('finds the failure word in single text nodes, in any case', () => {
    expect(hasFailureSignal('실패하였습니다')).toBe(true);
    expect(hasFailureSignal('ERROR')).toBe(true);
    expect(hasFailureSignal('Connection TimedOut')).toBe(true);
    expect(hasFailureSignal('인증서 재발급 안내')).toBe(false);
  });

  it('no failure word holds a digit or "#", so a row\'s shape (digits as "#") decides whether it has one (detect-text.ts remembers silent shapes)', () => {
    expect(SHAPE_DECIDES_SIGNAL).toBe(true);
    expect(hasFailureSignal('거래 12 정상')).toBe(hasFailureSignal('거래 # 정상'));
  });

  it('a failure word split by spacing is found in a text of up to 600 characters; past that the text is not copied to look', () => {
    const spaced = '실 패';
    expect(hasFailureSignal(`${'가'.repeat(MAX_MESSAGE_CHARS - spaced.length)}${spaced}`)).toBe(true);
    expect(hasFailureSignal(`${'가'.repeat(MAX_MESSAGE_CHARS + 1 - spaced.length)}${spaced}`)).toBe(false);
    // Unsplit, in any case, it is found in a long text too.
    expect(hasFailureSignal(`${'가'.repeat(5_000)} ERROR`)).toBe(true);
    expect(hasFailureSignal(`${'가'.repeat(5_000)} 실패`)).toBe(true);
    expect(hasFailureSignal('가'.repeat(5_000))).toBe(false);
  });

  it('a single character is no message, even a failure word', () => {
    expect(hasFailureSignal('틀')).toBe(true);
    expect(mayReportFailure('틀')).toBe(false);
  });

  it('up to 600 characters a text may report a failure; at 601 it is body copy', () => {
    const failure = '인증서 암호가 올바르지 않습니다';
    expect(mayReportFailure(failure.padEnd(MAX_MESSAGE_CHARS, '가'))).toBe(true);
    expect(mayReportFailure(failure.padEnd(MAX_MESSAGE_CHARS + 1, '가'))).toBe(false);
  });

  it('a failure-ish word alone (no failure phrase, no topic) passes in a text of up to 160 characters only', () => {
    expect(mayReportFailure('확인이 필요')).toBe(true);
    expect(mayReportFailure('확인이 필요'.padEnd(160, '가'))).toBe(true);
    expect(mayReportFailure('확인이 필요'.padEnd(161, '가'))).toBe(false);
    // With a failure phrase, length up to 600 does not matter.
    expect(mayReportFailure('본인확인에 실패하였습니다'.padEnd(400, '가'))).toBe(true);
  });
});
