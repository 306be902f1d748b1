import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listZip, readZipEntry } from '../harness/zip';

// What `npm run zip` made (npm run test:e2e runs it first): each zip's contents against an
// allow-list of its own, kept here rather than taken from wxt.config.ts so the two can disagree.
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};
const zipPath = (kind: string) => resolve('.output', `${name}-${version}-${kind}.zip`);

/** A browser build: the manifest, the bundles, the icons and the two locales; no source maps. */
const BUILD_ALLOWED = [
  /^manifest\.json$/,
  /^background\.js$/,
  /^(popup|options|onboarding)\.html$/,
  /^hint\.js$/,
  /^chunks\/[\w-]+\.js$/,
  /^assets\/[\w-]+\.css$/,
  /^content-scripts\/(content|dialog-hook)\.js$/,
  /^icon\/(16|32|48|128)\.png$/,
  /^_locales\/(ko|en)\/messages\.json$/,
];
const BUILD_REQUIRED = [
  'manifest.json',
  'background.js',
  'popup.html',
  'options.html',
  'content-scripts/content.js',
  'icon/128.png',
  '_locales/ko/messages.json',
  '_locales/en/messages.json',
];
/** The MAIN-world hook is Chrome's: Firefox's content script installs its own (entrypoints/content/firefox-dialog-hook.ts). */
const HOOK = 'content-scripts/dialog-hook.js';

/** The sources an AMO reviewer needs to rebuild the Firefox zip, and nothing else. */
const SOURCES_ALLOWED = [
  /^README\.md$/,
  /^LICENSE$/,
  /^package(-lock)?\.json$/,
  /^tsconfig\.json$/,
  /^wxt\.config\.ts$/,
  /^(entrypoints|components|utils)\/[\w./-]+\.(ts|tsx|css|html)$/,
  /^rules\/[\w./-]+\.ts$/,
  /^public\/(_locales\/(ko|en)\/messages\.json|icon\/(16|32|48|128)\.png)$/,
];
const SOURCES_REQUIRED = [
  'README.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'entrypoints/background/index.ts',
  'rules/index.ts',
  'public/_locales/ko/messages.json',
];

/** Files outside the list; a folder's own entry (`assets/`) is no file. */
const outsideList = (names: string[], allowed: RegExp[]) =>
  names.filter((n) => !n.endsWith('/') && !allowed.some((pattern) => pattern.test(n)));

describe.each(['chrome', 'firefox'])('%s zip', (kind) => {
  it('holds only the built extension', () => {
    expect(existsSync(zipPath(kind)), `${zipPath(kind)}: run npm run zip`).toBe(true);
    const names = listZip(zipPath(kind)).map((e) => e.name);
    expect(outsideList(names, BUILD_ALLOWED)).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(BUILD_REQUIRED));
    expect(names.includes(HOOK)).toBe(kind === 'chrome');
  });

  it('has the manifest of its own build', () => {
    const manifest = JSON.parse(readZipEntry(zipPath(kind), 'manifest.json').toString('utf8')) as {
      background: Record<string, unknown>;
      homepage_url?: string;
    };
    expect(Object.keys(manifest.background)).toEqual([kind === 'chrome' ? 'service_worker' : 'scripts']);
    // Built from the same sources: the home page link only where package.json has one.
    const { homepage } = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage?: string };
    expect(manifest.homepage_url).toBe(homepage);
  });
});

describe('sources zip for AMO review', () => {
  const work = mkdtempSync(join(tmpdir(), 'reissue-helper-sources-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds only what rebuilding needs: no demo output, bench results, screenshots, corpus or tests', () => {
    expect(existsSync(zipPath('sources')), `${zipPath('sources')}: run npm run zip`).toBe(true);
    const names = listZip(zipPath('sources')).map((e) => e.name);
    expect(outsideList(names, SOURCES_ALLOWED)).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(SOURCES_REQUIRED));
    expect(
      names.filter(
        (n) =>
          /(^|\/)(demo-output|bench|tests|store|\.output|node_modules|corpus)\//.test(n) ||
          /\.test\.tsx?$/.test(n),
      ),
    ).toEqual([]);
  });

  it('its README gives the build steps', () => {
    const readme = readZipEntry(zipPath('sources'), 'README.md').toString('utf8');
    const start = readme.indexOf('## Build from source');
    expect(start).toBeGreaterThanOrEqual(0);
    const section = readme.slice(start);
    expect(section).toContain('npm ci');
    expect(section).toContain('npm run build:firefox');
    expect(section).toContain('.output/firefox-mv3');
  });

  it('rebuilds the Firefox build byte for byte', () => {
    for (const entry of listZip(zipPath('sources')).filter((e) => !e.name.endsWith('/'))) {
      const target = join(work, entry.name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, readZipEntry(zipPath('sources'), entry.name));
    }
    // The reviewer runs npm ci; the same packages are already here.
    symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
    // As from a shell: without vitest's NODE_ENV=test, which would change what Vite bundles.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
    );
    execFileSync(
      process.execPath,
      [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox', '--mv3'],
      { cwd: work, env, stdio: 'pipe', timeout: 120_000 },
    );
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name)))
        .sort();
    const built = resolve('.output/firefox-mv3');
    const rebuilt = join(work, '.output/firefox-mv3');
    expect(files(rebuilt)).toEqual(files(built));
    const differing = files(built).filter(
      (f) => !readFileSync(join(built, f)).equals(readFileSync(join(rebuilt, f))),
    );
    expect(differing).toEqual([]);
  }, 150_000);
});
