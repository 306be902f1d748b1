import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { problems } from './rules/catalogue';
import { LOOPBACK_MATCHES } from './rules/catalogue/security-programs';
import { SITE_MATCHES } from './rules/site-matches';
import { prefilterDefines } from './rules/prefilter';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // The content script gets the catalogue's prefilter as two regex sources, not the catalogue.
    define: prefilterDefines(problems),
    // WXT's content-script context announces itself to the page: see entrypoints/content/context.ts.
    resolve: {
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./entrypoints/content/context.ts', import.meta.url)) }],
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    // webRequest only observes (failures on listed sites); alarms time the mail advice and the
    // expiry reminders, notifications show the reminders; scripting registers the content scripts
    // for the enabled sites (so a disabled site gets none).
    permissions: ['storage', 'webRequest', 'alarms', 'notifications', 'scripting'],
    // Loopback: to notice a page failing to reach a local security program (ports are not part of a pattern).
    host_permissions: [...SITE_MATCHES, ...LOOPBACK_MATCHES],
    // Sites the user adds are asked for one by one, when they are added.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reissue-helper@reissue-helper.kr',
              // MAIN-world content scripts need 128; the data-collection declaration needs 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
