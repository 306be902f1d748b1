import { matchesUrl, parseMatchPattern, type MatchPattern } from './match-pattern';
import type { Site } from './types';

export interface SiteLookup {
  siteFor(url: string): Site | undefined;
}

export function createSiteLookup(sites: readonly Site[]): SiteLookup {
  const compiled = sites.map((site) => ({
    site,
    patterns: site.matches.map((m) => parseMatchPattern(m)).filter((p): p is MatchPattern => p !== undefined),
  }));
  return {
    siteFor(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return undefined;
      }
      return compiled.find(({ patterns }) => patterns.some((p) => matchesUrl(p, parsed)))?.site;
    },
  };
}
