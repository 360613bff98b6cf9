import { browser } from 'wxt/browser';
import { decodeIndex, keysFromBytes, shardFileName, type CompactDictionary } from '../lib/dictionary/compact-format.ts';

/** Reads the dictionary files shipped in the extension package (built by scripts/build-data.ts). */
async function fetchPackaged(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

/** `shardLimit`: see CompactDictionary; all shards once read are kept by default. */
export async function loadPackagedDictionary(shardLimit?: number): Promise<CompactDictionary> {
  const [keys, indexBytes] = await Promise.all(
    ['/data/dictionary-keys.bin', '/data/dictionary-index.bin'].map((path) =>
      fetchPackaged(path).then((response) => response.arrayBuffer()),
    ),
  );
  if (!keys || !indexBytes) throw new Error('dictionary files missing from the package');
  const { index, frequencies } = decodeIndex(new Uint8Array(indexBytes));
  return {
    keys: keysFromBytes(keys),
    index,
    frequencies,
    shards: new Map(),
    loadShard: (shard) => fetchPackaged(`/data/entries/${shardFileName(shard)}`).then((response) => response.text()),
    ...(shardLimit === undefined ? {} : { shardLimit }),
  };
}

/** Reads one of the conversion tables shipped in the package (built by scripts/build-conversion-data.ts). */
export async function loadPackagedConversionFile(name: string): Promise<string | ArrayBuffer> {
  const response = await fetchPackaged(`/data/convert/${name}`);
  return name.endsWith('.json') ? response.text() : response.arrayBuffer();
}
