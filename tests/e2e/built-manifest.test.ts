import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMatchPattern } from '../../rules/match-pattern';

// Checks the manifests that `npm run build` / `build:firefox` produced (test:e2e builds both).
const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((name) => ({
  name,
  path: resolve('.output', name, 'manifest.json'),
}));

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{
    matches: string[];
    world?: string;
    run_at?: string;
    all_frames?: boolean;
    match_about_blank?: boolean;
  }>;
  default_locale?: string;
}

/** Broad means: any host wildcard, `<all_urls>`, or a whole top-level domain. Loopback is not broad. */
function isBroad(pattern: string): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) return true;
  if (parsed.host === 'localhost' || parsed.host === '127.0.0.1') return parsed.subdomains;
  return (
    parsed.host === '' ||
    !parsed.host.includes('.') ||
    /^(?:[a-z]{2,3}|co\.kr|or\.kr|go\.kr)$/.test(parsed.host)
  );
}

describe.each(BUILDS)('built manifest: $name', ({ path }) => {
  it('exists', () => expect(existsSync(path), `${path}: run npm run build / build:firefox`).toBe(true));

  const manifest = (): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

  it('asks for no broad host access, in permissions or content scripts', () => {
    const m = manifest();
    // Required access only: optional host permissions are asked for, site by site, when a user adds a site.
    const everyPattern = [
      ...(m.host_permissions ?? []),
      ...(m.permissions ?? []),
      ...(m.content_scripts ?? []).flatMap((c) => c.matches),
    ];
    expect(everyPattern.filter((p) => p.includes('://') || p === '<all_urls>').filter(isBroad)).toEqual([]);
    expect(JSON.stringify(m.permissions ?? [])).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  it('is MV3 with Korean as the default locale and only the permissions it uses', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect(m.default_locale).toBe('ko');
    expect(m.permissions ?? []).toEqual(expect.arrayContaining(['storage']));
    expect(m.permissions ?? []).not.toContain('tabs');
  });

  it('registers no content script statically (the background registers them for enabled sites) and no web-accessible resource', () => {
    const m = manifest() as Manifest & { web_accessible_resources?: unknown[] };
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('names the toolbar button from _locales (English in English), and has the focus-the-hint shortcut', () => {
    const m = manifest() as Manifest & {
      action?: { default_title?: string };
      commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
    };
    expect(m.action?.default_title).toBe('__MSG_actionTitle__');
    expect(m.commands?.['focus-hint']).toEqual({
      suggested_key: { default: 'Alt+Shift+H' },
      description: '__MSG_commandFocusHint__',
    });
    const en = JSON.parse(readFileSync(join(dirname(path), '_locales/en/messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    expect(en.actionTitle?.message).toBe('Reissue Helper');
    expect(en.commandFocusHint?.message).toMatch(/^[\x20-\x7e]+$/);
  });

  it('asks for user-added sites only as optional host permissions', () => {
    const m = manifest();
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(m.host_permissions).not.toContain('*://*/*');
  });
});
