import type { AlignerSentence } from './aligner.ts';
import { createTermReader, type TermSource } from './chinese-terms.ts';
import { englishWordKeys } from './english-words.ts';
import { chineseSide, englishSide, type ChineseSide, type EnglishSide } from './lexical-similarity.ts';

export interface SentenceSides {
  chinese: AlignerSentence<ChineseSide>[];
  english: AlignerSentence<EnglishSide>[];
}

/** Both texts as the aligners compare them: lengths, and the words each side can match (none when `lexical` is off). */
export function sentenceSides(chinese: readonly string[], english: readonly string[], dictionary: TermSource, lexical = true): SentenceSides {
  const readTerms = createTermReader(dictionary);
  return {
    chinese: chinese.map((sentence) => ({ length: textLength(sentence), side: chineseSide(lexical ? readTerms(sentence) : []) })),
    english: english.map((sentence) => ({ length: textLength(sentence), side: englishSide(lexical ? englishWordKeys(sentence) : []) })),
  };
}

/** Characters other than spaces, counting a character outside the BMP once. */
function textLength(sentence: string): number {
  return Array.from(sentence.replace(/\s+/gu, '')).length;
}

/** English characters per Chinese character over the whole texts. */
export function lengthRatio(chinese: readonly { length: number }[], english: readonly { length: number }[]): number {
  const zh = chinese.reduce((sum, sentence) => sum + sentence.length, 0);
  const en = english.reduce((sum, sentence) => sum + sentence.length, 0);
  return zh === 0 || en === 0 ? 1 : en / zh;
}
