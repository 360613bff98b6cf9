import type { SimilarSentence } from './lexical-similarity.ts';
import type { AlignmentLink } from './link.ts';

/**
 * Settings of the reader of a rewrite: how similar a sentence pair must be to count as a source, and how much a
 * reporter is expected to follow the article's order.
 */
export interface CoverageSettings {
  /** Lexical similarity below which an English sentence is taken to have no source sentence; above 0. */
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
 * order scores a little more than jumping. `similar` lists, for an English sentence, the Chinese sentences with
 * some similarity to it; the others count as 0, below any threshold. Links list each Chinese sentence with the
 * English sentences drawing on it, in the order of the Chinese, then English sentences with no source.
 */
export function alignCoverage(
  zhCount: number,
  enCount: number,
  similar: (en: number) => readonly SimilarSentence[],
  settings: CoverageSettings = COVERAGE,
): AlignmentLink[] {
  const sources = bestSources(zhCount, enCount, similar, settings);
  const drawing: number[][] = Array.from({ length: zhCount }, () => []);
  sources.forEach((source, en) => drawing[source]?.push(en));
  const links: AlignmentLink[] = drawing.map((en, zh) => ({ zh: [zh], en }));
  sources.forEach((source, en) => {
    if (source === NO_SOURCE) links.push({ zh: [], en: [en] });
  });
  return links;
}

/**
 * Where the path may stand at one English sentence: the Chinese sentences similar enough and, last, "no source"
 * (numbered zhCount), each with the best score of a path ending there.
 */
interface Step {
  states: number[];
  scores: number[];
}

/**
 * The source of every English sentence, NO_SOURCE where none is similar enough. The path only stands on similar
 * pairs, and the best way into a state is from the same sentence, the one before, "no source" (all free) or the
 * best state of all less the cost of a jump: the work follows the similar pairs, not every pair of states.
 */
function bestSources(zhCount: number, enCount: number, similar: (en: number) => readonly SimilarSentence[], settings: CoverageSettings): number[] {
  const noSource = zhCount;
  const cameFrom: Map<number, number>[] = [];
  let step: Step | null = null;
  for (let en = 0; en < enCount; en++) {
    const gains = similar(en).filter((pair) => pair.similarity >= settings.threshold);
    gains.push({ zh: noSource, similarity: settings.threshold });
    const next: Step = { states: [], scores: [] };
    const back = new Map<number, number>();
    const before = step === null ? null : new Map(step.states.map((state, k) => [state, step?.scores[k] ?? Number.NEGATIVE_INFINITY]));
    const best = step === null ? null : firstBest(step);
    for (const { zh: state, similarity: gain } of gains) {
      let score = gain;
      if (before !== null && best !== null) {
        // Ties go to the earliest previous state.
        const free = state === noSource ? [] : [state - 1, state];
        let from = best.state;
        let value = best.score - (state === noSource ? 0 : settings.jump);
        for (const candidate of [...free, noSource]) {
          const candidateScore = before.get(candidate);
          if (candidateScore === undefined) continue;
          if (candidateScore > value || (candidateScore === value && candidate < from)) {
            from = candidate;
            value = candidateScore;
          }
        }
        score = value + gain;
        back.set(state, from);
      }
      next.states.push(state);
      next.scores.push(score);
    }
    step = next;
    cameFrom.push(back);
  }
  const sources = new Array<number>(enCount).fill(NO_SOURCE);
  let state = step === null ? noSource : firstBest(step).state;
  for (let en = enCount - 1; en >= 0; en--) {
    sources[en] = state === noSource ? NO_SOURCE : state;
    state = cameFrom[en]?.get(state) ?? noSource;
  }
  return sources;
}

/** The state with the best score, the earliest of equals. */
function firstBest(step: Step): { state: number; score: number } {
  let best = { state: step.states[0] ?? 0, score: step.scores[0] ?? Number.NEGATIVE_INFINITY };
  step.states.forEach((state, k) => {
    const score = step.scores[k] ?? Number.NEGATIVE_INFINITY;
    if (score > best.score) best = { state, score };
  });
  return best;
}
