import { alignSentences } from './aligner.ts';
import type { TermSource } from './chinese-terms.ts';
import { alignCoverage } from './coverage-alignment.ts';
import { blockSimilarity } from './lexical-similarity.ts';
import type { AlignmentLink } from './link.ts';
import { lengthRatio, sentenceSides } from './sentence-sides.ts';
import { LEXICAL } from './settings.ts';

/**
 * A full English translation runs at three to four characters per Chinese character; English coverage that
 * condenses the article runs far below (the seed article's: 0.7). Below this, the English is read as coverage.
 */
const COVERAGE_BELOW_RATIO = 1.5;

/** Aligns a Chinese article with its English translation, or with English coverage that rewrites it. */
export function alignArticle(chinese: readonly string[], english: readonly string[], dictionary: TermSource): AlignmentLink[] {
  const sides = sentenceSides(chinese, english, dictionary);
  if (lengthRatio(sides.chinese, sides.english) >= COVERAGE_BELOW_RATIO) return alignSentences(sides.chinese, sides.english, LEXICAL);
  const similarity = blockSimilarity(
    sides.chinese.map((sentence) => sentence.side),
    sides.english.map((sentence) => sentence.side),
  );
  return alignCoverage(chinese.length, english.length, similarity);
}
