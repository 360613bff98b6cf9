import { NEUTRAL_TONE_CHARACTERS, OUT_OF_WORD_READINGS } from './context-data.generated.ts';
import { parseOutOfWordReadings, readInContext, type ContextReadingData } from './context-reader.ts';
import type { WordReadingSource } from './word-readings.ts';

export type { WordReadingSource } from './word-readings.ts';

// Parsed on first use: the service worker restarts often and most restarts never read a sentence.
let data: ContextReadingData | null = null;

function contextData(): ContextReadingData {
  data ??= {
    neutralToneCharacters: new Set(Array.from(NEUTRAL_TONE_CHARACTERS)),
    outOfWordReadings: parseOutOfWordReadings(OUT_OF_WORD_READINGS),
  };
  return data;
}

/** Hovering moves from character to character of the same sentence: each is read once for the whole sentence. */
const RECENT_SENTENCES = 32;
const recentWithoutWords = new Map<string, readonly (string | null)[]>();
const recentByWords = new WeakMap<WordReadingSource, Map<string, readonly (string | null)[]>>();

function remembered(
  recent: Map<string, readonly (string | null)[]>,
  text: string,
  read: () => (string | null)[],
): (string | null)[] {
  const known = recent.get(text);
  if (known) return [...known];
  const readings = read();
  recent.set(text, readings);
  if (recent.size > RECENT_SENTENCES) recent.delete(recent.keys().next().value ?? text);
  return [...readings];
}

/**
 * The reading of each code point of `text` as read in this sentence, in numbered form (`zhong4`), or null for
 * characters that are not Han (or whose reading is unknown); `result.length === Array.from(text).length`. Works on
 * Simplified and Traditional text alike. Pass the dictionary's words to read by them: that is what resolves most
 * polyphones (心脏 xin1 zang4), and what lets characters standing alone get their polyphone rules (以人民为中心
 * wei2) and their out-of-word readings.
 */
export function readingsInContext(text: string, words?: WordReadingSource): (string | null)[] {
  if (!words) return remembered(recentWithoutWords, text, () => readInContext(text, contextData()));
  let recent = recentByWords.get(words);
  if (!recent) {
    recent = new Map();
    recentByWords.set(words, recent);
  }
  return remembered(recent, text, () => readInContext(text, contextData(), words));
}
