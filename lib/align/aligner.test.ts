import { describe, expect, it } from 'vitest';
import { alignSentences, type AlignerSentence } from './aligner.ts';
import { chineseSide, englishSide, type ChineseSide, type EnglishSide } from './lexical-similarity.ts';
import type { AlignmentLink } from './link.ts';
import { GALE_CHURCH, LEXICAL } from './settings.ts';

const zh = (length: number, ...terms: string[][]): AlignerSentence<ChineseSide> => ({
  length,
  side: chineseSide(terms.map((keys) => new Set(keys))),
});
const en = (length: number, ...keys: string[]): AlignerSentence<EnglishSide> => ({ length, side: englishSide(keys) });

function expectEverySentenceOnceInOrder(links: readonly AlignmentLink[], zhCount: number, enCount: number): void {
  expect(links.flatMap((link) => link.zh)).toEqual(Array.from({ length: zhCount }, (_, i) => i));
  expect(links.flatMap((link) => link.en)).toEqual(Array.from({ length: enCount }, (_, i) => i));
}

describe('alignSentences', () => {
  it('pairs sentences of proportional lengths one to one', () => {
    const links = alignSentences([zh(10), zh(30), zh(20)], [en(40), en(120), en(80)], GALE_CHURCH);
    expect(links).toEqual([
      { zh: [0], en: [0] },
      { zh: [1], en: [1] },
      { zh: [2], en: [2] },
    ]);
  });

  it('joins two English sentences that together match one Chinese sentence', () => {
    const links = alignSentences([zh(10), zh(40), zh(10)], [en(40), en(80), en(80), en(40)], GALE_CHURCH);
    expect(links).toEqual([
      { zh: [0], en: [0] },
      { zh: [1], en: [1, 2] },
      { zh: [2], en: [3] },
    ]);
  });

  it('leaves out a sentence that nothing matches when it cannot join a neighbour', () => {
    const oneToOne = { ...LEXICAL, shapes: LEXICAL.shapes.filter((shape) => shape.zh < 2 && shape.en < 2) };
    const links = alignSentences(
      [zh(10, ['party']), zh(10, ['reform']), zh(10, ['beijing'])],
      [en(40, 'party'), en(40, 'beijing')],
      oneToOne,
    );
    expect(links).toEqual([
      { zh: [0], en: [0] },
      { zh: [1], en: [] },
      { zh: [2], en: [1] },
    ]);
  });

  it('covers every sentence of both sides exactly once, in order', () => {
    const chinese = [5, 40, 12, 80, 3, 25, 60].map((length) => zh(length));
    const english = [90, 10, 200, 30, 44, 7, 150, 61, 20].map((length) => en(length));
    for (const settings of [GALE_CHURCH, LEXICAL]) expectEverySentenceOnceInOrder(alignSentences(chinese, english, settings), 7, 9);
  });

  describe('long texts, aligned in a band around a coarse path', () => {
    // Sentence k of a long translation: its own word, and a length that varies from sentence to sentence.
    const length = (k: number) => 10 + ((k * 7) % 23);
    const chinese = Array.from({ length: 1500 }, (_, k) => zh(length(k), [`w${k}`]));
    const english = Array.from({ length: 1500 }, (_, k) => en(3 * length(k), `w${k}`));

    it('pairs each sentence with its translation', () => {
      expect(alignSentences(chinese, english, LEXICAL)).toEqual(chinese.map((_, k) => ({ zh: [k], en: [k] })));
    });

    it('leaves out a long stretch of English that translates nothing, far from where lengths alone would put it', () => {
      const unrelated = Array.from({ length: 120 }, (_, k) => en(120, ...Array.from({ length: 10 }, (_, word) => `other${k}-${word}`)));
      const links = alignSentences(chinese, [...english.slice(0, 700), ...unrelated, ...english.slice(700)], LEXICAL);
      expect(links).toEqual([
        ...chinese.slice(0, 700).map((_, k) => ({ zh: [k], en: [k] })),
        ...unrelated.map((_, k) => ({ zh: [], en: [700 + k] })),
        ...chinese.slice(700).map((_, k) => ({ zh: [700 + k], en: [820 + k] })),
      ]);
    });

    it('joins the English sentences a long Chinese sentence was split into', () => {
      const split = english.flatMap((sentence, k) =>
        k % 100 === 50 ? [en(sentence.length / 2, `w${k}`), en(sentence.length / 2, `w${k}`)] : [sentence],
      );
      const links = alignSentences(chinese, split, LEXICAL);
      expect(links.filter((link) => link.en.length === 2).map((link) => link.zh)).toEqual(
        chinese.flatMap((_, k) => (k % 100 === 50 ? [[k]] : [])),
      );
      expectEverySentenceOnceInOrder(links, chinese.length, split.length);
    });
  });

  it('aligns empty texts to nothing and a one-sided text to unmatched sentences', () => {
    expect(alignSentences([], [], LEXICAL)).toEqual([]);
    expect(alignSentences([], [en(10), en(20)], LEXICAL)).toEqual([
      { zh: [], en: [0] },
      { zh: [], en: [1] },
    ]);
  });
});
