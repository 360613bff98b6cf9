import type { LookupResult } from './word-lookup.ts';

/** A word as the card's Save keeps it in the glossary. */
export interface CardTerm {
  simplified: string;
  traditional: string;
  /** The reading in the sentence, or none when a character of it has no known reading. */
  syllables: string[];
  /** Empty when the dictionary defines the word nowhere: the reader is then asked for a gloss of their own. */
  senses: string[];
}

/**
 * The entry the card leads with, with its senses, so that the glossary keeps what the reader saw; a word without
 * one is kept in both scripts as OpenCC writes them.
 */
export function cardTerm(result: LookupResult): CardTerm {
  const entry = result.entries[0];
  const syllables = result.reading.filter((syllable): syllable is string => syllable !== null);
  return {
    simplified: entry?.simplified ?? result.forms.simplified,
    traditional: entry?.traditional ?? result.forms.traditional,
    syllables: syllables.length === result.reading.length ? syllables : [],
    senses: entry?.definitions ?? [],
  };
}
