import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Explicit imports keep every module readable on its own (no ambient globals).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // The store's review copy of the sources: public/data is rebuilt from npm packages by `npm run data`.
  zip: { excludeSources: ['public/data/**', 'test-results/**', 'bench-results.json'] },
  manifest: ({ browser }) => ({
    name: 'Duizhao 对照',
    description:
      'Read Chinese news side by side: words with pinyin in context, Traditional ⇄ Simplified, glossary, aligned English coverage.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    // English pages and feeds are read only from sites the reader allows, asked at run time (see the popup's
    // English tab and the feed list in the settings).
    // Firefox's Manifest V2 lists host permissions among the optional permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // The conversion tables, read by the content script that converts a page (see entrypoints/content/page-conversion.ts).
    web_accessible_resources:
      browser === 'firefox'
        ? ['data/convert/*']
        : [{ resources: ['data/convert/*'], matches: ['<all_urls>'] }],
    commands: {
      'toggle-hover': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Turn hover lookups on or off in this tab',
      },
      'toggle-conversion': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Convert this page between Traditional and Simplified, or back to the original',
      },
      'toggle-pinyin': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Show or hide pinyin over the Chinese text of this page',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'duizhao@duizhao.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
