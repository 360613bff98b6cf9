import type { ChineseTerm } from './chinese-terms.ts';

/** A Chinese sentence as the aligner compares it. */
export interface ChineseSide {
  terms: readonly ChineseTerm[];
  /** Every key of every term: whether an English word is some term's translation. */
  keys: ReadonlySet<string>;
}

/** An English sentence as the aligner compares it. */
export interface EnglishSide {
  keys: readonly string[];
  keySet: ReadonlySet<string>;
}

export function chineseSide(terms: readonly ChineseTerm[]): ChineseSide {
  const keys = new Set<string>();
  for (const term of terms) for (const key of term) keys.add(key);
  return { terms, keys };
}

export function englishSide(keys: readonly string[]): EnglishSide {
  return { keys, keySet: new Set(keys) };
}

/** Similarity of the Chinese sentences [zhStart, zhEnd) and the English sentences [enStart, enEnd). */
export type BlockSimilarity = (zhStart: number, zhEnd: number, enStart: number, enEnd: number) => number;

/**
 * Share of the words on both sides that find a translation on the other side (Chinese terms with some rendering
 * among the English words, English words that render some Chinese term), from 0 to 1, for groups of sentences.
 * Which word meets which sentence is worked out once, pair by pair: the aligner asks about every group of
 * neighbouring sentences, and a group's matches are then a few table reads.
 */
export function blockSimilarity(chinese: readonly ChineseSide[], english: readonly EnglishSide[]): BlockSimilarity {
  // termHits[s][k * english.length + t]: term k of Chinese sentence s has a rendering in English sentence t.
  const termHits = chinese.map((sentence) => {
    const hits = new Uint8Array(sentence.terms.length * english.length);
    sentence.terms.forEach((term, k) => {
      english.forEach((side, t) => {
        for (const key of term) {
          if (side.keySet.has(key)) {
            hits[k * english.length + t] = 1;
            break;
          }
        }
      });
    });
    return hits;
  });
  // keyHits[t][k * chinese.length + s]: word k of English sentence t renders some term of Chinese sentence s.
  const keyHits = english.map((sentence) => {
    const hits = new Uint8Array(sentence.keys.length * chinese.length);
    sentence.keys.forEach((key, k) => {
      chinese.forEach((side, s) => {
        if (side.keys.has(key)) hits[k * chinese.length + s] = 1;
      });
    });
    return hits;
  });
  return (zhStart, zhEnd, enStart, enEnd) => {
    let words = 0;
    let matched = 0;
    for (let s = zhStart; s < zhEnd; s++) {
      const hits = termHits[s] ?? new Uint8Array();
      const terms = chinese[s]?.terms.length ?? 0;
      words += terms;
      for (let k = 0; k < terms; k++) matched += anyHit(hits, k * english.length, enStart, enEnd);
    }
    for (let t = enStart; t < enEnd; t++) {
      const hits = keyHits[t] ?? new Uint8Array();
      const keys = english[t]?.keys.length ?? 0;
      words += keys;
      for (let k = 0; k < keys; k++) matched += anyHit(hits, k * chinese.length, zhStart, zhEnd);
    }
    return words === 0 ? 0 : matched / words;
  };
}

function anyHit(hits: Uint8Array, row: number, start: number, end: number): number {
  for (let i = start; i < end; i++) if (hits[row + i] === 1) return 1;
  return 0;
}
