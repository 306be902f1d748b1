// npm run icons: renders scripts/icon.svg into public/icon/{16,32,48,128}.png with Debian's Chromium.
// The 128 px icon is the one the Chrome Web Store and Firefox's add-on pages show: as the Chrome Web
// Store asks, its artwork is 96 × 96 with 16 px of transparent padding on each side. The small ones
// (toolbar, menus) use the whole square.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../tests/harness/chromium';

/** Artwork size inside each icon; what is left over is transparent padding, split evenly. */
const ICON_ARTWORK: Record<number, number> = { 16: 16, 32: 32, 48: 48, 128: 96 };

const svg = readFileSync(resolve('scripts/icon.svg'), 'utf8');
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found (apt-get install -y chromium)');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  pipe: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
mkdirSync(resolve('public/icon'), { recursive: true });
for (const [size, artwork] of Object.entries(ICON_ARTWORK).map(([s, a]) => [Number(s), a] as const)) {
  const pad = (size - artwork) / 2;
  await page.setViewport({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;margin:${pad}px}</style>${svg.replace('<svg ', `<svg width="${artwork}" height="${artwork}" `)}`,
  );
  await page.screenshot({ path: resolve(`public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
console.log('Wrote public/icon/{16,32,48,128}.png (128: 96 px artwork, 16 px transparent padding)');
