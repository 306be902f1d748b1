import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitForContentScripts } from './chromium';
import { poll, type ColorScheme, type ExtensionBrowser, type WorkerHandle } from './extension-browser';

/** The built Firefox extension (`npm run build:firefox`). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * Debian's Firefox ESR (or FIREFOX_PATH); never a downloaded browser. The harness is written for
 * Debian's 153 and avoids what 140 (the manifest's minimum) lacks where it can: see the comments
 * on page loads, viewports and waiting below. Stopping the background, the colour scheme and the
 * request time-out use 153's chrome scope.
 */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The major version of a Firefox executable (`Mozilla Firefox 153.7.0esr` → 153). */
export function firefoxMajorVersion(executablePath: string): number {
  const match = /Firefox (\d+)\./.exec(
    execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 10_000 }),
  );
  if (!match) throw new Error(`${executablePath} --version: not a Firefox`);
  return Number(match[1]);
}

/** Firefox 140's WebDriver BiDi has no chrome scope, which stopBackground() uses; Debian's 153 has it. */
const CHROME_SCOPE_SINCE = 153;

/**
 * Firefox names an extension's pages moz-extension://<UUID>/, a UUID made up per profile. The
 * pref below fixes it, so the tests know the extension's pages before it is installed.
 */
const EXTENSION_UUID = '3f6b2c1e-9a4d-4e7b-8c5f-0d1e2a3b4c5d';

/** The small part of puppeteer's WebDriver BiDi connection the harness talks to directly. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
export const bidi = (browser: Browser): BidiConnection =>
  (browser as unknown as { connection: BidiConnection }).connection;
/** A page's WebDriver BiDi browsing context. */
export const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

interface Prefs {
  [name: string]: string | number | boolean;
}

function launchPrefs(port: number, lang: 'ko' | 'en', geckoId: string): Prefs {
  return {
    // Korean UI (firefox-esr-l10n-ko), as browser.i18n.getUILanguage() reports it to the extension.
    'intl.locale.requested': lang === 'en' ? 'en-US' : 'ko',
    // Firefox has no host-resolver rules: the replica server is its HTTP proxy, and it serves each
    // request by the Host header, so real site names reach the replicas. Loopback is never proxied
    // (network.proxy.allow_hijacking_localhost stays false), so the local-security-program probes
    // really fail. HTTPS goes to the same proxy, which refuses CONNECT: nothing leaves the machine.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.trr.mode': 5,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.normandy.enabled': false,
    'toolkit.telemetry.enabled': false,
    // The replicas are plain HTTP: no HTTPS-First upgrade attempt (it would fail first).
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    // permissions.request() for a user-added site is granted without the doorhanger the test cannot
    // click; in Chromium the harness grants it on chrome://extensions instead.
    'extensions.webextOptionalPermissionPrompts': false,
    // Real browsers block pop-ups; puppeteer's profile turns the blocker off.
    'dom.disable_open_during_load': true,
    // navigator.clipboard.readText() in a test, without Firefox's "Paste" button to press.
    'dom.events.testing.asyncClipboard': true,
    // Overlay scrollbars, as on a GTK or macOS desktop and as in headless Chromium, which hides them:
    // page widths then mean the same in both browsers.
    'ui.useOverlayScrollbars': 1,
  };
}

/** Evaluates privileged JavaScript in the browser window (WebDriver BiDi's chrome scope, Firefox 153). */
async function chromeEval(browser: Browser, expression: string): Promise<unknown> {
  const connection = bidi(browser);
  const { result: tree } = await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const context = (tree.contexts as Array<{ context: string }> | undefined)?.[0]?.context;
  if (!context)
    throw new Error(
      'no chrome-scope browsing context: this needs Firefox 153 and --remote-allow-system-access',
    );
  const { result } = await connection.send('script.evaluate', {
    target: { context },
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    awaitPromise: true,
  });
  if (result.type === 'exception')
    throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails)}`);
  const value = (result.result as { value?: string }).value;
  return value === undefined ? undefined : JSON.parse(value);
}

const setPref = (browser: Browser, name: string, value: number | boolean | undefined) =>
  chromeEval(
    browser,
    value === undefined
      ? `Services.prefs.clearUserPref(${JSON.stringify(name)})`
      : `Services.prefs.${typeof value === 'boolean' ? 'setBoolPref' : 'setIntPref'}(${JSON.stringify(name)}, ${JSON.stringify(value)})`,
  );

/**
 * puppeteer's page.goto() to a moz-extension:// URL never resolves (its load event is not reported
 * for extension documents): start the navigation, then watch the document itself.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await poll(
    async () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
    15_000,
    `extension page ${url}`,
  );
}

export interface FirefoxLaunchOptions {
  port: number;
  headless?: boolean;
  extensionDir?: string;
  lang?: 'ko' | 'en';
  /**
   * Stop the background after this long without events, and let stopBackground() wait for that
   * instead of asking through the chrome scope. Set on its own for a Firefox older than 153.
   */
  backgroundIdleMs?: number;
}

/** The same Firefox with no extension at all: what a page sees without us. */
export async function launchFirefoxWithoutExtension(options: {
  port: number;
  lang?: 'ko' | 'en';
}): Promise<{ browser: Browser; close(): Promise<void> }> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error(
      "No Firefox found: install Debian's packages (apt-get install -y firefox-esr firefox-esr-l10n-ko) or set FIREFOX_PATH.",
    );
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    dumpio: Boolean(process.env.FIREFOX_DUMPIO),
    protocolTimeout: 30_000,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: launchPrefs(options.port, options.lang ?? 'ko', 'none@reissue-helper.kr'),
  });
  return { browser, close: async () => void (await browser.close().catch(() => undefined)) };
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error(
      "No Firefox found: install Debian's packages (apt-get install -y firefox-esr firefox-esr-l10n-ko) or set FIREFOX_PATH.",
    );
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}: run npm run build:firefox first.`);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const backgroundIdleMs =
    options.backgroundIdleMs ??
    (firefoxMajorVersion(executablePath) < CHROME_SCOPE_SINCE ? 3_000 : undefined);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    dumpio: Boolean(process.env.FIREFOX_DUMPIO),
    protocolTimeout: 30_000,
    // Lets WebDriver BiDi evaluate in extension pages and in the chrome scope (stopping the background, prefs).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...launchPrefs(options.port, options.lang ?? 'ko', geckoId),
      ...(backgroundIdleMs === undefined ? {} : { 'extensions.background.idle.timeout': backgroundIdleMs }),
    },
  });
  // A temporary add-on, as about:debugging's "Load Temporary Add-on…" would install it.
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const extensionUrl = (path: string) => `${origin}/${path.replace(/^\//, '')}`;

  /**
   * Firefox's MV3 background is an event page that WebDriver BiDi does not expose, and there is no
   * service-worker target as in Chromium; so evaluations run in an extension document instead,
   * which has the same extension APIs. The document is an empty one (a blob: URL that one of our
   * pages made), so no popup or options code runs beside the test's own.
   */
  let workerPage: Promise<Page> | undefined;
  async function makeEvaluationPage(): Promise<Page> {
    const maker = await browser.newPage();
    await gotoExtensionPage(maker, extensionUrl('popup.html'));
    const blobUrl = await maker.evaluate(() =>
      URL.createObjectURL(new Blob(['<!doctype html><title>test harness</title>'], { type: 'text/html' })),
    );
    const page = await browser.newPage();
    await gotoExtensionPage(page, blobUrl);
    await maker.close();
    return page;
  }
  async function evaluationPage(): Promise<Page> {
    if (!workerPage || (await workerPage.catch(() => undefined))?.isClosed() !== false)
      workerPage = makeEvaluationPage();
    return workerPage;
  }

  /**
   * puppeteer's emulateMediaFeatures needs CDP. Firefox's content colour-scheme pref (0 dark,
   * 1 light) does the same, but for every page: the newest request wins, as when a user changes the
   * system's setting. A page that asked for none shows whatever was asked last.
   */
  const SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';
  let scheme: ColorScheme | undefined;
  async function colourScheme(_page: Page, wanted: ColorScheme): Promise<void> {
    if (wanted === scheme) return;
    await setPref(browser, SCHEME_PREF, wanted === 'dark' ? 0 : 1);
    scheme = wanted;
  }

  /**
   * The event page is one of the extension's views while it runs, and asking for the views does not
   * wake it (a message would): so this works in every Firefox, without the chrome scope.
   */
  const backgroundState = async () => {
    const page = await evaluationPage();
    const views = await page.evaluate(() =>
      (globalThis as unknown as { browser: { extension: { getViews(): Window[] } } }).browser.extension
        .getViews()
        .map((v) => v.location.pathname),
    );
    return views.includes('/_generated_background_page.html') ? 'running' : 'stopped';
  };

  const ext: ExtensionBrowser = {
    name: 'firefox',
    browser,
    extensionId: EXTENSION_UUID,
    extensionUrl,
    async openExtensionPage(path, pageOptions = {}) {
      const page = await browser.newPage();
      if (pageOptions.viewport) await ext.setViewport(page, pageOptions.viewport);
      if (pageOptions.colorScheme) await colourScheme(page, pageOptions.colorScheme);
      await gotoExtensionPage(page, extensionUrl(path));
      return page;
    },
    async findExtensionPage(path) {
      // puppeteer reports a tab the extension opened by itself as about:blank: ask each document.
      const url = extensionUrl(path);
      for (const page of await browser.pages()) {
        if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
      }
      return undefined;
    },
    async reloadExtensionPage(page) {
      // As page.goto() to an extension page, page.reload() never resolves there: mark the old
      // document, start the reload, and wait for a complete document without the mark.
      const url = await page.evaluate(() => location.href);
      await page.evaluate(() => void ((globalThis as { harnessOld?: boolean }).harnessOld = true));
      void page.reload().catch(() => undefined);
      await poll(
        async () =>
          page.evaluate(
            (u) =>
              !(globalThis as { harnessOld?: boolean }).harnessOld &&
              location.href === u &&
              document.readyState === 'complete',
            url,
          ),
        15_000,
        `reload of ${url}`,
      );
    },
    async openActionPopup(page) {
      // WebDriver BiDi cannot press the toolbar button, and a popup Firefox opens in its panel is no
      // page puppeteer can reach. So: grant activeTab for the selected tab as the button's click
      // does (through the chrome scope), then open the popup as a page for that tab (?tab=).
      await page.bringToFront();
      const [tabId] = await (
        await ext.worker()
      ).evaluate(async () =>
        (await chrome.tabs.query({ active: true, currentWindow: true })).map((t) => t.id),
      );
      await chromeEval(
        browser,
        `WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension.tabManager.addActiveTabPermission(Services.wm.getMostRecentWindow('navigator:browser').gBrowser.selectedTab)`,
      );
      return ext.openExtensionPage(`popup.html?tab=${tabId}`);
    },
    async worker(): Promise<WorkerHandle> {
      const page = await evaluationPage();
      return {
        // BiDi's script.callFunction, which the extension page's CSP (no eval) does not stop.
        evaluate: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => unknown, ...args) as never,
      };
    },
    async stopBackground() {
      // Without the chrome scope (Firefox 140) the short idle time-out set at launch stops it.
      if (backgroundIdleMs !== undefined) {
        await poll(
          async () => (await backgroundState()) === 'stopped',
          10_000 + 4 * backgroundIdleMs,
          'background stopped',
        );
        return;
      }
      // What about:debugging's "Terminate background script" does, through BiDi's chrome scope. A text
      // the page sends meanwhile wakes the background again, as it should: then it is stopped again,
      // as the browser would once it is idle, until it stays stopped.
      const deadline = Date.now() + 10_000;
      for (;;) {
        await chromeEval(
          browser,
          `WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension.terminateBackground()`,
        );
        try {
          await poll(async () => (await backgroundState()) === 'stopped', 2_000, 'background stopped');
          return;
        } catch (error) {
          if (Date.now() > deadline) throw error;
        }
      }
    },
    backgroundState,
    async setViewport(page, { width, height, deviceScaleFactor }) {
      // puppeteer's setViewport also sends emulation.setScreenOrientationOverride, which Firefox 140
      // does not know; browsingContext.setViewport alone is what sizes the page.
      await bidi(browser).send('browsingContext.setViewport', {
        context: contextOf(page),
        viewport: { width, height },
        devicePixelRatio: deviceScaleFactor ?? null,
      });
    },
    emulateColorScheme: colourScheme,
    async grantHostPermission(pattern) {
      // As the switch in about:addons' permissions tab does. (A permissions.request() that follows
      // resolves at once; one without this grant is accepted by extensions.webextOptionalPermissionPrompts.)
      const id = JSON.stringify(geckoId);
      await chromeEval(
        browser,
        `ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs').ExtensionPermissions.add(${id}, { permissions: [], origins: [${JSON.stringify(pattern)}] }, WebExtensionPolicy.getByID(${id}).extension)`,
      );
    },
    async allowClipboard() {
      // Nothing to do: dom.events.testing.asyncClipboard is set at launch.
    },
    async failAsTimeout(_page, suffix) {
      // Request interception's abort('timedout') arrives in Firefox as NS_ERROR_ABORT (an ordinary
      // cancel), so let the request really time out: the server never answers `/__hang`, and a
      // one-second response time-out makes Firefox give up with NS_ERROR_NET_TIMEOUT.
      if (!suffix.endsWith('/__hang')) throw new Error("Firefox times out only the replica server's /__hang");
      // Firefox applies its response time-out only while TCP keep-alives are off.
      const prefs: Array<[string, number | boolean]> = [
        ['network.http.tcp_keepalive.short_lived_connections', false],
        ['network.http.tcp_keepalive.long_lived_connections', false],
        ['network.http.response.timeout', 1],
      ];
      for (const [name, value] of prefs) await setPref(browser, name, value);
      return {
        code: 'NS_ERROR_NET_TIMEOUT',
        async restore() {
          for (const [name] of prefs) await setPref(browser, name, undefined);
        },
      };
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
  await waitForContentScripts(ext);
  return ext;
}
