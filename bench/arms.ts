import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { REVEALING_ATTRIBUTES } from '../entrypoints/content/dom-watch';
import { SITE_MATCHES } from '../rules/site-matches';
import { findChromium, launchOptions, launchWithExtension } from '../tests/harness/chromium';

// The arms of a page-cost run. Every arm is its own Chromium, started with the same flags; only what
// is loaded into it differs:
// - without, twice: no extension at all. The two are identical, so their ratio is the run's noise;
// - floor (a): an extension with one empty isolated-world content script on our hosts, at the time
//   our isolated world starts: what any content-script extension there must pay;
// - floor (b): the same, plus an empty MutationObserver on the document watching what ours watches;
// - ours: the built extension.

export type ArmName = 'without' | 'without (again)' | 'floor (a)' | 'floor (b)' | 'ours';
export const ARM_NAMES: readonly ArmName[] = ['without', 'without (again)', 'floor (a)', 'floor (b)', 'ours'];

export interface Arm {
  name: ArmName;
  browser: Browser;
  close(): Promise<void>;
}

const FLOORS_DIR = resolve('bench/.tmp/floors');

/** The floor extensions, written by the bench itself (bench/.tmp is not committed). */
export function writeFloors(): { a: string; b: string } {
  const write = (name: string, script: string): string => {
    const dir = join(FLOORS_DIR, name);
    mkdirSync(dir, { recursive: true });
    const manifest = {
      manifest_version: 3,
      name: `bench ${name}`,
      version: '1.0',
      // Where and when ours runs: every listed site, every frame, from the same moment.
      content_scripts: [
        {
          matches: SITE_MATCHES,
          js: ['content.js'],
          run_at: 'document_start',
          all_frames: true,
          match_about_blank: true,
          match_origin_as_fallback: true,
        },
      ],
    };
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(join(dir, 'content.js'), script);
    return dir;
  };
  const options = JSON.stringify({
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: REVEALING_ATTRIBUTES,
  });
  return {
    a: write('floor-a', '// An isolated world and nothing in it.\n'),
    b: write(
      'floor-b',
      `// An isolated world that watches the document as ours does, and does nothing with what it hears.\nnew MutationObserver(() => {}).observe(document, ${options});\n`,
    ),
  };
}

async function launchPlain(
  port: number,
  hosts: string[],
  extensionDir?: string,
): Promise<{ browser: Browser; close(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found');
  const userDataDir = mkdtempSync(join(tmpdir(), 'reissue-helper-bench-'));
  const browser = await puppeteer.launch({
    ...launchOptions(port, hosts),
    executablePath,
    userDataDir,
    ...(extensionDir ? { enableExtensions: [extensionDir] } : {}),
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Starts every arm (one after the other: the machine has two cores). */
export async function launchArms(port: number, hosts: string[]): Promise<Arm[]> {
  const floors = writeFloors();
  const arms: Arm[] = [];
  try {
    for (const name of ARM_NAMES) {
      if (name === 'ours') {
        const ext = await launchWithExtension({ port, hosts });
        arms.push({ name, browser: ext.browser, close: () => ext.close() });
      } else {
        const dir = name === 'floor (a)' ? floors.a : name === 'floor (b)' ? floors.b : undefined;
        arms.push({ name, ...(await launchPlain(port, hosts, dir)) });
      }
    }
  } catch (error) {
    await Promise.all(arms.map((arm) => arm.close()));
    throw error;
  }
  return arms;
}
