import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestMessage } from './lib/i18n/manifest-messages.ts';

const PAGE_RESOURCES = ['data/convert/*', 'data/dictionary-*.bin', 'data/entries/*', 'lookup-engine.js'];
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Explicit imports keep every module readable on its own (no ambient globals).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The page's lookup engine is imported by the content script (entrypoints/content/lookup-client.ts), so it is
    // built as an ES module with its answer as the default export, not as the IIFE WXT makes of unlisted scripts.
    'vite:build:extendConfig': (entrypoints, config) => {
      const lib = config.build?.lib;
      if (lib && entrypoints.some((entrypoint) => entrypoint.name === 'lookup-engine')) lib.formats = ['es'];
    },
  },
  // The store's review copy of the sources: public/data and public/_locales are rebuilt by `npm run data` (from npm
  // packages and from lib/i18n).
  zip: { excludeSources: ['public/data/**', 'public/_locales/**', 'test-results/**', 'bench-results.json'] },
  manifest: ({ browser }) => ({
    // The manifest's strings come from public/_locales, in the browser's language; the pages, card and menus follow
    // the language chosen in the settings (lib/i18n).
    default_locale: 'en',
    name: manifestMessage('extensionName'),
    description: manifestMessage('extensionDescription'),
    // Drawn by scripts/build-icons.ts.
    icons: ICONS,
    action: { default_icon: ICONS },
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    // English pages and feeds are read only from sites the reader allows, asked at run time (see the popup's
    // English tab and the feed list in the settings).
    // Firefox's Manifest V2 lists host permissions among the optional permissions.
    // AnkiConnect's address is asked for on its own at the first "send to Anki".
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*', 'http://127.0.0.1:8765/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*', 'http://127.0.0.1:8765/*'] }),
    // The settings page compiles sql.js's WebAssembly (a file of the extension) to write .apkg decks: allowed by
    // 'wasm-unsafe-eval', which permits compiling WebAssembly and nothing else; scripts stay 'self' only.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    // What content scripts read from the package: the conversion tables (entrypoints/content/page-conversion.ts), and
    // the lookup engine with the dictionary, which answer the card's lookups in the page (entrypoints/lookup-engine.ts).
    // Chromium serves them at a per-session address (use_dynamic_url), so that a site cannot tell that Duizhao is
    // installed by fetching a fixed one; Firefox's addresses already carry a random id per installation.
    web_accessible_resources:
      browser === 'firefox'
        ? PAGE_RESOURCES
        : [{ resources: PAGE_RESOURCES, matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'toggle-hover': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: manifestMessage('commandToggleHover'),
      },
      'toggle-conversion': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: manifestMessage('commandToggleConversion'),
      },
      'toggle-pinyin': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: manifestMessage('commandTogglePinyin'),
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'duizhao@duizhao.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
