// npm run store-permissions: rewrites the host pattern lists in store/permissions.md from the site
// catalogue, one list per kind of site, between <!-- hosts:KIND --> and <!-- /hosts --> markers.
// The justifications around them are written by hand; tests/e2e/store.test.ts then checks the file
// against the built manifests, so a site added without running this fails the tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SITE_KINDS, sites } from '../rules/catalogue/sites';
import { LOOPBACK_MATCHES } from '../rules/catalogue/security-programs';

const lists: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    SITE_KINDS.map((kind) => [
      kind,
      [...new Set(sites.filter((s) => s.kind === kind).flatMap((s) => s.matches))],
    ]),
  ),
  loopback: LOOPBACK_MATCHES,
};

const path = resolve('store/permissions.md');
let text = readFileSync(path, 'utf8');
for (const [group, patterns] of Object.entries(lists)) {
  const marker = new RegExp(`(<!-- hosts:${group} -->\\n)[\\s\\S]*?(<!-- /hosts -->)`);
  if (!marker.test(text))
    throw new Error(
      `store/permissions.md has no <!-- hosts:${group} --> list: add a heading and a justification for it`,
    );
  text = text.replace(
    marker,
    (_m, open: string, close: string) => `${open}${patterns.map((p) => `- \`${p}\``).join('\n')}\n${close}`,
  );
}
writeFileSync(path, text);
console.log(
  `store/permissions.md: ${Object.entries(lists)
    .map(([g, p]) => `${g} ${p.length}`)
    .join(', ')}`,
);
