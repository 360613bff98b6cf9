import { alignSentences } from './aligner.ts';
import type { TermSource } from './chinese-terms.ts';
import { alignCoverage } from './coverage-alignment.ts';
import { similarSentences } from './lexical-similarity.ts';
import type { AlignmentLink } from './link.ts';
import { lengthRatio, sentenceSides } from './sentence-sides.ts';
import { textWords } from './sentence-words.ts';
import { LEXICAL } from './settings.ts';

/**
 * A full English translation runs at three to four characters per Chinese character; English coverage that
 * condenses the article runs far below (the seed article's: 0.7). Below this, the English is read as coverage.
 */
const COVERAGE_BELOW_RATIO = 1.5;

/**
 * Most sentences a side one request aligns: far above any article (a government work report runs to several
 * hundred), low enough that a page of anything bounds the time the background spends, which hover cards wait on.
 */
export const MOST_SENTENCES = 5000;

export interface ArticleAlignment {
  links: AlignmentLink[];
  /** Sentences at the end of each side past MOST_SENTENCES: not aligned, and in no link. */
  leftOut: { zh: number; en: number };
}

/**
 * Aligns a Chinese article with its English translation, or with English coverage that rewrites it: the first
 * MOST_SENTENCES sentences of each side.
 */
export function alignArticle(chinese: readonly string[], english: readonly string[], dictionary: TermSource): ArticleAlignment {
  const leftOut = { zh: Math.max(0, chinese.length - MOST_SENTENCES), en: Math.max(0, english.length - MOST_SENTENCES) };
  return { links: alignSides(chinese.slice(0, MOST_SENTENCES), english.slice(0, MOST_SENTENCES), dictionary), leftOut };
}

function alignSides(chinese: readonly string[], english: readonly string[], dictionary: TermSource): AlignmentLink[] {
  const sides = sentenceSides(chinese, english, dictionary);
  if (lengthRatio(sides.chinese, sides.english) >= COVERAGE_BELOW_RATIO) return alignSentences(sides.chinese, sides.english, LEXICAL);
  const similar = similarSentences(
    textWords(
      sides.chinese.map((sentence) => sentence.side),
      sides.english.map((sentence) => sentence.side),
    ),
  );
  return alignCoverage(chinese.length, english.length, similar);
}
