// npm run demo: the built extension in Chromium on the bundled replica pages.
// With a display it opens a window to click through; without one (or with --headless) it drives
// the replicas itself, saves screenshots to demo-output/ and prints what the extension detected.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { findChromium, launchWithExtension } from '../tests/harness/chromium';
import { startReplicaServer } from '../tests/harness/server';
import { badgeText, eventually, hintText, tabIdOf, tabProblems, type StoredProblem } from '../tests/harness/session';

interface Scenario {
  name: string;
  url: string;
  /** What a person would do on the page to meet the failure. */
  act?(page: Page): Promise<void>;
  /** The category the extension should find; undefined where it should find nothing. */
  expect?: string;
}

const SCENARIOS: Scenario[] = [
  { name: 'yessign-inline', url: 'http://www.yessign.or.kr/reissue/inline.html', expect: 'identity-verification' },
  { name: 'yessign-alert', url: 'http://www.yessign.or.kr/reissue/alert.html', act: (p) => p.click('#submit'), expect: 'identity-verification' },
  { name: 'hometax-layer', url: 'http://www.hometax.go.kr/', act: (p) => p.click('#register'), expect: 'cert-revoked' },
  { name: 'kbstar-delayed', url: 'http://obank.kbstar.com/', expect: 'server-error' },
  { name: 'crosscert-iframe', url: 'http://www.crosscert.com/', expect: 'cert-password' },
  { name: 'yessign-benign', url: 'http://www.yessign.or.kr/reissue/benign.html' },
];

const OUT = resolve('demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function main(): Promise<number> {
  if (!findChromium()) {
    console.error('No Chromium found. On Debian: apt-get install -y chromium chromium-l10n fonts-nanum');
    return 1;
  }
  const server = await startReplicaServer();
  const ext = await launchWithExtension({ port: server.port, headless });
  try {
    if (!headless) {
      const page = await ext.browser.newPage();
      await page.goto('http://www.yessign.or.kr/');
      console.log('Chromium is open on the replica yessign page. Close the window to stop.');
      await new Promise((done) => ext.browser.once('disconnected', done));
      return 0;
    }
    mkdirSync(OUT, { recursive: true });
    let wrong = 0;
    for (const scenario of SCENARIOS) {
      const page = await ext.browser.newPage();
      await page.setViewport({ width: 1100, height: 720 });
      page.on('dialog', (dialog) => {
        console.log(`  [${scenario.name}] the page showed ${dialog.type()}(): ${dialog.message()}`);
        void dialog.accept();
      });
      await page.goto(scenario.url, { waitUntil: 'load' });
      await scenario.act?.(page);
      const worker = await ext.worker();
      const tabId = await tabIdOf(worker, page.url());
      let problems: StoredProblem[] = [];
      try {
        problems = await eventually(() => tabProblems(worker, tabId), (p) => (scenario.expect ? p.length > 0 : false), scenario.expect ? 5000 : 1500);
      } catch {
        problems = await tabProblems(worker, tabId);
      }
      if (scenario.expect) await eventually(() => hintText(page), (t) => t !== null, 2000).catch(() => null);
      await new Promise((r) => setTimeout(r, 300)); // let the hint's entrance animation finish
      const shot = resolve(OUT, `${scenario.name}.png`);
      await page.screenshot({ path: shot });
      const found = problems.map((p) => `${p.category} (${p.source}${p.code ? `, code ${p.code}` : ''}): "${p.text}"`);
      const ok = scenario.expect ? problems.some((p) => p.category === scenario.expect) : problems.length === 0;
      if (!ok) wrong += 1;
      console.log(`${ok ? '✔' : '✘'} ${scenario.url}`);
      console.log(`    detected: ${found.length ? found.join('; ') : 'nothing'} · badge "${await badgeText(worker, tabId)}"`);
      console.log(`    screenshot: ${shot}`);
      if (scenario.name === 'yessign-alert') {
        const popup = await ext.browser.newPage();
        await popup.setViewport({ width: 380, height: 720 });
        await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
        await popup.waitForSelector('main.popup');
        await popup.screenshot({ path: resolve(OUT, 'popup.png'), fullPage: true });
        console.log(`    popup screenshot: ${resolve(OUT, 'popup.png')}`);
        await popup.close();
      }
      await page.close();
    }
    console.log(wrong === 0 ? `All ${SCENARIOS.length} replica pages behaved as expected.` : `${wrong} replica page(s) did not behave as expected.`);
    return wrong === 0 ? 0 : 1;
  } finally {
    await ext.close();
    await server.close();
  }
}

process.exitCode = await main();
