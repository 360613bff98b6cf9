import { browser } from 'wxt/browser';
import type { CompactDictionary } from '../lib/dictionary/compact-format.ts';

/** Reads the dictionary files shipped in the extension package (built by scripts/build-data.ts). */
async function fetchPackaged(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

export async function loadPackagedDictionary(): Promise<CompactDictionary> {
  const [text, index] = await Promise.all([
    fetchPackaged('/data/dictionary.txt').then((response) => response.text()),
    fetchPackaged('/data/dictionary.idx').then((response) => response.arrayBuffer()),
  ]);
  return { text, index: new Uint32Array(index) };
}
