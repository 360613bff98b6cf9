import { describe, expect, it } from 'vitest';
import { chineseSide, englishSide } from './lexical-similarity.ts';
import { coarseWords, MOST_COARSE_WORDS, textWords } from './sentence-words.ts';

describe('textWords', () => {
  it('numbers the English keys, and keeps of each Chinese term the keys the English has', () => {
    const party = new Set(['party', 'faction']);
    const words = textWords([chineseSide([party, new Set(['rain']), party])], [englishSide(['party', 'beijing', 'party'])]);
    expect(words.english.map((keys) => [...keys])).toEqual([[0, 1, 0]]);
    expect(words.chinese.map((terms) => [...terms])).toEqual([[0, 1, 0]]);
    expect(words.termKeys.map((keys) => [...keys])).toEqual([[0], []]);
    expect(words.keys).toBe(2);
    expect([...words.termSpread]).toEqual([1, 1]);
    expect([...words.keySpread]).toEqual([1, 1]);
  });
});

describe('coarseWords', () => {
  it('reads runs of sentences as one, each word once', () => {
    const a = new Set(['a']);
    const b = new Set(['b']);
    const words = textWords(
      [chineseSide([a, b]), chineseSide([b]), chineseSide([a])],
      [englishSide(['a']), englishSide(['a', 'b']), englishSide(['b'])],
    );
    const coarse = coarseWords(words, 2);
    expect(coarse.chinese.map((terms) => [...terms])).toEqual([[0, 1], [0]]);
    expect(coarse.english.map((keys) => [...keys])).toEqual([[0, 1], [1]]);
  });

  it('keeps the rarest words of a long run, in their order', () => {
    const keys = Array.from({ length: MOST_COARSE_WORDS + 2 }, (_, k) => `w${k}`);
    // w0 and w1 are in every English sentence; the others in the first only.
    const english = [englishSide(keys), englishSide(['w0', 'w1']), englishSide(['w1', 'w0'])];
    const coarse = coarseWords(textWords([], english), 2);
    expect([...(coarse.english[0] ?? [])]).toEqual(Array.from({ length: MOST_COARSE_WORDS }, (_, k) => k + 2));
    expect([...(coarse.english[1] ?? [])]).toEqual([1, 0]);
  });
});
