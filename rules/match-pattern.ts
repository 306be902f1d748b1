// WebExtension match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns),
// implemented here because the service worker has no `Location` for the usual library to test against.

export interface MatchPattern {
  scheme: string;
  /** '' for any host, else a lower-case host; `subdomains` when written as `*.host`. */
  host: string;
  subdomains: boolean;
  path: RegExp;
}

const SHAPE = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*:]+|[^/*:]+)?(\/.*)$/;
const HOST_LABELS =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function parseMatchPattern(pattern: string): MatchPattern | undefined {
  if (pattern === '<all_urls>') return { scheme: '*', host: '', subdomains: true, path: /^/ };
  const match = SHAPE.exec(pattern);
  if (!match) return undefined;
  const [, scheme = '', rawHost = '', rawPath = '/'] = match;
  if (scheme !== 'file' && !rawHost) return undefined;
  const subdomains = rawHost.startsWith('*.');
  const host = rawHost === '*' ? '' : (subdomains ? rawHost.slice(2) : rawHost).toLowerCase();
  if (host && !HOST_LABELS.test(host)) return undefined;
  const path = new RegExp(
    `^${rawPath
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return { scheme, host, subdomains: subdomains || rawHost === '*', path };
}

export function matchesUrl(pattern: MatchPattern, url: URL): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (pattern.scheme === '*' ? !['http', 'https', 'ws', 'wss'].includes(scheme) : pattern.scheme !== scheme)
    return false;
  const host = url.hostname.toLowerCase();
  if (pattern.host && host !== pattern.host && !(pattern.subdomains && host.endsWith(`.${pattern.host}`)))
    return false;
  return pattern.path.test(url.pathname + url.search);
}
