import { fullWindow, rowStarts, windowAroundCoarsePath, type AlignmentWindow } from './alignment-window.ts';
import { lengthCost, type LengthModel } from './length-model.ts';
import { blockSimilarity, type BlockSimilarity, type ChineseSide, type EnglishSide } from './lexical-similarity.ts';
import { coarseWords, textWords, type TextWords } from './sentence-words.ts';
import type { AlignmentLink } from './link.ts';
import { lengthRatio } from './sentence-sides.ts';

/** A kind of link: how many Chinese and English sentences it joins, and its cost before any evidence. */
export interface LinkShape {
  zh: number;
  en: number;
  penalty: number;
}

export interface AlignerSettings {
  shapes: readonly LinkShape[];
  /** Variance of the length model (the ratio of lengths comes from the two texts). */
  lengthVariance: number;
  /** How much a link's lexical similarity (0 to 1), per sentence it joins, lowers its cost. */
  lexicalWeight: number;
}

export interface AlignerSentence<Side> {
  /** Length in characters. */
  length: number;
  side: Side;
}

/**
 * Texts whose whole table has at most this many cells are aligned over all of it; the political speeches' longest
 * chapter (119 sentences against 153) is one.
 */
const WHOLE_TABLE_CELLS = 40_000;
/** How many sentences of a text one sentence of the coarse text stands for. */
const COARSENING = 2;
/**
 * How far, in sentences, the path through the full texts may stray from the rough path found on the coarse texts.
 * One coarse sentence misplaced moves the path by two; the rest is room for links the coarsening split.
 */
const MARGIN = 8;
/** The widest the window grows where the path keeps meeting its edge: a few times the margin, to bound the work. */
const MOST_MARGIN = 8 * MARGIN;

/**
 * Monotone alignment by dynamic programming (Gale and Church's, with Hunalign's lexical evidence added): the path
 * of links through both texts whose summed cost is lowest, each sentence in exactly one link. A link costs its
 * shape's penalty plus the improbability of its lengths, less its lexical similarity.
 *
 * Long texts are not given the whole table, whose cells grow as the product of their lengths: as Vecalign does,
 * the texts are coarsened (two sentences read as one) until small, aligned there, and each finer path is sought in
 * a band around the coarser one, so that the cells grow with the sum of the lengths. Where the path meets the
 * band's edge, a better one may lie outside: the band is widened around it, up to MOST_MARGIN, and the path sought
 * again.
 */
export function alignSentences(
  chinese: readonly AlignerSentence<ChineseSide>[],
  english: readonly AlignerSentence<EnglishSide>[],
  settings: AlignerSettings,
): AlignmentLink[] {
  const model: LengthModel = { ratio: lengthRatio(chinese, english), variance: settings.lengthVariance };
  const texts: Texts = {
    zhEnds: cumulativeLengths(chinese),
    enEnds: cumulativeLengths(english),
    words: textWords(
      chinese.map((sentence) => sentence.side),
      english.map((sentence) => sentence.side),
    ),
  };
  return alignInWindow(texts, settings, model);
}

/** Both texts as the aligner reads them: where each sentence ends, in characters from the start, and their words. */
interface Texts {
  /** zhEnds[k]: characters in the first k sentences, so that any run of sentences has its length at once. */
  zhEnds: Float64Array;
  enEnds: Float64Array;
  words: TextWords;
}

function cumulativeLengths(sentences: readonly { length: number }[]): Float64Array {
  const ends = new Float64Array(sentences.length + 1);
  sentences.forEach((sentence, k) => {
    ends[k + 1] = (ends[k] ?? 0) + sentence.length;
  });
  return ends;
}

/** The texts with each run of `factor` sentences read as one. */
function coarse(texts: Texts, factor: number): Texts {
  const everyFactor = (ends: Float64Array) =>
    Float64Array.from({ length: Math.ceil((ends.length - 1) / factor) + 1 }, (_, k) => ends[Math.min(k * factor, ends.length - 1)] ?? 0);
  return { zhEnds: everyFactor(texts.zhEnds), enEnds: everyFactor(texts.enEnds), words: coarseWords(texts.words, factor) };
}

function alignInWindow(texts: Texts, settings: AlignerSettings, model: LengthModel): AlignmentLink[] {
  const zhCount = texts.zhEnds.length - 1;
  const enCount = texts.enEnds.length - 1;
  if ((zhCount + 1) * (enCount + 1) <= WHOLE_TABLE_CELLS || Math.min(zhCount, enCount) <= MARGIN) {
    return bestPath(texts, fullWindow(zhCount, enCount), settings, model);
  }
  const rough = alignInWindow(coarse(texts, COARSENING), settings, model);
  let window = windowAroundCoarsePath(rough, COARSENING, zhCount, enCount, MARGIN);
  let links = bestPath(texts, window, settings, model);
  for (let margin = 2 * MARGIN; margin <= MOST_MARGIN && touchesEdge(links, window, enCount); margin *= 2) {
    window = windowAroundCoarsePath(links, 1, zhCount, enCount, margin);
    links = bestPath(texts, window, settings, model);
  }
  return links;
}

/** Whether the path meets the window's edge where it is not the table's: a better path may lie beyond. */
function touchesEdge(links: readonly AlignmentLink[], window: AlignmentWindow, enCount: number): boolean {
  let i = 0;
  let j = 0;
  for (const link of links) {
    i += link.zh.length;
    j += link.en.length;
    const from = window.from[i] ?? 0;
    const to = window.to[i] ?? enCount;
    if ((j === from && from > 0) || (j === to && to < enCount)) return true;
  }
  return false;
}

function bestPath(texts: Texts, window: AlignmentWindow, settings: AlignerSettings, model: LengthModel): AlignmentLink[] {
  const { shapes } = settings;
  const zhCount = texts.zhEnds.length - 1;
  const enCount = texts.enEnds.length - 1;
  const longest = { zh: Math.max(...shapes.map((shape) => shape.zh)), en: Math.max(...shapes.map((shape) => shape.en)) };
  const similarity = blockSimilarity(texts.words, window, longest);
  const starts = rowStarts(window);
  // cell(i, j): where the cell of i Chinese and j English sentences sits in the flat tables, −1 outside the window.
  const cell = (i: number, j: number): number => {
    const from = window.from[i] ?? 0;
    return i < 0 || j < from || j > (window.to[i] ?? -1) ? -1 : (starts[i] ?? 0) + j - from;
  };
  const cells = starts[zhCount + 1] ?? 0;
  const cost = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
  const step = new Int16Array(cells).fill(-1);
  cost[0] = 0;
  // The cheapest way into a cell, the first shape of equals: the same whatever order the ways are tried in.
  const consider = (here: number, total: number, shapeIndex: number): void => {
    const best = cost[here] ?? Number.POSITIVE_INFINITY;
    if (total < best || (total === best && shapeIndex < (step[here] ?? -1))) {
      cost[here] = total;
      step[here] = shapeIndex;
    }
  };
  const fromEarlierRows = shapes.flatMap((shape, index) => (shape.zh > 0 ? [{ shape, index }] : []));
  const withinRow = shapes.flatMap((shape, index) => (shape.zh === 0 ? [{ shape, index }] : []));
  for (let i = 0; i <= zhCount; i++) {
    const from = window.from[i] ?? 0;
    const to = window.to[i] ?? -1;
    const start = starts[i] ?? 0;
    for (const { shape, index } of fromEarlierRows) {
      const row = i - shape.zh;
      if (row < 0) continue;
      const rowFrom = window.from[row] ?? 0;
      const rowStart = (starts[row] ?? 0) - rowFrom - shape.en;
      const last = Math.min(to, (window.to[row] ?? -1) + shape.en);
      for (let j = Math.max(from, rowFrom + shape.en); j <= last; j++) {
        const before = cost[rowStart + j] ?? Number.POSITIVE_INFINITY;
        if (before !== Number.POSITIVE_INFINITY) consider(start + j - from, before + linkCost(shape, i, j, texts, model, settings.lexicalWeight, similarity), index);
      }
    }
    // Links of English sentences alone build on cells to their left in the row: those come first.
    for (let j = from; j <= to; j++) {
      for (const { shape, index } of withinRow) {
        const before = j - shape.en < from ? Number.POSITIVE_INFINITY : (cost[start + j - shape.en - from] ?? Number.POSITIVE_INFINITY);
        if (before !== Number.POSITIVE_INFINITY) consider(start + j - from, before + shape.penalty, index);
      }
    }
  }
  return tracePath(step, cell, zhCount, enCount, shapes);
}

/** The cost of a link of this shape ending after i Chinese and j English sentences. */
function linkCost(
  shape: LinkShape,
  i: number,
  j: number,
  texts: Texts,
  model: LengthModel,
  lexicalWeight: number,
  similarity: BlockSimilarity,
): number {
  // An unmatched sentence has no lengths to compare: its shape's penalty says what leaving it out costs.
  if (shape.zh === 0 || shape.en === 0) return shape.penalty;
  const zhLength = (texts.zhEnds[i] ?? 0) - (texts.zhEnds[i - shape.zh] ?? 0);
  const enLength = (texts.enEnds[j] ?? 0) - (texts.enEnds[j - shape.en] ?? 0);
  const lexical = lexicalWeight === 0 ? 0 : lexicalWeight * similarity(i - shape.zh, i, j - shape.en, j) * ((shape.zh + shape.en) / 2);
  return shape.penalty + lengthCost(zhLength, enLength, model) - lexical;
}

function tracePath(
  step: Int16Array,
  cell: (i: number, j: number) => number,
  zhCount: number,
  enCount: number,
  shapes: readonly LinkShape[],
): AlignmentLink[] {
  const links: AlignmentLink[] = [];
  let i = zhCount;
  let j = enCount;
  while (i > 0 || j > 0) {
    const shape = shapes[step[cell(i, j)] ?? -1];
    if (shape === undefined) throw new Error('No alignment path: the link shapes must include 1-0 and 0-1');
    links.push({ zh: range(i - shape.zh, i), en: range(j - shape.en, j) });
    i -= shape.zh;
    j -= shape.en;
  }
  return links.reverse();
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}
