import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type HTTPRequest } from 'puppeteer-core';
import { poll, type ExtensionBrowser } from './extension-browser';

export type { ExtensionBrowser, WorkerHandle } from './extension-browser';

/** The built Chrome extension that the browser tests and the demo load. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

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
  // The demo's start page (scripts/lib/tour.ts): not a reissue site.
  'tour.reissue-helper.test',
];

/**
 * How every test browser starts: loopback replicas under their real host names, a Korean UI by
 * default. (The bench starts its arms, floor extensions included, the same way.)
 */
export function launchOptions(port: number, hosts: string[], lang: 'ko' | 'en' = 'ko') {
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
export async function launchWithoutExtension(options: {
  port: number;
  hosts?: string[];
}): Promise<{ browser: Browser; close(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      "No Chromium found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  const userDataDir = mkdtempSync(join(tmpdir(), 'reissue-helper-plain-'));
  const browser = await puppeteer.launch({
    ...launchOptions(options.port, options.hosts ?? REPLICA_HOSTS),
    executablePath,
    userDataDir,
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(options: {
  port: number;
  headless?: boolean;
  hosts?: string[];
  extensionDir?: string;
  lang?: 'ko' | 'en';
  /** A headed window whose pages fill it (no fixed 800×600 viewport), as a person's browser does: the demo. */
  wholeWindow?: boolean;
  /** Added to the browser's environment (the demo's test gives it an Xvfb DISPLAY). */
  env?: Record<string, string>;
}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      "No Chromium found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}: run npm run build first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'reissue-helper-profile-'));
  const hosts = options.hosts ?? REPLICA_HOSTS;
  const base = launchOptions(options.port, hosts, options.lang);
  const browser = await puppeteer.launch({
    ...base,
    headless: options.headless ?? true,
    env: { ...base.env, ...options.env },
    ...(options.wholeWindow ? { defaultViewport: null, args: [...base.args, '--start-maximized'] } : {}),
    executablePath,
    enableExtensions: [extensionDir],
    userDataDir,
  });
  const workerTarget = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  const extensionId = new URL(workerTarget.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  /** The DevTools protocol's view of our service worker: `fn` gets a session and its newest running status. */
  async function watchWorker<T>(
    fn: (cdp: CDPSession, status: () => string | undefined) => Promise<T>,
  ): Promise<T> {
    const [page] = await browser.pages();
    const cdp = await (page ?? (await browser.newPage())).createCDPSession();
    let latest: string | undefined;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(`${origin}/`)) latest = v.runningStatus;
    });
    try {
      await cdp.send('ServiceWorker.enable');
      return await fn(cdp, () => latest);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }
  const ext: ExtensionBrowser = {
    name: 'chromium',
    browser,
    extensionId,
    extensionUrl: (path) => `${origin}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path, options = {}) {
      const page = await browser.newPage();
      if (options.viewport) await page.setViewport(options.viewport);
      if (options.colorScheme)
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.colorScheme }]);
      await page.goto(ext.extensionUrl(path), { waitUntil: 'load' });
      return page;
    },
    findExtensionPage: async (path) =>
      (await browser.pages()).find((p) => p.url() === ext.extensionUrl(path)),
    reloadExtensionPage: async (page) => void (await page.reload({ waitUntil: 'load' })),
    async openActionPopup(page) {
      // As a click on the toolbar button: the popup opens for the page's tab, with activeTab granted.
      await page.bringToFront();
      await (await browser.extensions()).get(extensionId)!.triggerAction(page);
      return (await (
        await browser.waitForTarget((t) => t.url().startsWith(`${origin}/popup.html`), { timeout: 10_000 })
      ).asPage())!;
    },
    async worker() {
      // A stopped and restarted worker keeps its target, but a session to the old context never
      // answers; so each evaluation opens a session of its own, gives up after a few seconds, and
      // tries once more on a fresh session.
      const find = () =>
        browser.waitForTarget(
          (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
          { timeout: 15_000 },
        );
      return {
        async evaluate(fn, ...args) {
          let lastError: unknown;
          for (let attempt = 0; attempt < 2; attempt++) {
            const cdp = await (await find()).createCDPSession();
            try {
              const call = cdp.send('Runtime.evaluate', {
                expression: `(${fn.toString()})(...${JSON.stringify(args)})`,
                awaitPromise: true,
                returnByValue: true,
              });
              const { result, exceptionDetails } = await Promise.race([
                call,
                new Promise<never>((_, reject) =>
                  setTimeout(() => reject(new Error('service worker did not answer within 5 s')), 5_000),
                ),
              ]);
              if (exceptionDetails)
                throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
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
    async stopBackground() {
      await watchWorker(async (cdp, status) => {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await poll(async () => status() === 'stopped', 10_000, 'service worker stopped');
      });
    },
    backgroundState: () =>
      // ServiceWorker.enable reports every current version at once, so the first status is the present one.
      watchWorker(async (_cdp, status) => {
        const now = await poll(async () => status(), 5_000, 'service worker status');
        return now === 'running' || now === 'stopped' ? now : 'other';
      }),
    setViewport: (page, size) => page.setViewport(size),
    emulateColorScheme: (page, scheme) =>
      page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    async grantHostPermission(pattern) {
      // The test cannot click the browser's permission prompt: grant the site as a user would on
      // chrome://extensions, so the extension's own request then resolves without asking again.
      const settings = await browser.newPage();
      await settings.goto(`chrome://extensions/?id=${extensionId}`);
      await settings.evaluate(
        (id, p) =>
          new Promise<void>((done) =>
            (
              globalThis as unknown as {
                chrome: {
                  developerPrivate: { addHostPermission(i: string, h: string, cb: () => void): void };
                };
              }
            ).chrome.developerPrivate.addHostPermission(id, p, done),
          ),
        extensionId,
        pattern,
      );
      await settings.close();
    },
    async allowClipboard() {
      await browser
        .defaultBrowserContext()
        .overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    },
    async failAsTimeout(page, suffix) {
      // Interception fails the request as net::ERR_TIMED_OUT, as a network that never answers would.
      const handler = (request: HTTPRequest) =>
        void (request.url().endsWith(suffix) ? request.abort('timedout') : request.continue());
      await page.setRequestInterception(true);
      page.on('request', handler);
      return {
        code: 'ERR_TIMED_OUT',
        async restore() {
          page.off('request', handler);
          await page.setRequestInterception(false);
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
    const ids = await (
      await ext.worker()
    ).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    // Firefox has no MAIN-world hook to register: its content script installs the hook (detect-dialogs.ts).
    if (ids.length >= (ext.name === 'firefox' ? 1 : 2)) return;
    if (Date.now() > deadline)
      throw new Error(`content scripts not registered within ${timeoutMs} ms (have: ${ids.join(', ')})`);
  }
}
