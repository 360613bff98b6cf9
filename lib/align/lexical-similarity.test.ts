import { describe, expect, it } from 'vitest';
import { fullWindow } from './alignment-window.ts';
import { blockSimilarity, chineseSide, englishSide, MOST_SENTENCES_A_WORD_PROPOSES, similarSentences } from './lexical-similarity.ts';
import { textWords } from './sentence-words.ts';

const zh = (...terms: string[][]) => chineseSide(terms.map((keys) => new Set(keys)));
const en = (...keys: string[]) => englishSide(keys);
const ONE_TO_FIVE = { zh: 2, en: 5 };

describe('blockSimilarity', () => {
  it('is the share of the words on both sides that find a translation on the other', () => {
    // party and beijing meet; reform and weather do not: 2 of 3 terms, 2 of 3 English words.
    const words = textWords([zh(['party'], ['reform', 'change'], ['beijing'])], [en('party', 'beijing', 'weather')]);
    expect(blockSimilarity(words, fullWindow(1, 1), ONE_TO_FIVE)(0, 1, 0, 1)).toBeCloseTo(4 / 6);
  });

  it('counts a word once for a group, however many sentences of the other side render it', () => {
    const words = textWords([zh(['party'], ['reform'])], [en('party'), en('party', 'reform'), en('weather')]);
    const similarity = blockSimilarity(words, fullWindow(1, 3), ONE_TO_FIVE);
    // Terms: party and reform; English words: party, party, reform of 4.
    expect(similarity(0, 1, 0, 2)).toBeCloseTo(5 / 5);
    expect(similarity(0, 1, 1, 3)).toBeCloseTo(4 / 5);
    expect(similarity(0, 1, 2, 3)).toBe(0);
  });

  it('gives a pair the similarity the coverage aligner finds for it', () => {
    const words = textWords(
      [zh(['xi'], ['social', 'society'], ['work']), zh(['meeting', 'conference'], ['beijing'])],
      [en('xi', 'social', 'work', 'stress'), en('conference', 'held', 'beijing', 'social')],
    );
    const similarity = blockSimilarity(words, fullWindow(2, 2), ONE_TO_FIVE);
    const similar = similarSentences(words);
    for (const t of [0, 1]) {
      for (const { zh: s, similarity: value } of similar(t)) expect(value).toBeCloseTo(similarity(s, s + 1, t, t + 1));
    }
    expect(similar(0).map((pair) => pair.zh)).toEqual([0]);
    expect(similar(1).map((pair) => pair.zh)).toEqual([0, 1]);
  });
});

describe('similarSentences', () => {
  it('is proposed by words that some sentences share, and counts the commonest words once proposed', () => {
    const chinese = [
      ...Array.from({ length: MOST_SENTENCES_A_WORD_PROPOSES + 1 }, () => zh(['develop'])),
      zh(['develop'], ['reform']),
    ];
    const similar = similarSentences(textWords(chinese, [en('develop'), en('develop', 'reform')]));
    expect(similar(0)).toEqual([]);
    expect(similar(1)).toEqual([{ zh: MOST_SENTENCES_A_WORD_PROPOSES + 1, similarity: 1 }]);
  });
});
