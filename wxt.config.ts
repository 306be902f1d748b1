import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { problems } from './rules/catalogue';
import { LOOPBACK_MATCHES } from './rules/catalogue/security-programs';
import { SITE_MATCHES } from './rules/site-matches';
import { prefilterDefines } from './rules/prefilter-words';
import { FOCUS_HINT_COMMAND } from './utils/commands';

/**
 * The project's home page (package.json `homepage`), linked from the stores and the browser's add-on
 * page. Left out until the project has one: a made-up address could be registered by anyone.
 */
const { homepage } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  homepage?: string;
};

/**
 * What the sources zip for an AMO review holds: only what rebuilding the Firefox build needs (README.md
 * says how). An allow-list, so nothing else (demo output, bench results, screenshots, the corpus,
 * tests) can slip in; tests/e2e/zip.test.ts checks the zip against its own list.
 */
const SOURCES = [
  'README.md',
  'LICENSE',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'entrypoints/**',
  'components/**',
  'utils/**',
  'rules/**/*.ts',
  'public/**',
];

// See https://wxt.dev/api/config.html
export default defineConfig({
  zip: { includeSources: SOURCES, excludeSources: ['**/*'] },
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    // The MAIN-world dialog hook is Chrome's: Firefox's content script installs its own
    // (entrypoints/content/firefox-dialog-hook.ts, which says why).
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const entrypoint of entrypoints)
        if (entrypoint.name === 'dialog-hook' && wxt.config.browser === 'firefox') entrypoint.skipped = true;
    },
  },
  vite: () => ({
    plugins: [preact()],
    // The content script gets the catalogue's prefilter as two regex sources, not the catalogue.
    define: prefilterDefines(problems),
    // WXT's content-script context announces itself to the page: see entrypoints/content/context.ts.
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./entrypoints/content/context.ts', import.meta.url)),
        },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    // webRequest only observes (failures on listed sites); alarms time the mail advice and the
    // expiry reminders, notifications show the reminders; scripting registers the content scripts
    // for the enabled sites (so a disabled site gets none).
    // activeTab: after a click on the toolbar button the popup may read that tab's address, so an
    // unlisted site can be named and offered as "이 사이트 추가" (no install-time warning).
    permissions: ['storage', 'webRequest', 'alarms', 'notifications', 'scripting', 'activeTab'],
    // Loopback: to notice a page failing to reach a local security program (ports are not part of a pattern).
    host_permissions: [...SITE_MATCHES, ...LOOPBACK_MATCHES],
    // Sites the user adds are asked for one by one, when they are added.
    optional_host_permissions: ['*://*/*'],
    // The toolbar tooltip: the popup's <title> is __MSG_actionTitle__ too, since wxt copies it here.
    action: { default_title: '__MSG_actionTitle__' },
    ...(homepage ? { homepage_url: homepage } : {}),
    // A keyboard way into the in-page hint, which never takes focus by itself.
    commands: {
      [FOCUS_HINT_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandFocusHint__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reissue-helper@reissue-helper.kr',
              // The data-collection declaration needs 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
