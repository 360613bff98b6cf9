import { describe, expect, it } from 'vitest';
import { alignCoverage } from './coverage-alignment.ts';
import type { SimilarSentence } from './lexical-similarity.ts';

/** Similarity of single sentence pairs from a table: rows Chinese, columns English. */
const fromTable =
  (table: number[][]): ((en: number) => SimilarSentence[]) =>
  (en) =>
    table.map((row, zh) => ({ zh, similarity: row[en] ?? 0 }));

describe('alignCoverage', () => {
  it('gives each English sentence the Chinese sentence it draws on, in any order', () => {
    const similarity = fromTable([
      [0.1, 0.6, 0.1],
      [0.1, 0.1, 0.1],
      [0.7, 0.1, 0.1],
    ]);
    expect(alignCoverage(3, 3, similarity)).toEqual([
      { zh: [0], en: [1] },
      { zh: [1], en: [] },
      { zh: [2], en: [0] },
      { zh: [], en: [2] },
    ]);
  });

  it('lets several English sentences draw on one Chinese sentence', () => {
    expect(alignCoverage(2, 2, fromTable([[0.5, 0.5], [0.1, 0.1]]))).toEqual([
      { zh: [0], en: [0, 1] },
      { zh: [1], en: [] },
    ]);
  });

  it('prefers the next Chinese sentence when two are as similar', () => {
    const similarity = fromTable([
      [0.6, 0.1],
      [0.1, 0.5],
      [0.1, 0.1],
      [0.1, 0.5],
    ]);
    expect(alignCoverage(4, 2, similarity).filter((link) => link.en.length > 0)).toEqual([
      { zh: [0], en: [0] },
      { zh: [1], en: [1] },
    ]);
  });

  it('handles empty texts', () => {
    expect(alignCoverage(0, 0, fromTable([]))).toEqual([]);
    expect(alignCoverage(0, 1, fromTable([]))).toEqual([{ zh: [], en: [0] }]);
  });
});
