import { MAX_WORD_WEIGHT } from './trie-format.ts';

/**
 * How common a word of a stage's word list is, in the 4 bits the conversion data has for it (see trie-format.ts):
 * the natural log of its count in the word frequency list, rounded, 1 to 15 (counts of 1 to 3 million and more).
 * Cutting text into words needs no finer scale: with weights in steps of 1/16, SIGHAN's test sets convert the same
 * but for one character.
 */
export function weightOfCount(count: number): number {
  if (!(count >= 1)) throw new Error(`A word count must be at least 1, not ${count}`);
  return Math.min(MAX_WORD_WEIGHT, Math.max(1, Math.round(Math.log(count))));
}

/** The natural log of the count a weight stands for. */
export function logCountOfWeight(weight: number): number {
  return weight;
}
