import type { WordSource } from '../segment/segmenter.ts';

/** How the dictionary says a word is used, as far as the rules that read a particle by its neighbours need it. */
export interface WordUses {
  /** Some sense is a verb ("to …"). */
  verb: boolean;
  /** Some sense counts with a classifier: a noun. */
  noun: boolean;
}

/**
 * What reading in context needs from a dictionary: its words for segmentation, each word's readings, and what its
 * senses say the word is. The Dictionary of lib/dictionary provides all of it.
 */
export interface WordReadingSource extends WordSource {
  /** Every reading the dictionary gives the word, one numbered syllable per character, the usual one first. */
  readings(word: string): readonly (readonly string[])[];
  uses(word: string): WordUses;
}

/**
 * The reading of a dictionary word in this sentence. Most words have one; for the few with several (会计 kuai4 ji4
 * or hui4 ji4), the one that agrees most with pinyin-pro's reading of the sentence, which knows some collocations.
 */
export function chooseWordReading(
  candidates: readonly (readonly string[])[],
  contextual: readonly (string | null)[],
): readonly string[] | null {
  let best: readonly string[] | null = null;
  let bestAgreement = -1;
  for (const candidate of candidates) {
    if (candidate.length !== contextual.length) continue;
    const agreement = candidate.filter((syllable, i) => syllable === contextual[i]).length;
    if (agreement > bestAgreement) {
      best = candidate;
      bestAgreement = agreement;
    }
  }
  return best;
}
