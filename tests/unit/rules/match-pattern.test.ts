import { describe, expect, it } from 'vitest';
import { matchesUrl, parseMatchPattern } from '../../../rules/match-pattern';

// WebExtension match patterns, as the browser applies them to the manifest's and the scripts'
// patterns: what the extension may reach, and where its scripts run.

const matches = (pattern: string, url: string): boolean => {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) throw new Error(`not a pattern: ${pattern}`);
  return matchesUrl(parsed, new URL(url));
};

describe('parseMatchPattern', () => {
  it('reads scheme, host (with or without subdomains) and path', () => {
    expect(parseMatchPattern('https://www.yessign.or.kr/cert/*')).toMatchObject({
      scheme: 'https',
      host: 'www.yessign.or.kr',
      subdomains: false,
    });
    expect(parseMatchPattern('*://*.Yessign.OR.kr/*')).toMatchObject({
      scheme: '*',
      host: 'yessign.or.kr',
      subdomains: true,
    });
    expect(parseMatchPattern('*://*/*')).toMatchObject({ scheme: '*', host: '', subdomains: true });
    expect(parseMatchPattern('<all_urls>')).toMatchObject({ scheme: '*', host: '', subdomains: true });
    expect(parseMatchPattern('file:///home/*')).toMatchObject({
      scheme: 'file',
      host: '',
      subdomains: false,
    });
  });

  it.each([
    '',
    'yessign.or.kr',
    'https://',
    'https:///x',
    'http://www.x.kr',
    'gopher://x.kr/*',
    'https://x.kr:8080/*',
    'https://*x.kr/*',
    'https://x.*.kr/*',
    'https://-x.kr/*',
    'https://x_y.kr/*',
    `https://${'a'.repeat(64)}.kr/*`,
    ' https://x.kr/*',
  ])('refuses %j', (pattern) => expect(parseMatchPattern(pattern)).toBeUndefined());

  it('takes every scheme the browser does', () => {
    for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp', 'file'])
      expect(parseMatchPattern(`${scheme}://x.kr/*`)?.scheme, scheme).toBe(scheme);
  });
});

describe('matchesUrl', () => {
  it('"*" is http, https, ws and wss only', () => {
    for (const url of ['http://x.kr/', 'https://x.kr/', 'ws://x.kr/', 'wss://x.kr/'])
      expect(matches('*://x.kr/*', url), url).toBe(true);
    for (const url of ['ftp://x.kr/', 'file:///x.kr/', 'chrome-extension://x.kr/'])
      expect(matches('*://x.kr/*', url), url).toBe(false);
    expect(matches('https://x.kr/*', 'http://x.kr/')).toBe(false);
  });

  it('"*.host" is the host and every host under it, never a host that merely ends alike', () => {
    expect(matches('*://*.yessign.or.kr/*', 'https://yessign.or.kr/')).toBe(true);
    expect(matches('*://*.yessign.or.kr/*', 'https://a.b.yessign.or.kr/')).toBe(true);
    expect(matches('*://*.yessign.or.kr/*', 'https://evilyessign.or.kr/')).toBe(false);
    expect(matches('*://*.yessign.or.kr/*', 'https://yessign.or.kr.evil.com/')).toBe(false);
    expect(matches('*://www.yessign.or.kr/*', 'https://ca.yessign.or.kr/')).toBe(false);
    expect(matches('*://www.yessign.or.kr/*', 'https://WWW.yessign.or.kr/')).toBe(true);
    expect(matches('*://*/*', 'https://anything.example/')).toBe(true);
  });

  it('matches the path and query with "*" as any run, everything else literally', () => {
    expect(matches('*://x.kr/cert/*', 'https://x.kr/cert/reissue?x=1')).toBe(true);
    expect(matches('*://x.kr/cert/*', 'https://x.kr/certificate')).toBe(false);
    expect(matches('*://x.kr/a.b', 'https://x.kr/a.b')).toBe(true);
    expect(matches('*://x.kr/a.b', 'https://x.kr/aXb')).toBe(false);
    expect(matches('*://x.kr/a?b=(1)', 'https://x.kr/a?b=(1)')).toBe(true);
    expect(matches('*://x.kr/', 'https://x.kr/anything')).toBe(false);
    expect(matches('*://x.kr/*/end', 'https://x.kr/a/b/end')).toBe(true);
  });

  it('<all_urls> reaches every web page', () => {
    expect(matches('<all_urls>', 'https://x.kr/a')).toBe(true);
  });
});
