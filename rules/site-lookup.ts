import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Site } from './types';

export interface SiteLookup {
  siteFor(url: string): Site | undefined;
}

export function createSiteLookup(sites: readonly Site[]): SiteLookup {
  const compiled = sites.map((site) => ({ site, patterns: site.matches.map((m) => new MatchPattern(m)) }));
  return {
    siteFor(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return undefined;
      }
      return compiled.find(({ patterns }) => patterns.some((p) => p.includes(parsed)))?.site;
    },
  };
}
