import { describe, expect, it } from 'vitest';
import { fullWindow, rowStarts, windowAroundCoarsePath } from './alignment-window.ts';

describe('alignment windows', () => {
  it('spans the whole table', () => {
    const window = fullWindow(2, 3);
    expect([...window.from]).toEqual([0, 0, 0]);
    expect([...window.to]).toEqual([3, 3, 3]);
    expect([...rowStarts(window)]).toEqual([0, 4, 8, 12]);
  });

  it('keeps to the blocks a coarse path crosses, with the margin on every side', () => {
    // Coarse sentence k stands for sentences 2k and 2k+1: the rough path crosses the table's diagonal in 2×2 blocks.
    const diagonal = [0, 1, 2, 3, 4].map((k) => ({ zh: [k], en: [k] }));
    const window = windowAroundCoarsePath(diagonal, 2, 10, 10, 1);
    expect([...window.from]).toEqual([0, 0, 0, 0, 1, 1, 3, 3, 5, 5, 7]);
    expect([...window.to]).toEqual([3, 5, 5, 7, 7, 9, 9, 10, 10, 10, 10]);
  });

  it('covers an English stretch the coarse path left unmatched', () => {
    const skipping = [
      { zh: [0], en: [0] },
      { zh: [], en: [1] },
      { zh: [], en: [2] },
      { zh: [1], en: [3] },
    ];
    const window = windowAroundCoarsePath(skipping, 2, 4, 8, 0);
    expect([...window.from]).toEqual([0, 0, 0, 6, 6]);
    expect([...window.to]).toEqual([2, 2, 8, 8, 8]);
  });

  it('grows each row by far fewer cells than the other text has', () => {
    const diagonal = Array.from({ length: 1000 }, (_, k) => ({ zh: [k], en: [k] }));
    const window = windowAroundCoarsePath(diagonal, 2, 2000, 2000, 8);
    expect((rowStarts(window).at(-1) ?? 0) / 2001).toBeLessThan(40);
  });
});
