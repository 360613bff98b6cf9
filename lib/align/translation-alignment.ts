import { alignSentences, type AlignerSettings } from './aligner.ts';
import type { TermSource } from './chinese-terms.ts';
import type { AlignmentLink } from './link.ts';
import { sentenceSides } from './sentence-sides.ts';
import { LEXICAL } from './settings.ts';

/** Aligns Chinese sentences with their English translation, in order. */
export function alignTranslation(
  chinese: readonly string[],
  english: readonly string[],
  dictionary: TermSource,
  settings: AlignerSettings = LEXICAL,
): AlignmentLink[] {
  const sides = sentenceSides(chinese, english, dictionary, settings.lexicalWeight !== 0);
  return alignSentences(sides.chinese, sides.english, settings);
}
