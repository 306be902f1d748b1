import { describe, expect, it } from 'vitest';
import { CATEGORIES, fixes, problems, sites, type Problem } from '../../../rules';
import { parseMatchPattern } from '../../../rules/match-pattern';
import { compact } from '../../../rules/normalise';
import { readCorpus } from '../../../scripts/lib/corpus';

/** Matches of each problem's patterns on `lines` that hold none of its keywords, and how many matches were looked at. */
function straysOf(list: readonly Problem[], lines: readonly string[]): { strays: string[]; matches: number } {
  const strays: string[] = [];
  let matches = 0;
  for (const problem of list) {
    for (const source of [
      ...(problem.reports ?? []),
      ...(problem.topics ?? []).map((t) => (typeof t === 'string' ? t : t[0])),
    ]) {
      const regex = new RegExp(source, 'gu');
      for (const line of lines) {
        regex.lastIndex = 0;
        for (let m = regex.exec(line); m; m = regex.exec(line)) {
          matches++;
          if (!problem.keywords.some((k) => m![0].includes(k)))
            strays.push(`${problem.id}: "${m[0]}" in ${line}`);
          if (m[0].length === 0) regex.lastIndex++;
        }
      }
    }
  }
  return { strays, matches };
}

describe('rule catalogue', () => {
  it('has unique problem, fix and site ids', () => {
    for (const ids of [problems.map((p) => p.id), fixes.map((f) => f.id), sites.map((s) => s.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('gives every problem a known category, an existing fix and a sane weight', () => {
    const fixIds = new Set(fixes.map((f) => f.id));
    for (const problem of problems) {
      expect(CATEGORIES, problem.id).toContain(problem.category);
      expect(fixIds.has(problem.fix), `${problem.id} → ${problem.fix}`).toBe(true);
      expect(problem.weight).toBeGreaterThan(0);
      expect(problem.weight).toBeLessThanOrEqual(1);
      // Event-only problems have neither; every other problem needs both.
      expect(problem.keywords.length > 0, problem.id).toBe(
        (problem.reports?.length ?? 0) + (problem.topics?.length ?? 0) > 0,
      );
    }
  });

  it('compiles every pattern, with keywords in the compact form the patterns see', () => {
    for (const problem of problems) {
      for (const source of [
        ...(problem.reports ?? []),
        ...(problem.topics ?? []).map((t) => (typeof t === 'string' ? t : t[0])),
      ]) {
        expect(() => new RegExp(source, 'u'), `${problem.id}: ${source}`).not.toThrow();
      }
      for (const keyword of problem.keywords) expect(keyword).toBe(keyword.toLowerCase().replace(/\s/g, ''));
    }
  });

  // The matcher reads a problem's patterns only in sentences holding one of its keywords: a match
  // without one would be silently skipped. Checked on every line of the corpus.
  it('lets every pattern match only through one of its keywords, on every corpus line', () => {
    const lines = readCorpus().map((line) => compact(line.message));
    expect(lines.length).toBeGreaterThan(4000);
    const { strays, matches } = straysOf(problems, lines);
    expect(strays).toEqual([]);
    // The check looked at real matches, thousands of them, not at nothing.
    expect(matches).toBeGreaterThan(2000);
    // And it notices a pattern that matches without a keyword: the same problem with one keyword fewer.
    const identity = problems.find((p) => p.id === 'identity-mismatch')!;
    const withoutOne = { ...identity, keywords: identity.keywords.filter((k) => k !== '본인') };
    expect(straysOf([withoutOne], lines).strays.length).toBeGreaterThan(0);
  });

  it('covers every category with at least one problem', () => {
    const covered = new Set(problems.map((p) => p.category));
    expect(CATEGORIES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('writes every fix in Korean and English, with 2–6 steps', () => {
    for (const fix of fixes) {
      expect(fix.title.ko.trim(), fix.id).not.toBe('');
      expect(fix.title.en.trim(), fix.id).not.toBe('');
      expect(fix.steps.length, fix.id).toBeGreaterThanOrEqual(2);
      expect(fix.steps.length, fix.id).toBeLessThanOrEqual(6);
      for (const step of fix.steps) {
        expect(step.ko, fix.id).toMatch(/[가-힣]/);
        expect(step.en, fix.id).toMatch(/[a-z]/i);
      }
    }
  });

  it('uses only valid, narrow match patterns for sites, and sources every phone number', () => {
    for (const site of sites) {
      expect(site.matches.length).toBeGreaterThan(0);
      for (const pattern of site.matches) {
        const parsed = parseMatchPattern(pattern);
        expect(parsed, `${site.id}: ${pattern}`).toBeDefined();
        // Never a pattern that reaches every host.
        expect(parsed?.host, `${site.id}: ${pattern}`).not.toBe('');
      }
      if (site.centre) expect(site.centre.source, site.id).toMatch(/^\[(?:OFFICIAL|SDK|APP|BLOG)\]/);
      expect(['ca', 'bank', 'securities', 'savings', 'public']).toContain(site.kind);
    }
  });

  it('rejects malformed match patterns', () => {
    for (const bad of [
      'yessign.or.kr',
      'http://*foo.com/*',
      'http://www.x.kr',
      '*://*.kr*/*',
      'chrome://x/*',
      'https://exa mple.com/*',
    ]) {
      expect(parseMatchPattern(bad), bad).toBeUndefined();
    }
  });
});
