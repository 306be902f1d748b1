// npm run demo: the built extension in Chromium on the bundled replica pages.
// With a display it is a guided tour (scripts/lib/tour-browser.ts): a start page lists each
// scenario with what to do and what the extension will show, the terminal prints the same guide,
// and the extension's popup opens beside the page whenever it finds a failure. Without a display
// (or with --headless) it does what the guide says itself, saves screenshots to demo-output/,
// prints a table of what the extension found, and exits non-zero if any scenario went wrong.
// --readme (headless) also writes the README's first picture, the hint and the popup side by side,
// to tests/screenshots/demo-hint-and-popup.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { findChromium, launchWithExtension, type ExtensionBrowser } from '../tests/harness/chromium';
import { startReplicaServer } from '../tests/harness/server';
import {
  badgeText,
  eventually,
  hintText,
  tabIdOf,
  tabProblems,
  type StoredProblem,
} from '../tests/harness/session';
import { SCENARIOS, type Scenario } from './lib/tour';
import { startTour } from './lib/tour-browser';

const OUT = resolve('demo-output');
const README_PICTURE = resolve('tests/screenshots/demo-hint-and-popup.png');
const VIEWPORT = { width: 1100, height: 720 };
const POPUP = { width: 380, height: 720 };
/** Time the extension is given to react to a page that should give nothing. */
const SETTLE_MS = 1_500;

interface Outcome {
  scenario: Scenario;
  ok: boolean;
  found: StoredProblem[];
  note?: string;
}

async function runScenario(
  ext: ExtensionBrowser,
  scenario: Scenario,
): Promise<{ outcome: Outcome; page: Page; tabId: number }> {
  const page = await ext.browser.newPage();
  await page.setViewport(VIEWPORT);
  page.on('dialog', (dialog) => {
    console.log(`  [${scenario.id}] the page showed ${dialog.type()}(): ${dialog.message()}`);
    void dialog.accept();
  });
  await page.goto(scenario.url, { waitUntil: 'load' });
  const worker = await ext.worker();
  // The extension cannot see a tab's address on a site it does not cover: no tab id, nothing stored.
  const tabId = await tabIdOf(worker, page.url()).catch(() => -1);
  const problems = async () => (tabId < 0 ? [] : tabProblems(worker, tabId));
  let note: string | undefined;
  if (scenario.quietBefore) {
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const early = await problems();
    if (early.length || (await hintText(page)) !== null)
      note = `before "${scenario.click}": ${early.map((p) => p.category).join(', ') || 'a hint'}`;
  }
  if (scenario.click) await page.click(scenario.click);
  let found: StoredProblem[];
  if (scenario.expect) {
    found = await eventually(problems, (p) => p.length > 0, 5_000).catch(() => problems());
    await eventually(
      () => hintText(page),
      (t) => t !== null,
      2_000,
    ).catch(() => null);
    await new Promise((r) => setTimeout(r, 400)); // the hint's entrance animation
  } else {
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    found = await problems();
  }
  const ok =
    !note &&
    (scenario.expect
      ? found.some((p) => p.category === scenario.expect)
      : found.length === 0 && (await hintText(page)) === null);
  return { outcome: { scenario, ok, found, ...(note ? { note } : {}) }, page, tabId };
}

/** The popup as the toolbar shows it, bound to `tabId`, as a PNG cut to its own height. */
async function popupPicture(ext: ExtensionBrowser, tabId: number): Promise<Buffer> {
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, { viewport: POPUP });
  await popup.waitForSelector('main.popup li.problem');
  const height = await popup.evaluate(
    (max) => Math.min(max, Math.ceil(document.querySelector('main.popup')!.getBoundingClientRect().bottom)),
    POPUP.height,
  );
  const picture = Buffer.from(await popup.screenshot({ clip: { x: 0, y: 0, width: POPUP.width, height } }));
  await popup.close();
  return picture;
}

/** The failing page with its hint, and the popup beside it, in one picture. */
async function sideBySide(ext: ExtensionBrowser, pagePicture: Buffer, popup: Buffer): Promise<Buffer> {
  const gap = 24;
  const size = { width: VIEWPORT.width + POPUP.width + 3 * gap, height: VIEWPORT.height + 2 * gap };
  const canvas = await ext.browser.newPage();
  await canvas.setViewport(size);
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await canvas.setContent(`<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; height: 100%; } body { display: flex; align-items: flex-start; gap: ${gap}px; padding: ${gap}px; box-sizing: border-box; background: #dfe3e8; }
    img { display: block; border-radius: 8px; box-shadow: 0 4px 18px rgb(0 0 0 / 0.2); }
  </style><img src="${src(pagePicture)}" alt=""><img src="${src(popup)}" alt="">`);
  await canvas.waitForFunction(() =>
    Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0),
  );
  const picture = Buffer.from(await canvas.screenshot());
  await canvas.close();
  return picture;
}

async function headlessRun(readme: boolean): Promise<number> {
  const server = await startReplicaServer();
  const ext = await launchWithExtension({ port: server.port, headless: true });
  try {
    mkdirSync(OUT, { recursive: true });
    const outcomes: Outcome[] = [];
    let readmeDone = false;
    for (const scenario of SCENARIOS) {
      const { outcome, page, tabId } = await runScenario(ext, scenario);
      outcomes.push(outcome);
      const shot = resolve(OUT, `${scenario.id}.png`);
      const pagePicture = Buffer.from(await page.screenshot());
      writeFileSync(shot, pagePicture);
      const found = outcome.found.map(
        (p) => `${p.category} (${p.source}${p.code ? `, code ${p.code}` : ''}): "${p.text}"`,
      );
      console.log(`${outcome.ok ? '✔' : '✘'} ${scenario.url}`);
      console.log(
        `    detected: ${found.length ? found.join('; ') : 'nothing'}${tabId < 0 ? '' : ` · badge "${await badgeText(await ext.worker(), tabId)}"`}${outcome.note ? ` · ${outcome.note}` : ''}`,
      );
      console.log(`    screenshot: ${shot}`);
      if (scenario.expect && outcome.ok && !readmeDone) {
        // The first failing page: the hint on it and the popup beside it, as the headed tour shows them.
        const popup = await popupPicture(ext, tabId);
        writeFileSync(resolve(OUT, 'popup.png'), popup);
        const both = await sideBySide(ext, pagePicture, popup);
        writeFileSync(resolve(OUT, 'hint-and-popup.png'), both);
        if (readme) writeFileSync(README_PICTURE, both);
        console.log(
          `    hint and popup side by side: ${resolve(OUT, 'hint-and-popup.png')}${readme ? ` (and ${README_PICTURE})` : ''}`,
        );
        readmeDone = true;
      }
      await page.close();
    }
    printTable(outcomes);
    const wrong = outcomes.filter((o) => !o.ok).length;
    console.log(
      wrong === 0
        ? `All ${outcomes.length} scenarios behaved as the guide says.`
        : `${wrong} of ${outcomes.length} scenarios did not behave as the guide says.`,
    );
    return wrong === 0 ? 0 : 1;
  } finally {
    await ext.close();
    await server.close();
  }
}

function printTable(outcomes: Outcome[]): void {
  const rows = outcomes.map((o) => [
    o.ok ? '✔' : '✘',
    o.scenario.id,
    o.scenario.expect ?? 'nothing',
    [...new Set(o.found.map((p) => p.category))].join(', ') || 'nothing',
  ]);
  const header = ['', 'scenario', 'expected', 'found'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log('');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
}

async function main(): Promise<number> {
  if (!findChromium()) {
    console.error('No Chromium found. On Debian: apt-get install -y chromium chromium-l10n fonts-nanum');
    return 1;
  }
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  if (headless) return headlessRun(process.argv.includes('--readme'));
  const tour = await startTour();
  const stop = () => void tour.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await tour.closed;
  await tour.close();
  return 0;
}

process.exitCode = await main();
