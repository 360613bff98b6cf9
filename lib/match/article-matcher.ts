import type { Dictionary } from '../dictionary/dictionary.ts';
import { contentWords, englishWords } from '../summarize/english-words.ts';
import { chineseConcepts } from './chinese-concepts.ts';
import { englishTerms } from './english-terms.ts';
import { englishNumberTerms } from './number-terms.ts';
import { evidenceScores, type EnglishEvidence } from './evidence-score.ts';
import { confidenceOf, type Confidence } from './match-confidence.ts';

/**
 * Finds, among English articles, the one that covers a Chinese article, or none: the best-scoring candidate is
 * returned only when its confidence clears the threshold (showing nothing beats showing the wrong story).
 * In the browser, the dictionary must first `prepare` the article's `wordsToPrepare`.
 */
export interface EnglishArticle {
  name: string;
  text: string;
}

export interface PreparedEnglishArticle extends EnglishEvidence {
  name: string;
}

export interface ArticleMatch {
  /** The matching article's name, or null when no candidate is confidently the story. */
  match: string | null;
  /** The best candidate, shown or not. */
  best: { name: string; score: number } | null;
  confidence: Confidence;
  /** Every candidate's evidence score, in candidate order. */
  scores: number[];
}

/** Reads an English article once, so that many Chinese articles can be matched against it. */
export function prepareEnglishArticle({ name, text }: EnglishArticle): PreparedEnglishArticle {
  const words = [...contentWords(text).filter((word) => !/^\d/.test(word)), ...englishNumberTerms(englishWords(text))];
  return { name, terms: englishTerms(text), words: [...new Set(words)] };
}

export function matchChineseArticle(
  chineseText: string,
  candidates: readonly PreparedEnglishArticle[],
  dictionary: Dictionary,
): ArticleMatch {
  const scores = evidenceScores(chineseConcepts(chineseText, dictionary), candidates);
  let bestIndex = -1;
  scores.forEach((score, i) => {
    if (bestIndex < 0 || score > (scores[bestIndex] ?? 0)) bestIndex = i;
  });
  const bestCandidate = candidates[bestIndex];
  const bestScore = scores[bestIndex] ?? 0;
  const confidence = confidenceOf(bestScore, scores.filter((_, i) => i !== bestIndex));
  return {
    match: bestCandidate && confidence.confident ? bestCandidate.name : null,
    best: bestCandidate ? { name: bestCandidate.name, score: bestScore } : null,
    confidence,
    scores,
  };
}
