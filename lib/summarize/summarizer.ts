import { splitEnglishSentences } from '../english-sentences.ts';
import { contentWords } from './english-words.ts';

/**
 * Extractive summary of an English news article: news states its essentials first, so a sentence's place weighs
 * most; how central its words are to the article decides between sentences of the lead, and a sentence that repeats
 * one already chosen is passed over (maximal marginal relevance). Sentences are returned exactly as they stand, in
 * article order.
 */

export interface SummaryOptions {
  /** How many sentences to return (fewer when the article has fewer). */
  sentences: number;
}

interface Candidate {
  text: string;
  position: number;
  words: Map<string, number>;
  norm: number;
}

/** Bylines, datelines, captions and quoted fragments ("by . daily mail reporter .") say too little to summarize. */
const SHORTEST_SENTENCE = 10;
/** How fast the lead prior decays with the sentence's place: the fourth sentence counts about half the first. */
const LEAD_DECAY = 0.8;
/** Share of the score that centrality has beside the lead prior. */
const CENTRALITY_WEIGHT = 0.7;
/** How much resemblance to a chosen sentence costs. */
const REDUNDANCY_PENALTY = 0.3;
/** Resemblance at which a sentence says again what a chosen one said (news repeats its lead further down). */
const NEAR_DUPLICATE = 0.6;

function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function vectorNorm(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count * count;
  return Math.sqrt(sum);
}

function cosine(a: Candidate, b: Candidate): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (const [word, count] of a.words) dot += count * (b.words.get(word) ?? 0);
  return dot / (a.norm * b.norm);
}

function candidatesOf(paragraphs: readonly string[]): Candidate[] {
  return paragraphs
    .flatMap((paragraph) => splitEnglishSentences(paragraph))
    .map((text, position) => {
      const words = termCounts(contentWords(text));
      return { text, position, words, norm: vectorNorm(words) };
    });
}

/** Cosine between the sentence and the rest of the article: how much of what the article keeps saying it says. */
function centrality(candidate: Candidate, articleCounts: ReadonlyMap<string, number>): number {
  let dot = 0;
  let restSquares = 0;
  for (const [word, total] of articleCounts) {
    const rest = total - (candidate.words.get(word) ?? 0);
    restSquares += rest * rest;
    dot += (candidate.words.get(word) ?? 0) * rest;
  }
  return candidate.norm === 0 || restSquares === 0 ? 0 : dot / (candidate.norm * Math.sqrt(restSquares));
}

export function summarize(paragraphs: readonly string[], { sentences }: SummaryOptions): string[] {
  const all = candidatesOf(paragraphs);
  const eligible = all.filter((candidate) => candidate.text.split(/\s+/).length >= SHORTEST_SENTENCE);
  const pool = eligible.length >= sentences ? eligible : all;
  const articleCounts = termCounts(all.flatMap((candidate) => [...candidate.words.keys()]));
  const relevance = new Map(
    pool.map((candidate, rank) => [
      candidate,
      (1 - CENTRALITY_WEIGHT) * LEAD_DECAY ** rank + CENTRALITY_WEIGHT * centrality(candidate, articleCounts),
    ]),
  );
  const chosen: Candidate[] = [];
  while (chosen.length < sentences && chosen.length < pool.length) {
    let best: Candidate | undefined;
    let bestScore = -Infinity;
    for (const candidate of pool) {
      if (chosen.includes(candidate)) continue;
      const redundancy = Math.max(0, ...chosen.map((other) => cosine(candidate, other)));
      if (redundancy >= NEAR_DUPLICATE) continue;
      const score = (relevance.get(candidate) ?? 0) - REDUNDANCY_PENALTY * redundancy;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (!best) break;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a.position - b.position).map((candidate) => candidate.text);
}
