import initSqlJs from 'sql.js';
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

/**
 * SQLite (sql.js) for the extension's pages, to write .apkg decks. Its WebAssembly is a file of the extension,
 * bundled by the build and loaded from the extension's own address: no code comes from elsewhere. The manifest's
 * content security policy allows compiling it ('wasm-unsafe-eval', wxt.config.ts). Loaded on first use only.
 */
let loading: ReturnType<typeof initSqlJs> | null = null;

export function loadSqlJs(): ReturnType<typeof initSqlJs> {
  // A failed load (a page closing mid-way) is tried again next time rather than remembered.
  loading ??= initSqlJs({ locateFile: () => sqlWasmUrl }).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
