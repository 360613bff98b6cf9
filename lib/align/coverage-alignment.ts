import type { BlockSimilarity } from './lexical-similarity.ts';
import type { AlignmentLink } from './link.ts';

/**
 * Settings of the reader of a rewrite: how similar a sentence pair must be to count as a source, and how much a
 * reporter is expected to follow the article's order.
 */
export interface CoverageSettings {
  /** Lexical similarity below which an English sentence is taken to have no source sentence. */
  threshold: number;
  /** Cost, in similarity, of drawing on a Chinese sentence other than the one after the previous source. */
  jump: number;
}

export const COVERAGE: CoverageSettings = { threshold: 0.3, jump: 0.05 };

const NO_SOURCE = -1;

/**
 * English coverage of a Chinese article (a condensed rewrite) takes a few sentences from here and there, not
 * always in the article's order, and leaves most out. Each English sentence gets the Chinese sentence it draws
 * on, chosen as the best path through the English (Viterbi): similar pairs score, and following the article's
 * order scores a little more than jumping. Links list each Chinese sentence with the English sentences drawing on
 * it, in the order of the Chinese, then English sentences with no source.
 */
export function alignCoverage(
  zhCount: number,
  enCount: number,
  similarity: BlockSimilarity,
  settings: CoverageSettings = COVERAGE,
): AlignmentLink[] {
  const sources = bestSources(zhCount, enCount, similarity, settings);
  const links: AlignmentLink[] = [];
  for (let zh = 0; zh < zhCount; zh++) {
    links.push({ zh: [zh], en: sources.flatMap((source, en) => (source === zh ? [en] : [])) });
  }
  sources.forEach((source, en) => {
    if (source === NO_SOURCE) links.push({ zh: [], en: [en] });
  });
  return links;
}

/** The source of every English sentence, NO_SOURCE where none is similar enough. */
function bestSources(zhCount: number, enCount: number, similarity: BlockSimilarity, settings: CoverageSettings): number[] {
  // States 0…zhCount−1 are Chinese sentences; state zhCount is "no source".
  const noSource = zhCount;
  let scores: Float64Array | null = null;
  const from: Int32Array[] = [];
  for (let en = 0; en < enCount; en++) {
    const next = new Float64Array(zhCount + 1).fill(Number.NEGATIVE_INFINITY);
    const back = new Int32Array(zhCount + 1).fill(noSource);
    for (let state = 0; state <= zhCount; state++) {
      const gain = state === noSource ? settings.threshold : similarity(state, state + 1, en, en + 1);
      if (gain < settings.threshold) continue;
      if (scores === null) {
        next[state] = gain;
        continue;
      }
      for (let previous = 0; previous <= zhCount; previous++) {
        const score = (scores[previous] ?? Number.NEGATIVE_INFINITY) + gain - transitionCost(previous, state, noSource, settings);
        if (score > (next[state] ?? Number.NEGATIVE_INFINITY)) {
          next[state] = score;
          back[state] = previous;
        }
      }
    }
    scores = next;
    from.push(back);
  }
  const sources = new Array<number>(enCount).fill(NO_SOURCE);
  let state = scores === null ? noSource : scores.indexOf(Math.max(...scores));
  for (let en = enCount - 1; en >= 0; en--) {
    sources[en] = state === noSource ? NO_SOURCE : state;
    state = from[en]?.[state] ?? noSource;
  }
  return sources;
}

/** Going on with the same sentence or the next one is free; a sentence without source keeps no place. */
function transitionCost(previous: number, state: number, noSource: number, settings: CoverageSettings): number {
  if (previous === noSource || state === noSource) return 0;
  return state === previous || state === previous + 1 ? 0 : settings.jump;
}
