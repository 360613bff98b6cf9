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

  it('aligns empty texts to nothing and a one-sided text to unmatched sentences', () => {
    expect(alignSentences([], [], LEXICAL)).toEqual([]);
    expect(alignSentences([], [en(10), en(20)], LEXICAL)).toEqual([
      { zh: [], en: [0] },
      { zh: [], en: [1] },
    ]);
  });
});
