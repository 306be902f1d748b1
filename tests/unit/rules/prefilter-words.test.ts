import { describe, expect, it } from 'vitest';
import { createPrefilter } from '../../../entrypoints/content/prefilter';
import { problems } from '../../../rules';
import {
  FAILURE_SIGNALS,
  prefilterSources,
  withoutLongerForms,
  withoutNegativeLookarounds,
  withoutSubsumedAlternatives,
} from '../../../rules/prefilter-words';
import { PREDICATES } from '../../../rules/catalogue/signals';
import { offSiteSources, readCorpus } from '../../../scripts/lib/corpus';
import { readLabelledMessages, VARIANTS_TSV } from '../../fixtures/own';

// The words rules/ gives the build for the content script's prefilter, read as the catalogue gives
// them now. tests/unit/content/prefilter.test.ts checks the prefilter compiled into the content
// script; the build computes its sources once, so only this file sees a change to the words.

describe('prefilter words (rules/prefilter-words.ts)', () => {
  const prefilter = () => createPrefilter(prefilterSources(problems));

  it("let through every failure of a known kind the corpus holds from the product's sites, and every own variant", () => {
    const offSite = offSiteSources();
    const failures = readCorpus().filter(
      (l) =>
        !offSite.has(l.source) &&
        !l.labels.includes('none') &&
        !l.labels.every((label) => label === 'other') &&
        l.message.length <= 600,
    );
    expect(failures.length).toBeGreaterThan(900);
    const { mayReportFailure, hasFailureSignal } = prefilter();
    expect(failures.filter((l) => !mayReportFailure(l.message)).map((l) => l.message)).toEqual([]);
    expect(failures.filter((l) => !hasFailureSignal(l.message)).map((l) => l.message)).toEqual([]);
    const variants = readLabelledMessages(VARIANTS_TSV).filter((m) => !m.categories.includes('none'));
    expect(variants.filter((m) => !mayReportFailure(m.message)).map((m) => m.message)).toEqual([]);
  });

  it('drop menus, headings and instructions with no failure word', () => {
    const { mayReportFailure } = prefilter();
    for (const text of [
      '인증센터',
      '공동인증서 재발급',
      '아래 절차에 따라 진행하세요',
      'Copyright © KFTC',
      '다음 단계로',
    ])
      expect(mayReportFailure(text), text).toBe(false);
  });

  it('are listed once each', () => {
    expect(FAILURE_SIGNALS.filter((word, i) => FAILURE_SIGNALS.indexOf(word) !== i)).toEqual([]);
  });

  it('are literal words in the compact form the prefilter reads: lower case, no spaces, no digits', () => {
    for (const word of FAILURE_SIGNALS) {
      expect(word, word).toBe(word.toLowerCase());
      expect(word, word).not.toMatch(/\s|\d|#/);
      expect(word.length, word).toBeGreaterThan(0);
    }
  });

  it('give every problem keyword and the strong failure words as regex sources', () => {
    const sources = prefilterSources(problems);
    // Looked for anywhere in a text: each keyword is found, itself or a shorter keyword inside it.
    const keywords = new RegExp(sources.keywords);
    for (const keyword of problems.flatMap((p) => p.keywords))
      expect(keywords.test(keyword), keyword).toBe(true);
    const signals = new RegExp(sources.signals);
    for (const signal of FAILURE_SIGNALS) expect(signals.test(signal), signal).toBe(true);
    // Escaped: a keyword with a regex character ("서버(local)", ".key") matches only itself.
    const escaped = new RegExp(
      `^(?:${prefilterSources([{ ...problems[0]!, keywords: ['서버(local)'] }]).keywords})$`,
    );
    expect(escaped.test('서버(local)')).toBe(true);
    expect(escaped.test('서버local')).toBe(false);
    expect(new RegExp(sources.failures, 'u').test('인증서발급에실패했습니다')).toBe(true);
  });

  it('give the strong failure words without their negative look-arounds, so they find every text they found before', () => {
    expect(
      withoutNegativeLookarounds('오류(?!횟수|(?:가|이)복구)|(?<!발생하는)에러[(](?!x)|[(?!]불가'),
    ).toEqual('오류|에러[(]|[(?!]불가');
    const full = new RegExp(PREDICATES.strong, 'u');
    const broad = new RegExp(prefilterSources(problems).failures, 'u');
    expect(prefilterSources(problems).failures.length).toBeLessThan(PREDICATES.strong.length);
    const texts = readCorpus().map((l) => l.message.toLowerCase().replace(/\s+/g, ''));
    const found = texts.filter((t) => full.test(t));
    expect(found.length).toBeGreaterThan(500);
    expect(found.filter((t) => !broad.test(t))).toEqual([]);
  });

  it('leave out an alternative that cannot match without a plain word of the same alternation', () => {
    expect(
      withoutSubsumedAlternatives(
        '(?:변조|위변조|위[·ㆍ]변조(?:가|이)?탐지|fail|failedto|(?:오류|에러)|만료$)',
      ),
    ).toEqual('(?:변조|fail|오류|에러|만료$)');
    // Not one group of alternatives: as it is.
    expect(withoutSubsumedAlternatives('(?:변조)|위변조')).toEqual('(?:변조)|위변조');
    expect(withoutSubsumedAlternatives('변조|위변조')).toEqual('변조|위변조');
    // A group of plain words counts as its words: "(?:오류|에러)횟수…" cannot match without one.
    expect(
      withoutSubsumedAlternatives('(?:(?:오류|에러)|(?:오류|에러)횟수[1-9]회|(?:만료|정지)됨$)'),
    ).toEqual('(?:오류|에러|(?:만료|정지)됨$)');
    // Nothing the strong failure words find is lost: every corpus text found before is found still.
    const before = new RegExp(withoutNegativeLookarounds(PREDICATES.strong), 'u');
    const after = new RegExp(prefilterSources(problems).failures, 'u');
    const texts = readCorpus().map((l) => l.message.toLowerCase().replace(/\s+/g, ''));
    expect(texts.filter((t) => before.test(t) && !after.test(t))).toEqual([]);
  });

  it('leave out a word that holds a shorter one, which finds every text the longer one would', () => {
    expect(withoutLongerForms(['보안토큰', '토큰', '토큰', '인증서', '공동인증서', '서버'])).toEqual([
      '토큰',
      '서버',
      '인증서',
    ]);
    const words = problems.flatMap((p) => p.keywords);
    const kept = withoutLongerForms(words);
    expect(kept.length).toBeLessThan(new Set(words).size);
    for (const word of words)
      expect(
        kept.some((k) => word.includes(k)),
        word,
      ).toBe(true);
  });
});
