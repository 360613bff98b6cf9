import { lengthCost, type LengthModel } from './length-model.ts';
import { blockSimilarity, type ChineseSide, type EnglishSide } from './lexical-similarity.ts';
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
 * Monotone alignment by dynamic programming (Gale and Church's, with Hunalign's lexical evidence added): the path
 * of links through both texts whose summed cost is lowest, each sentence in exactly one link. A link costs its
 * shape's penalty plus the improbability of its lengths, less its lexical similarity.
 */
export function alignSentences(
  chinese: readonly AlignerSentence<ChineseSide>[],
  english: readonly AlignerSentence<EnglishSide>[],
  settings: AlignerSettings,
): AlignmentLink[] {
  const rows = chinese.length + 1;
  const columns = english.length + 1;
  const zhEnds = cumulativeLengths(chinese);
  const enEnds = cumulativeLengths(english);
  const model: LengthModel = { ratio: lengthRatio(chinese, english), variance: settings.lengthVariance };
  const similarity = blockSimilarity(chinese.map((sentence) => sentence.side), english.map((sentence) => sentence.side));
  const cost = new Float64Array(rows * columns).fill(Number.POSITIVE_INFINITY);
  const step = new Int16Array(rows * columns).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (i === 0 && j === 0) continue;
      settings.shapes.forEach((shape, shapeIndex) => {
        if (shape.zh > i || shape.en > j) return;
        const before = cost[(i - shape.zh) * columns + (j - shape.en)] ?? Number.POSITIVE_INFINITY;
        if (before === Number.POSITIVE_INFINITY) return;
        const lengths = { zh: (zhEnds[i] ?? 0) - (zhEnds[i - shape.zh] ?? 0), en: (enEnds[j] ?? 0) - (enEnds[j - shape.en] ?? 0) };
        const lexical = settings.lexicalWeight === 0 || shape.zh === 0 || shape.en === 0 ? 0 : similarity(i - shape.zh, i, j - shape.en, j);
        const total = before + linkCost(shape, lengths, lexical, model, settings.lexicalWeight);
        if (total < (cost[i * columns + j] ?? Number.POSITIVE_INFINITY)) {
          cost[i * columns + j] = total;
          step[i * columns + j] = shapeIndex;
        }
      });
    }
  }
  return tracePath(step, columns, chinese.length, english.length, settings.shapes);
}

function linkCost(shape: LinkShape, lengths: { zh: number; en: number }, similarity: number, model: LengthModel, lexicalWeight: number): number {
  // An unmatched sentence has no lengths to compare: its shape's penalty says what leaving it out costs.
  if (shape.zh === 0 || shape.en === 0) return shape.penalty;
  const sentences = (shape.zh + shape.en) / 2;
  return shape.penalty + lengthCost(lengths.zh, lengths.en, model) - lexicalWeight * similarity * sentences;
}

/** ends[k]: characters in the first k sentences, so that any run of sentences has its length at once. */
function cumulativeLengths(sentences: readonly { length: number }[]): number[] {
  const ends = [0];
  for (const sentence of sentences) ends.push((ends.at(-1) ?? 0) + sentence.length);
  return ends;
}

function tracePath(step: Int16Array, columns: number, zhCount: number, enCount: number, shapes: readonly LinkShape[]): AlignmentLink[] {
  const links: AlignmentLink[] = [];
  let i = zhCount;
  let j = enCount;
  while (i > 0 || j > 0) {
    const shape = shapes[step[i * columns + j] ?? -1];
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
