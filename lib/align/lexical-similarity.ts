import type { AlignmentWindow } from './alignment-window.ts';
import type { ChineseTerm } from './chinese-terms.ts';
import type { TextWords } from './sentence-words.ts';

/** A Chinese sentence as the aligner compares it: its content words, each with the keys it may show up as. */
export interface ChineseSide {
  terms: readonly ChineseTerm[];
}

/** An English sentence as the aligner compares it: the keys of its content words, in order, repeats included. */
export interface EnglishSide {
  keys: readonly string[];
}

export function chineseSide(terms: readonly ChineseTerm[]): ChineseSide {
  return { terms };
}

export function englishSide(keys: readonly string[]): EnglishSide {
  return { keys };
}

/** Similarity of the Chinese sentences [zhStart, zhEnd) and the English sentences [enStart, enEnd). */
export type BlockSimilarity = (zhStart: number, zhEnd: number, enStart: number, enEnd: number) => number;

/** How many 32-bit words hold one bit for each of `count` items. */
const wordsFor = (count: number): number => (count + 31) >>> 5;

function bitCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Lists of numbers by key, one after another: list `key` runs from start[key] to start[key + 1] in `items`. */
interface ListsByKey {
  start: Int32Array;
  items: Int32Array;
}

/** Lists by key from (key, item) pairs given in the order each list is to keep. */
function listsByKey(keys: number, pairs: (add: (key: number, item: number) => void) => void): ListsByKey {
  const start = new Int32Array(keys + 1);
  pairs((key) => {
    start[key + 1] = (start[key + 1] ?? 0) + 1;
  });
  for (let key = 0; key < keys; key++) start[key + 1] = (start[key + 1] ?? 0) + (start[key] ?? 0);
  const next = start.slice(0, keys);
  const items = new Int32Array(start[keys] ?? 0);
  pairs((key, item) => {
    const at = next[key] ?? 0;
    items[at] = item;
    next[key] = at + 1;
  });
  return { start, items };
}

/** The first index from `low` to `high` whose value is at least `value`, in an ascending stretch of `sorted`. */
function firstAtOrAfter(sorted: Int32Array, low: number, high: number, value: number): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? value) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Share of the words on both sides that find a translation on the other side (Chinese terms with some rendering
 * among the English words, English words that render some Chinese term), from 0 to 1, for groups of sentences
 * whose links end inside `window` and join at most `longest` sentences a side. Which word meets which sentence is
 * worked out once, from each Chinese sentence's keys to the English sentences in reach that have them, as bits
 * for every pair such links can hold: the aligner asks about every group of neighbouring sentences, and a group's
 * matches are then a few bit operations.
 */
export function blockSimilarity(words: TextWords, window: AlignmentWindow, longest: { zh: number; en: number }): BlockSimilarity {
  const zhCount = words.chinese.length;
  const enCount = words.english.length;
  const termCounts = Int32Array.from(words.chinese, (sentence) => sentence.length);
  const keyCounts = Int32Array.from(words.english, (sentence) => sentence.length);
  // keyWords[t]: where English sentence t's bits start among the English bits of a row of pairs.
  const keyWords = new Int32Array(enCount + 1);
  for (let t = 0; t < enCount; t++) keyWords[t + 1] = (keyWords[t] ?? 0) + wordsFor(keyCounts[t] ?? 0);
  // Chinese sentence s meets English sentences firstPartner[s] to lastPartner[s] − 1 in links ending in rows s + 1
  // to s + longest.zh. The bits of those pairs, partner by partner, start at termStart[s] in termBits and at
  // keyEnds[s] in keyBits; keyStart[s] is shifted so that English sentence t's bits start at keyStart[s] + keyWords[t].
  const firstPartner = new Int32Array(zhCount);
  const lastPartner = new Int32Array(zhCount);
  const termStart = new Int32Array(zhCount + 1);
  const keyStart = new Int32Array(zhCount);
  const keyEnds = new Int32Array(zhCount + 1);
  for (let s = 0; s < zhCount; s++) {
    const first = Math.max(0, (window.from[s + 1] ?? 0) - longest.en);
    const last = Math.max(first, Math.min(enCount, window.to[Math.min(zhCount, s + longest.zh)] ?? enCount));
    firstPartner[s] = first;
    lastPartner[s] = last;
    termStart[s + 1] = (termStart[s] ?? 0) + (last - first) * wordsFor(termCounts[s] ?? 0);
    keyStart[s] = (keyEnds[s] ?? 0) - (keyWords[first] ?? 0);
    keyEnds[s + 1] = (keyEnds[s] ?? 0) + (keyWords[last] ?? 0) - (keyWords[first] ?? 0);
  }
  const termBits = new Int32Array(termStart[zhCount] ?? 0);
  const keyBits = new Int32Array(keyEnds[zhCount] ?? 0);
  // Every English word numbered through the text (sentence t's from wordAt[t] on), listed under its key in order.
  const wordAt = new Int32Array(enCount + 1);
  for (let t = 0; t < enCount; t++) wordAt[t + 1] = (wordAt[t] ?? 0) + (keyCounts[t] ?? 0);
  const sentenceOf = new Int32Array(wordAt[enCount] ?? 0);
  for (let t = 0; t < enCount; t++) sentenceOf.fill(t, wordAt[t] ?? 0, wordAt[t + 1] ?? 0);
  const wordsWithKey = listsByKey(words.keys, (add) => words.english.forEach((keys, t) => keys.forEach((key, p) => add(key, (wordAt[t] ?? 0) + p))));
  words.chinese.forEach((terms, s) => {
    const termWords = wordsFor(terms.length);
    const first = firstPartner[s] ?? 0;
    const last = lastPartner[s] ?? 0;
    const termBase = (termStart[s] ?? 0) - first * termWords;
    const keyBase = keyStart[s] ?? 0;
    const stop = wordAt[last] ?? 0;
    terms.forEach((term, termPosition) => {
      for (const key of words.termKeys[term] ?? []) {
        const end = wordsWithKey.start[key + 1] ?? 0;
        for (let at = firstAtOrAfter(wordsWithKey.items, wordsWithKey.start[key] ?? 0, end, wordAt[first] ?? 0); at < end; at++) {
          const word = wordsWithKey.items[at] ?? stop;
          if (word >= stop) break;
          const t = sentenceOf[word] ?? 0;
          const position = word - (wordAt[t] ?? 0);
          const keyAt = keyBase + (keyWords[t] ?? 0) + (position >>> 5);
          keyBits[keyAt] = (keyBits[keyAt] ?? 0) | (1 << (position & 31));
          const termAt = termBase + t * termWords + (termPosition >>> 5);
          termBits[termAt] = (termBits[termAt] ?? 0) | (1 << (termPosition & 31));
        }
      }
    });
  });

  return (zhStart, zhEnd, enStart, enEnd) => {
    let total = 0;
    let matched = 0;
    for (let s = zhStart; s < zhEnd; s++) {
      const terms = termCounts[s] ?? 0;
      const termWords = wordsFor(terms);
      const base = (termStart[s] ?? 0) - (firstPartner[s] ?? 0) * termWords;
      total += terms;
      for (let word = 0; word < termWords; word++) {
        let any = 0;
        for (let t = enStart; t < enEnd; t++) any |= termBits[base + t * termWords + word] ?? 0;
        matched += bitCount(any);
      }
    }
    for (let t = enStart; t < enEnd; t++) {
      const keys = keyCounts[t] ?? 0;
      const start = keyWords[t] ?? 0;
      total += keys;
      for (let word = 0; word < wordsFor(keys); word++) {
        let any = 0;
        for (let s = zhStart; s < zhEnd; s++) any |= keyBits[(keyStart[s] ?? 0) + start + word] ?? 0;
        matched += bitCount(any);
      }
    }
    return total === 0 ? 0 : matched / total;
  };
}

/** A Chinese sentence similar to some English sentence: its position, and the similarity `blockSimilarity` would give the pair. */
export interface SimilarSentence {
  zh: number;
  similarity: number;
}

/**
 * A word in more Chinese sentences than this (a "development" in a long report) does not by itself make a sentence
 * a candidate source: following it would cost every pair of sentences. It still counts towards the similarity of
 * sentences that some rarer word makes candidates. An article's words are all rarer than this.
 */
export const MOST_SENTENCES_A_WORD_PROPOSES = 64;

/**
 * For each English sentence, the Chinese sentences sharing with it a word not in more than
 * MOST_SENTENCES_A_WORD_PROPOSES of them, in order, with their similarity; the others count as 0. Found through
 * the sentences and terms each key occurs in, so that the work follows the words the texts share, not every pair of
 * sentences.
 */
export function similarSentences(words: TextWords): (en: number) => SimilarSentence[] {
  // Every term of every Chinese sentence, numbered through the text: sentence s's from termAt[s] on.
  const termAt = new Int32Array(words.chinese.length + 1);
  words.chinese.forEach((terms, s) => {
    termAt[s + 1] = (termAt[s] ?? 0) + terms.length;
  });
  const termsWithKey = listsByKey(words.keys, (add) =>
    words.chinese.forEach((terms, s) =>
      terms.forEach((term, position) => {
        for (const key of words.termKeys[term] ?? []) add(key, (termAt[s] ?? 0) + position);
      }),
    ),
  );
  const sentencesWithKey = listsByKey(words.keys, (add) => {
    // listedIn[key]: the last sentence listed for the key, so that each is listed once.
    const listedIn = new Int32Array(words.keys).fill(-1);
    words.chinese.forEach((terms, s) => {
      for (const term of terms) {
        for (const key of words.termKeys[term] ?? []) {
          if (listedIn[key] === s) continue;
          listedIn[key] = s;
          add(key, s);
        }
      }
    });
  });
  // Scratch reused from call to call, told apart by the call's number.
  const proposedIn = new Int32Array(words.chinese.length).fill(-1);
  const termSeenIn = new Int32Array(termAt[words.chinese.length] ?? 0).fill(-1);
  let call = 0;
  return (en) => {
    call++;
    const keys = words.english[en] ?? new Int32Array();
    const timesInEnglish = new Map<number, number>();
    for (const key of keys) timesInEnglish.set(key, (timesInEnglish.get(key) ?? 0) + 1);
    const candidates: number[] = [];
    for (const key of timesInEnglish.keys()) {
      const start = sentencesWithKey.start[key] ?? 0;
      const end = sentencesWithKey.start[key + 1] ?? 0;
      if (end - start > MOST_SENTENCES_A_WORD_PROPOSES) continue;
      for (const s of sentencesWithKey.items.subarray(start, end)) {
        if (proposedIn[s] === call) continue;
        proposedIn[s] = call;
        candidates.push(s);
      }
    }
    return candidates
      .sort((a, b) => a - b)
      .map((s) => {
        let matched = 0;
        for (const [key, times] of timesInEnglish) {
          // The terms of sentence s with this key: a stretch of the key's list, which runs in text order.
          const end = termsWithKey.start[key + 1] ?? 0;
          const first = firstAtOrAfter(termsWithKey.items, termsWithKey.start[key] ?? 0, end, termAt[s] ?? 0);
          const stop = termAt[s + 1] ?? 0;
          // Every English word with the key renders a term of s.
          if (first < end && (termsWithKey.items[first] ?? stop) < stop) matched += times;
          for (let at = first; at < end && (termsWithKey.items[at] ?? stop) < stop; at++) {
            const term = termsWithKey.items[at] ?? 0;
            if (termSeenIn[term] === call) continue;
            termSeenIn[term] = call;
            matched++;
          }
        }
        return { zh: s, similarity: matched / ((words.chinese[s]?.length ?? 0) + keys.length) };
      });
  };
}
