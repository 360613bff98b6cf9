import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../node/project-root.ts';
import { dictionaryNamed, dictionaryPairs, type OpenccDictionaries } from './opencc-dictionaries.ts';

/**
 * Hand-picked phrases for Simplified → Traditional where OpenCC's tables fall short of news text
 * (data/conversion-phrases.tsv: simplified, traditional, why), in opencc-js's `source replacement|…` form: the first
 * dictionary of the first stage, so that a phrase here overrules OpenCC's phrase of the same key, while OpenCC's
 * longer phrases still win by length. Each must be a Traditional spelling of its key.
 */
export const CURATED_PHRASES = 'DuizhaoPhrases';
export const CURATED_PHRASES_FILE = join(PROJECT_ROOT, 'data', 'conversion-phrases.tsv');

const HEADER = 'simplified\ttraditional\twhy';

export function parseCuratedPhrases(tsv: string, opencc: OpenccDictionaries): string {
  const lines = tsv.split(/\r?\n/);
  if (lines[0] !== HEADER) throw new Error(`conversion-phrases.tsv: the header must be "${HEADER.replaceAll('\t', ' ')}"`);
  const simplifiedOf = new Map(dictionaryPairs(dictionaryNamed(opencc, 'TSCharacters')));
  const pairs: string[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `conversion-phrases.tsv:${i + 2}`;
    const [simplified = '', traditional = '', why = '', ...rest] = line.split('\t');
    if (rest.length > 0 || why.trim() === '') throw new Error(`${where}: expected 3 tab-separated fields`);
    const characters = Array.from(traditional);
    if (!/^\p{Script=Han}{2,}$/u.test(simplified) || characters.length !== Array.from(simplified).length) {
      throw new Error(`${where}: "${simplified}" → "${traditional}" is not a phrase of Han characters and its spelling`);
    }
    if (characters.map((character) => simplifiedOf.get(character) ?? character).join('') !== simplified) {
      throw new Error(`${where}: "${traditional}" is no Traditional spelling of "${simplified}"`);
    }
    pairs.push(`${simplified} ${traditional}`);
  });
  return pairs.join('|');
}

export function loadCuratedPhrases(opencc: OpenccDictionaries): string {
  return parseCuratedPhrases(readFileSync(CURATED_PHRASES_FILE, 'utf8'), opencc);
}
