import type { Concept } from './chinese-concepts.ts';

/**
 * How well each English candidate and a Chinese article account for each other: the share of the Chinese concepts
 * the English renders, and the share of the English words the Chinese accounts for, each weighted by BM25's inverse
 * document frequency over the candidates (a concept every candidate has tells none apart), combined as their
 * harmonic mean. The English side keeps condensed coverage (a few sentences of a long story) in the running; the
 * Chinese side keeps a short generic text from matching everything.
 */
export interface EnglishEvidence {
  /** Stemmed words and number terms (`englishTerms`). */
  terms: ReadonlySet<string>;
  /** Distinct stemmed content words. */
  words: readonly string[];
}

/** Rough share of an unrelated English text's word weight that a Chinese article's renderings explain. */
const UNRELATED_EXPLAINED_SHARE = 0.3;
/** How many words of evidence the prior shares are worth. */
const PRIOR_WORDS = 8;

/**
 * Unrelated articles imagined beside the candidates: with one or two candidates, their own document frequencies
 * would make whatever they share with the Chinese look common, and whatever they lack look rare.
 */
const BACKGROUND_DOCUMENTS = 20;

function inverseDocumentFrequency(documentFrequency: number, documents: number): number {
  const all = documents + BACKGROUND_DOCUMENTS;
  return Math.log(1 + (all - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** 1 when some rendering of the concept appears whole, else the largest share of a rendering's words that do. */
function conceptCoverage(concept: Concept, terms: ReadonlySet<string>): number {
  let best = 0;
  for (const rendering of concept.renderings) {
    const found = rendering.filter((word) => terms.has(word)).length / rendering.length;
    if (found > best) best = found;
  }
  return best;
}

function chineseSide(concepts: readonly Concept[], candidates: readonly EnglishEvidence[]): number[] {
  const coverage = candidates.map((candidate) => concepts.map((concept) => conceptCoverage(concept, candidate.terms)));
  const weights = concepts.map((concept, i) => {
    const documentFrequency = coverage.reduce((sum, row) => sum + (row[i] ?? 0), 0);
    return concept.specificity * inverseDocumentFrequency(documentFrequency, candidates.length);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return coverage.map((row) => (total === 0 ? 0 : row.reduce((sum, share, i) => sum + share * (weights[i] ?? 0), 0) / total));
}

function englishSide(concepts: readonly Concept[], candidates: readonly EnglishEvidence[]): number[] {
  const rendered = new Set(concepts.flatMap((concept) => concept.renderings.flat()));
  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates) {
    for (const word of candidate.words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  return candidates.map((candidate) => {
    let explained = 0;
    let total = 0;
    for (const word of candidate.words) {
      const weight = inverseDocumentFrequency(documentFrequency.get(word) ?? 0, candidates.length);
      total += weight;
      if (rendered.has(word)) explained += weight;
    }
    // A few words explain little: the share is shrunk toward what unrelated texts reach, as if PRIOR_WORDS
    // words of average weight came with it.
    const priorWeight = PRIOR_WORDS * (candidate.words.length === 0 ? 1 : total / candidate.words.length);
    return (explained + UNRELATED_EXPLAINED_SHARE * priorWeight) / (total + priorWeight);
  });
}

/** One score in [0, 1] per candidate, in candidate order. */
export function evidenceScores(concepts: readonly Concept[], candidates: readonly EnglishEvidence[]): number[] {
  const chinese = chineseSide(concepts, candidates);
  const english = englishSide(concepts, candidates);
  return chinese.map((c, i) => {
    const e = english[i] ?? 0;
    return c + e === 0 ? 0 : (2 * c * e) / (c + e);
  });
}
