import type { Dictionary } from '../dictionary/dictionary.ts';
import type { DictionaryEntry } from '../dictionary/entry.ts';
import { readingsInContext } from './context-reading.ts';
import type { WordReadingSource, WordUses } from './word-readings.ts';

const VERB_SENSE = /^to /;
const CLASSIFIER = /^CL:/;

function usesOf(entries: readonly DictionaryEntry[]): WordUses {
  const senses = entries.flatMap((entry) => entry.senses);
  return { verb: senses.some((sense) => VERB_SENSE.test(sense)), noun: senses.some((sense) => CLASSIFIER.test(sense)) };
}

/**
 * The dictionary as reading in context uses it: its words, their frequencies, their readings (the curated
 * glossary's alone where it has the word: it was checked for news usage) and their uses.
 */
export function dictionaryWordReadings(dictionary: Dictionary): WordReadingSource {
  return {
    longestWord: dictionary.longestWord,
    hasPrefix: (prefix) => dictionary.hasPrefix(prefix),
    frequency: (word) => dictionary.frequency(word),
    readings: (word) => {
      const entries = dictionary.lookup(word);
      const glossary = entries.filter((entry) => entry.source === 'glossary');
      return (glossary.length > 0 ? glossary : entries).map((entry) => entry.syllables);
    },
    uses: (word) => usesOf(dictionary.lookup(word)),
  };
}

/** Readings in context by the dictionary's words: how the card, the ruby and the CLI read a sentence. */
export function readingsByDictionary(dictionary: Dictionary): (text: string) => (string | null)[] {
  const words = dictionaryWordReadings(dictionary);
  return (text) => readingsInContext(text, words);
}
