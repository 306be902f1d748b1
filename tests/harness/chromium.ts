import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The built Chrome extension that the browser tests and the demo load. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Debian's Chromium (or CHROMIUM_PATH); never a downloaded browser. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Host names the replicas are served under; every one is mapped to the loopback server. */
export const REPLICA_HOSTS = [
  'www.yessign.or.kr',
  'www.hometax.go.kr',
  'obank.kbstar.com',
  'www.crosscert.com',
  'www.unlisted-example.kr',
  'www.mybank-example.kr',
  'www.kiwoom.com',
  'ok.ibs.fsb.or.kr',
  'www.wetax.go.kr',
  'www.busanbank.co.kr',
  '4user.yeskey.or.kr',
];

/** Runs a function inside the extension's service worker; arguments and result must be JSON. */
export interface WorkerHandle {
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
}

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  worker(): Promise<WorkerHandle>;
  close(): Promise<void>;
}

/** How every test browser starts: loopback replicas under their real host names, a Korean UI by default. */
function launchOptions(port: number, hosts: string[], lang: 'ko' | 'en' = 'ko') {
  return {
    headless: true,
    pipe: true,
    dumpio: Boolean(process.env.CHROMIUM_DUMPIO),
    protocolTimeout: 30_000,
    // On Linux, Chromium takes its UI language (chrome.i18n.getUILanguage) from the environment.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'en' ? 'en_US.UTF-8' : 'ko_KR.UTF-8' },
    // Real browsers block pop-ups; puppeteer turns the blocker off unless told not to.
    ignoreDefaultArgs: ['--disable-popup-blocking'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The replicas are plain HTTP on loopback: no HTTPS-upgrade attempt (it would fail first).
      '--disable-features=HttpsUpgrades',
      `--lang=${lang}`,
      // Real site names reach the loopback replicas; nothing leaves the machine.
      `--host-resolver-rules=${[...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`,
    ],
  };
}

/** The same browser with no extension at all: what a page sees without us. */
export async function launchWithoutExtension(options: { port: number; hosts?: string[] }): Promise<{ browser: Browser; close(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s package (apt-get install -y chromium) or set CHROMIUM_PATH.');
  const userDataDir = mkdtempSync(join(tmpdir(), 'reissue-helper-plain-'));
  const browser = await puppeteer.launch({ ...launchOptions(options.port, options.hosts ?? REPLICA_HOSTS), executablePath, userDataDir });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(options: { port: number; headless?: boolean; hosts?: string[]; extensionDir?: string; lang?: 'ko' | 'en' }): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s package (apt-get install -y chromium) or set CHROMIUM_PATH.');
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npm run build first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'reissue-helper-profile-'));
  const hosts = options.hosts ?? REPLICA_HOSTS;
  const browser = await puppeteer.launch({
    ...launchOptions(options.port, hosts, options.lang),
    headless: options.headless ?? true,
    executablePath,
    enableExtensions: [extensionDir],
    userDataDir,
  });
  const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  const extensionId = new URL(workerTarget.url()).host;
  const ext: ExtensionBrowser = {
    browser,
    extensionId,
    async worker() {
      // A stopped and restarted worker keeps its target, but a session to the old context never
      // answers; so each evaluation opens a session of its own, gives up after a few seconds, and
      // tries once more on a fresh session.
      const find = () => browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 15_000 });
      return {
        async evaluate(fn, ...args) {
          let lastError: unknown;
          for (let attempt = 0; attempt < 2; attempt++) {
            const cdp = await (await find()).createCDPSession();
            try {
              const call = cdp.send('Runtime.evaluate', { expression: `(${fn.toString()})(...${JSON.stringify(args)})`, awaitPromise: true, returnByValue: true });
              const { result, exceptionDetails } = await Promise.race([
                call,
                new Promise<never>((_, reject) => setTimeout(() => reject(new Error('service worker did not answer within 5 s')), 5_000)),
              ]);
              if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
              return result.value;
            } catch (error) {
              lastError = error;
              if (!String(error).includes('did not answer')) throw error;
            } finally {
              await cdp.detach().catch(() => undefined);
            }
          }
          throw lastError;
        },
      };
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  await waitForContentScripts(ext);
  return ext;
}

/**
 * The background registers the content scripts when it starts; pages opened before that get none.
 * Asking the scripting API while that first registration is under way made Chromium 156 hang or
 * crash at start-up (5 of 15 starts with 50 ms polling, 0 of 15 with this pause), so wait first.
 */
export async function waitForContentScripts(ext: ExtensionBrowser, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const ids = await (await ext.worker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    if (ids.length >= 2) return;
    if (Date.now() > deadline) throw new Error(`content scripts not registered within ${timeoutMs} ms (have: ${ids.join(', ')})`);
  }
}
