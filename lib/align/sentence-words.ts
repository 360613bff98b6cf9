import type { ChineseTerm } from './chinese-terms.ts';
import type { ChineseSide, EnglishSide } from './lexical-similarity.ts';

/**
 * Both texts' words as numbers, for matching at every scale the aligner works at: each key the English has is
 * numbered from 0, and each distinct Chinese term too, with the numbers of its keys the English has.
 */
export interface TextWords {
  /** For each Chinese sentence, the number of each of its terms, in order, repeats included. */
  chinese: Int32Array[];
  /** For each English sentence, the number of each of its words' keys, in order, repeats included. */
  english: Int32Array[];
  /** termKeys[term]: the keys of a term that the English has. */
  termKeys: Int32Array[];
  keys: number;
  /** In how many Chinese sentences each term occurs: the rarer, the more a match tells. */
  termSpread: Int32Array;
  /** In how many English sentences each key occurs. */
  keySpread: Int32Array;
}

/**
 * Most words a side a coarse sentence keeps, the rarest: enough for the rough path, few enough that comparing two
 * coarse sentences costs the same at every scale.
 */
export const MOST_COARSE_WORDS = 64;

export function textWords(chinese: readonly ChineseSide[], english: readonly EnglishSide[]): TextWords {
  const keyNumbers = new Map<string, number>();
  const englishWords = english.map((side) =>
    Int32Array.from(side.keys, (key) => {
      const known = keyNumbers.get(key);
      if (known !== undefined) return known;
      keyNumbers.set(key, keyNumbers.size);
      return keyNumbers.size - 1;
    }),
  );
  // The term reader gives a word the same set of keys wherever it occurs: a term is numbered once.
  const termNumbers = new Map<ChineseTerm, number>();
  const termKeys: Int32Array[] = [];
  const chineseWords = chinese.map((side) =>
    Int32Array.from(side.terms, (term) => {
      const known = termNumbers.get(term);
      if (known !== undefined) return known;
      termNumbers.set(term, termKeys.length);
      termKeys.push(Int32Array.from([...term].flatMap((key) => keyNumbers.get(key) ?? [])));
      return termKeys.length - 1;
    }),
  );
  return {
    chinese: chineseWords,
    english: englishWords,
    termKeys,
    keys: keyNumbers.size,
    termSpread: spread(chineseWords, termKeys.length),
    keySpread: spread(englishWords, keyNumbers.size),
  };
}

/** In how many sentences each number (below `count`) occurs. */
function spread(sentences: readonly Int32Array[], count: number): Int32Array {
  const sentencesWith = new Int32Array(count);
  // Runs of one sentence: each number once per sentence.
  for (const distinct of distinctInRuns(sentences, 1, count)) for (const number of distinct) sentencesWith[number] = (sentencesWith[number] ?? 0) + 1;
  return sentencesWith;
}

/**
 * The words of runs of `factor` sentences read as one, each word once: a rough path needs to know which words two
 * runs share, and counting each occurrence would cost the square of a run's repeats.
 */
export function coarseWords(words: TextWords, factor: number): TextWords {
  return {
    ...words,
    chinese: rarest(distinctInRuns(words.chinese, factor, words.termKeys.length), words.termSpread),
    english: rarest(distinctInRuns(words.english, factor, words.keys), words.keySpread),
  };
}

/** For each run of `factor` sentences, the numbers (below `count`) its sentences have, each once. */
function distinctInRuns(sentences: readonly Int32Array[], factor: number, count: number): Int32Array[] {
  // seenIn[number]: the last run the number was taken in.
  const seenIn = new Int32Array(count).fill(-1);
  const runs: Int32Array[] = [];
  for (let start = 0; start < sentences.length; start += factor) {
    const run = runs.length;
    const distinct: number[] = [];
    for (const sentence of sentences.slice(start, start + factor)) {
      for (const number of sentence) {
        if (seenIn[number] === run) continue;
        seenIn[number] = run;
        distinct.push(number);
      }
    }
    runs.push(Int32Array.from(distinct));
  }
  return runs;
}

/** Each sentence's MOST_COARSE_WORDS rarest words, in their order. */
function rarest(sentences: Int32Array[], spreadOf: Int32Array): Int32Array[] {
  return sentences.map((sentence) => {
    if (sentence.length <= MOST_COARSE_WORDS) return sentence;
    const order = Array.from(sentence.keys()).sort((a, b) => (spreadOf[sentence[a] ?? 0] ?? 0) - (spreadOf[sentence[b] ?? 0] ?? 0) || a - b);
    const kept = order.slice(0, MOST_COARSE_WORDS).sort((a, b) => a - b);
    return Int32Array.from(kept, (index) => sentence[index] ?? 0);
  });
}
