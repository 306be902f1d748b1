import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOOPBACK_MATCHES } from '../../rules/catalogue/security-programs';
import { SITE_MATCHES } from '../../rules/site-matches';

// SECURITY.md lists every permission with its reason; this keeps the list and the built manifests
// (test:e2e builds both) in step, both ways: nothing asked for without a reason, no reason for
// something no longer asked for.

const doc = readFileSync(resolve('SECURITY.md'), 'utf8');

/** The first column's `code` items of the table whose header starts with `header`. */
function tableColumn(header: string): string[] {
  const lines = doc.split('\n');
  // Cells may be padded (Prettier aligns tables).
  const start = lines.findIndex((l) => new RegExp(`^\\|\\s*${header}\\s*\\|`).test(l));
  if (start < 0) throw new Error(`SECURITY.md has no table "${header}"`);
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const first = line.split('|')[1] ?? '';
    rows.push(...[...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  }
  return rows;
}

const sorted = (list: readonly string[]) => [...list].sort();

describe.each(['chrome-mv3', 'firefox-mv3'])('SECURITY.md and the built manifest (%s)', (build) => {
  const path = resolve('.output', build, 'manifest.json');
  const manifest = () =>
    JSON.parse(readFileSync(path, 'utf8')) as {
      permissions?: string[];
      host_permissions?: string[];
      optional_host_permissions?: string[];
    };

  it('exists', () => expect(existsSync(path), `${path}: run npm run build / build:firefox`).toBe(true));

  it('lists every permission, each with a reason, and none that is not asked for', () => {
    expect(sorted(tableColumn('permission'))).toEqual(sorted(manifest().permissions ?? []));
  });

  it('accounts for every host permission: the listed sites (site-hosts.ts) and the loopback patterns it names', () => {
    const documented = tableColumn('host access');
    expect(documented).toContain('rules/catalogue/site-hosts.ts');
    const named = documented.filter((item) => item.includes('://'));
    expect(sorted(named)).toEqual(sorted(LOOPBACK_MATCHES));
    expect(sorted(manifest().host_permissions ?? [])).toEqual(
      sorted([...new Set([...SITE_MATCHES, ...named])]),
    );
  });

  it('lists the optional host permission with its reason', () => {
    expect(sorted(tableColumn('optional host access'))).toEqual(
      sorted(manifest().optional_host_permissions ?? []),
    );
  });
});

describe('SECURITY.md', () => {
  it('says how to report a problem', () => {
    expect(doc).toMatch(/^## Reporting a problem$/m);
  });
});
