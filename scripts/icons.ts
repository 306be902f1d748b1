// npm run icons: renders scripts/icon.svg into public/icon/{16,32,48,128}.png with Debian's Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../tests/harness/chromium';

const svg = readFileSync(resolve('scripts/icon.svg'), 'utf8');
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found (apt-get install -y chromium)');
const browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
mkdirSync(resolve('public/icon'), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  await page.setViewport({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: resolve(`public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
console.log('Wrote public/icon/{16,32,48,128}.png');
