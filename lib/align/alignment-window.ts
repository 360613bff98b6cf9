import type { AlignmentLink } from './link.ts';

/**
 * The cells of the alignment table the aligner fills: in row i (the first i Chinese sentences aligned), the columns
 * from[i] to to[i], both included (that many English sentences aligned). Both bounds never go down from one row to
 * the next, and each row's range reaches the next row's start, so that a path of 1-0 and 0-1 links always exists.
 */
export interface AlignmentWindow {
  from: Int32Array;
  to: Int32Array;
}

/** Every cell: the whole table, for texts small enough to afford it. */
export function fullWindow(zhCount: number, enCount: number): AlignmentWindow {
  return { from: new Int32Array(zhCount + 1), to: new Int32Array(zhCount + 1).fill(enCount) };
}

/** Cells in the window, row by row: where each row's cells start in a flat table, and the total at the end. */
export function rowStarts(window: AlignmentWindow): Int32Array {
  const starts = new Int32Array(window.from.length + 1);
  for (let row = 0; row < window.from.length; row++) {
    starts[row + 1] = (starts[row] ?? 0) + (window.to[row] ?? 0) - (window.from[row] ?? 0) + 1;
  }
  return starts;
}

/**
 * The window around a path found on coarse texts (sentence k of which stands for sentences factor·k to
 * factor·(k+1) − 1): each of its links marks the block of the full table the path crosses there, and the window
 * takes those blocks with `margin` sentences more on every side, so that the full path may leave the rough one by
 * that much anywhere.
 */
export function windowAroundCoarsePath(
  coarseLinks: readonly AlignmentLink[],
  factor: number,
  zhCount: number,
  enCount: number,
  margin: number,
): AlignmentWindow {
  // pathFrom[i], pathTo[i]: the first and last column the rough path's blocks cover in row i.
  const pathFrom = new Int32Array(zhCount + 1).fill(enCount);
  const pathTo = new Int32Array(zhCount + 1);
  let zh = 0;
  let en = 0;
  for (const link of coarseLinks) {
    const rowStart = Math.min(factor * zh, zhCount);
    const columnStart = Math.min(factor * en, enCount);
    zh += link.zh.length;
    en += link.en.length;
    const rowEnd = Math.min(factor * zh, zhCount);
    const columnEnd = Math.min(factor * en, enCount);
    for (let row = rowStart; row <= rowEnd; row++) {
      pathFrom[row] = Math.min(pathFrom[row] ?? enCount, columnStart);
      pathTo[row] = Math.max(pathTo[row] ?? 0, columnEnd);
    }
  }
  const from = new Int32Array(zhCount + 1);
  const to = new Int32Array(zhCount + 1);
  for (let row = 0; row <= zhCount; row++) {
    from[row] = Math.max(0, (pathFrom[Math.max(0, row - margin)] ?? 0) - margin);
    to[row] = Math.min(enCount, (pathTo[Math.min(zhCount, row + margin)] ?? enCount) + margin);
  }
  return { from, to };
}
