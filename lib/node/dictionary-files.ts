import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildDictionary } from '../dictionary/build.ts';
import { INDEX_HEADER_WORDS, type CompactDictionary } from '../dictionary/compact-format.ts';
import { PROJECT_ROOT } from './project-root.ts';

/** Node-side access to the dictionary files: built from npm packages into public/data, shipped from there. */
export const DATA_DIR = join(PROJECT_ROOT, 'public', 'data');
export const DICTIONARY_TEXT = join(DATA_DIR, 'dictionary.txt');
export const DICTIONARY_INDEX = join(DATA_DIR, 'dictionary.idx');

const require = createRequire(import.meta.url);

function readModuleString(specifier: string): string {
  const value: unknown = require(specifier);
  if (typeof value !== 'string') throw new Error(`${specifier} does not export a string`);
  return value;
}

export function buildDictionaryFiles(): { entries: number; warnings: string[] } {
  const { dictionary, warnings } = buildDictionary({
    cedict: readModuleString('hanzi/lib/data/cedict_ts.u8.js'),
    frequencies: readModuleString('hanzi/lib/data/leidenfreqdata.txt.js'),
    politicalTerms: readFileSync(join(PROJECT_ROOT, 'data', 'political-terms.tsv'), 'utf8'),
  });
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(DICTIONARY_TEXT, dictionary.text);
  writeFileSync(DICTIONARY_INDEX, new Uint8Array(dictionary.index.buffer));
  return { entries: dictionary.index.length - INDEX_HEADER_WORDS, warnings };
}

export function readDictionaryFiles(): CompactDictionary {
  if (!existsSync(DICTIONARY_TEXT) || !existsSync(DICTIONARY_INDEX)) buildDictionaryFiles();
  const indexBytes = readFileSync(DICTIONARY_INDEX);
  const index = new Uint32Array(indexBytes.buffer.slice(indexBytes.byteOffset, indexBytes.byteOffset + indexBytes.byteLength));
  return { text: readFileSync(DICTIONARY_TEXT, 'utf8'), index };
}
