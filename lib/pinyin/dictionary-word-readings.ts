import type { Dictionary } from '../dictionary/dictionary.ts';
import type { WordReadingSource } from './word-readings.ts';

/** The dictionary as reading in context uses it: its words, their frequencies and their readings. */
export function dictionaryWordReadings(dictionary: Dictionary): WordReadingSource {
  return {
    longestWord: dictionary.longestWord,
    hasPrefix: (prefix) => dictionary.hasPrefix(prefix),
    frequency: (word) => dictionary.frequency(word),
    readings: (word) => dictionary.lookup(word).map((entry) => entry.syllables),
  };
}
