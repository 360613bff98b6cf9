import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildDictionary } from '../dictionary/build.ts';
import { decodeIndex, keysFromBytes, keysToBytes, shardFileName, type CompactDictionary } from '../dictionary/compact-format.ts';
import { PROJECT_ROOT } from './project-root.ts';

/** Node-side access to the dictionary files: built from npm packages into public/data, shipped from there. */
export const DATA_DIR = join(PROJECT_ROOT, 'public', 'data');
export const DICTIONARY_FILES = {
  keys: join(DATA_DIR, 'dictionary-keys.bin'),
  index: join(DATA_DIR, 'dictionary-index.bin'),
  shards: join(DATA_DIR, 'entries'),
} as const;

const require = createRequire(import.meta.url);

function readModuleString(specifier: string): string {
  const value: unknown = require(specifier);
  if (typeof value !== 'string') throw new Error(`${specifier} does not export a string`);
  return value;
}

export function buildDictionaryFiles(): { keys: number; shards: number; warnings: string[] } {
  const { dictionary, warnings } = buildDictionary({
    cedict: readModuleString('hanzi/lib/data/cedict_ts.u8.js'),
    frequencies: readModuleString('hanzi/lib/data/leidenfreqdata.txt.js'),
    politicalTerms: readFileSync(join(PROJECT_ROOT, 'data', 'political-terms.tsv'), 'utf8'),
  });
  // Only the dictionary's own shards: public/data also holds other generated data (conversion tables).
  rmSync(DICTIONARY_FILES.shards, { recursive: true, force: true });
  mkdirSync(DICTIONARY_FILES.shards, { recursive: true });
  writeFileSync(DICTIONARY_FILES.keys, keysToBytes(dictionary.keys));
  writeFileSync(DICTIONARY_FILES.index, dictionary.index);
  dictionary.shards.forEach((shard, i) => writeFileSync(join(DICTIONARY_FILES.shards, shardFileName(i)), shard));
  return { keys: decodeIndex(dictionary.index).index[2] ?? 0, shards: dictionary.shards.length, warnings };
}

/** The whole dictionary, every shard loaded: Node reads files in microseconds, so nothing is left lazy. */
export function readDictionaryFiles(): CompactDictionary {
  if (!existsSync(DICTIONARY_FILES.keys) || !existsSync(DICTIONARY_FILES.index)) buildDictionaryFiles();
  const { index, frequencies } = decodeIndex(new Uint8Array(readFileSync(DICTIONARY_FILES.index)));
  const shards = new Map<number, string>();
  for (const file of readdirSync(DICTIONARY_FILES.shards)) {
    shards.set(Number.parseInt(file, 10), readFileSync(join(DICTIONARY_FILES.shards, file), 'utf8'));
  }
  return { keys: keysFromBytes(readFileSync(DICTIONARY_FILES.keys)), index, frequencies, shards };
}
