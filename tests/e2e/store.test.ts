import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRIVACY_DOC_PATH } from '../../utils/project';
import { alphaAt, pngSize, readPng } from '../harness/png';

// store/ against the built manifests (npm run test:e2e builds both first) and the locales.
const STORE = resolve('store');
const read = (path: string) => readFileSync(path, 'utf8');
const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((name) => ({
  name,
  manifest: () => JSON.parse(read(resolve('.output', name, 'manifest.json'))) as Manifest,
}));

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  homepage_url?: string;
  icons?: Record<string, string>;
}

/** `## heading` → its text, in file order. */
function sections(markdown: string): Map<string, string> {
  const result = new Map<string, string>();
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    result.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return result;
}

const backticked = (text: string) => [...text.matchAll(/^- `([^`]+)`$/gm)].map((m) => m[1]!);

describe.each(BUILDS)('store/permissions.md against the $name manifest', ({ manifest }) => {
  const justified = sections(read(join(STORE, 'permissions.md')));

  it('justifies every permission, and no permission the manifest does not ask for', () => {
    const headings = [...justified.keys()].filter((h) => !/host access/i.test(h));
    expect(headings.sort()).toEqual([...(manifest().permissions ?? [])].sort());
    for (const heading of headings) expect(justified.get(heading)!.length, heading).toBeGreaterThan(80);
  });

  it('lists every host pattern once, under a justified host group', () => {
    const groups = [...justified].filter(([h]) => /host access/i.test(h));
    const listed = groups.flatMap(([, text]) => backticked(text));
    const m = manifest();
    expect([...listed].sort()).toEqual(
      [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])].sort(),
    );
    expect(new Set(listed).size).toBe(listed.length);
    for (const [heading, text] of groups) {
      expect(backticked(text).length, heading).toBeGreaterThan(0);
      expect(text.split('\n- `')[0]!.length, `${heading}: why`).toBeGreaterThan(60);
    }
    const optional = groups.filter(([h]) => /^optional/i.test(h)).flatMap(([, text]) => backticked(text));
    expect(optional.sort()).toEqual([...(m.optional_host_permissions ?? [])].sort());
  });

  it('links the home page of package.json, and none while there is none', () => {
    const { homepage } = JSON.parse(read('package.json')) as { homepage?: string };
    if (homepage !== undefined) expect(homepage).toMatch(/^https:\/\//);
    expect(manifest().homepage_url).toBe(homepage);
  });
});

describe.each([
  {
    lang: 'ko',
    headings: ['이름', '짧은 설명', '카테고리', '자세한 설명', '하는 일', '하지 않는 일', '개인정보처리방침'],
  },
  {
    lang: 'en',
    headings: [
      'Name',
      'Short description',
      'Category',
      'Detailed description',
      'What it does',
      'What it does not do',
      'Privacy policy',
    ],
  },
])('store/listing.$lang.md', ({ lang, headings }) => {
  const listing = sections(read(join(STORE, `listing.${lang}.md`)));
  const messages = JSON.parse(read(resolve('public/_locales', lang, 'messages.json'))) as Record<
    string,
    { message: string }
  >;

  it('has every part of a listing', () => {
    expect([...listing.keys()]).toEqual(headings);
    for (const heading of headings) expect(listing.get(heading), heading).not.toBe('');
  });

  it("names the extension and describes it as its manifest does, within the stores' limits", () => {
    expect(listing.get(headings[0]!)).toBe(messages.extName!.message);
    const short = listing.get(headings[1]!)!;
    expect(short).toBe(messages.extDescription!.message);
    expect([...short].length).toBeLessThanOrEqual(132); // the Chrome Web Store's summary limit (AMO's is 250)
    expect([...listing.get(headings[3]!)!].length).toBeLessThanOrEqual(16_000);
  });

  it('says what it does not do, and links the privacy policy', () => {
    expect(
      listing
        .get(headings[5]!)!
        .split('\n')
        .filter((l) => l.startsWith('- ')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(listing.get(headings[6]!)).toContain('(PRIVACY.md)');
  });
});

describe('store/PRIVACY.md', () => {
  const privacy = read(join(STORE, 'PRIVACY.md'));

  it('says, in Korean and English, what is read, what is kept and for how long, and that nothing is sent', () => {
    for (const heading of [
      '## 읽는 것',
      '## 저장하는 것과 기간',
      '## 보내는 것',
      '### What it reads',
      '### What it keeps, and for how long',
      '### What it sends',
    ])
      expect(privacy).toContain(heading);
    expect(privacy).toContain('7일');
    expect(privacy).toContain('7 days');
  });

  it('is linked from the README, and is where the options page says it is', () => {
    expect(read('README.md')).toContain('(store/PRIVACY.md)');
    expect(existsSync(resolve(PRIVACY_DOC_PATH)), PRIVACY_DOC_PATH).toBe(true);
    expect(resolve(PRIVACY_DOC_PATH)).toBe(join(STORE, 'PRIVACY.md'));
  });
});

describe('store images and icons', () => {
  const images = resolve(STORE, 'images');

  it('has 1280×800 screenshots and the 440×280 promo tile (npm run store-assets)', () => {
    const files = existsSync(images) ? readdirSync(images).filter((f) => f.endsWith('.png')) : [];
    const screenshots = files.filter((f) => f.startsWith('screenshot-'));
    expect(screenshots.length).toBeGreaterThanOrEqual(3);
    for (const file of screenshots)
      expect(pngSize(join(images, file)), file).toEqual({ width: 1280, height: 800 });
    expect(files).toContain('promo-tile-440x280.png');
    expect(pngSize(join(images, 'promo-tile-440x280.png'))).toEqual({ width: 440, height: 280 });
  });

  it('the 128 px icon has 16 px of transparent padding around its artwork, as the Chrome Web Store asks', () => {
    const icon = readPng(resolve('public/icon/128.png'));
    expect([icon.width, icon.height]).toEqual([128, 128]);
    const border: number[] = [];
    for (let y = 0; y < 128; y++)
      for (let x = 0; x < 128; x++)
        if (x < 16 || x >= 112 || y < 16 || y >= 112) border.push(alphaAt(icon, x, y));
    expect(Math.max(...border)).toBe(0);
    // And the artwork fills its 96 × 96 square: opaque in the middle and near each edge of it.
    for (const [x, y] of [
      [64, 64],
      [24, 64],
      [103, 64],
      [64, 24],
      [64, 103],
    ] as const)
      expect(alphaAt(icon, x, y), `${x},${y}`).toBe(255);
  });

  it.each(BUILDS)('the $name manifest declares the icons', ({ manifest }) => {
    expect(manifest().icons).toMatchObject({
      '16': 'icon/16.png',
      '48': 'icon/48.png',
      '128': 'icon/128.png',
    });
  });
});
