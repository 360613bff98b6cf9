import { DERIVED_WORD_LOG_PROBABILITY, isNounSuffix } from './derived-words.ts';
import { numeralEnd } from './numbers.ts';
import type { Token, WordSource } from './segmenter.ts';
import { visitUnknownNames } from './unknown-names.ts';

/**
 * Maximum-probability segmentation of a run of Han characters (the unigram model of jieba and of most dictionary
 * segmenters): among all ways to cut the run into dictionary words, numbers, unknown names or single characters,
 * pick the one whose words are jointly most probable. Longest match alone cuts 研究生命 as 研究生|命. Words derived
 * with a suffix (derived-words.ts) join the lattice as unknown words.
 */

/**
 * A word's probability is its count over the size of the frequency list's corpus (the Leiden Weibo corpus: about 100
 * million words), taken twice as large because that corpus cuts finer than news segmentation standards (不|會, 一|個):
 * each further cut must be a little less likely than its counts say. F1 on PKU and CityU peaks between 1.5e8 and 3e8.
 */
const LOG_CORPUS_WORDS = Math.log(2e8);
/** Words CC-CEDICT has but the frequency list lacks are rare, yet still likelier than an arbitrary character pair. */
const UNSEEN_WORD_COUNT = 3;
/** A character that is no dictionary word on its own and no part of a name we can recognise (a rare glyph). */
const UNKNOWN_CHARACTER = Math.log(0.5) - LOG_CORPUS_WORDS;
/**
 * An unknown name never contains a word this common (國家, 德國, 人士): characters that spell foreign names also
 * make up common words, and in formal text a chain of them (興則國家興) can otherwise outweigh the words it cuts.
 */
const COMMON_WORD_COUNT = 300;
/** A number of several numerals is weighed like a common word, so 二十 or 一百 stays whole rather than split. */
const NUMERAL_COUNT = 2000;

function wordLogProbability(count: number): number {
  return Math.log(Math.max(count, UNSEEN_WORD_COUNT)) - LOG_CORPUS_WORDS;
}

export function segmentHanRun(chars: readonly string[], offset: number, words: WordSource): Token[] {
  const n = chars.length;
  // best[i]: log-probability of the best segmentation of chars[i..n); next[i]: where its first word ends.
  const best = new Float64Array(n + 1);
  const next = new Int32Array(n + 1);
  const known = new Uint8Array(n + 1);
  // wordEnds[end] === i: chars[i..end) is a dictionary word, which stays known whatever else weighs it.
  const wordEnds = new Int32Array(n + 1).fill(-1);
  let i = n;
  const consider = (end: number, logProbability: number): void => {
    const score = logProbability + (best[end] ?? 0);
    if (score > (best[i] ?? -Infinity)) {
      best[i] = score;
      next[i] = end;
      known[i] = wordEnds[end] === i ? 1 : 0;
    }
  };
  // The end of the nearest common word starting at i or after: unknown names from i must end before it.
  let commonWordEnd = n + 1;
  for (i = n - 1; i >= 0; i--) {
    best[i] = UNKNOWN_CHARACTER + (best[i + 1] ?? 0);
    next[i] = i + 1;
    known[i] = 0;
    let candidate = '';
    for (let j = i; j < n && j - i < words.longestWord; j++) {
      candidate += chars[j];
      if (!words.hasPrefix(candidate)) break;
      const count = words.frequency(candidate);
      if (count === undefined) continue;
      wordEnds[j + 1] = i;
      if (j > i && count >= COMMON_WORD_COUNT) commonWordEnd = Math.min(commonWordEnd, j + 1);
      consider(j + 1, wordLogProbability(count));
      // A derived word the dictionary has is weighed as the word it is, by its own count.
      const suffix = chars[j + 1];
      if (j > i && isNounSuffix(suffix) && words.frequency(candidate + suffix) === undefined) {
        consider(j + 2, wordLogProbability(count) + DERIVED_WORD_LOG_PROBABILITY);
      }
    }
    const numeral = numeralEnd(chars, i);
    if (numeral > i + 1) consider(numeral, wordLogProbability(NUMERAL_COUNT));
    visitUnknownNames(chars, i, commonWordEnd - 1, consider);
  }
  const tokens: Token[] = [];
  for (let start = 0; start < n; ) {
    const end = next[start] ?? start + 1;
    tokens.push({ text: chars.slice(start, end).join(''), start: offset + start, end: offset + end, known: known[start] === 1 });
    start = end;
  }
  return tokens;
}
