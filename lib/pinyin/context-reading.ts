import { standardForm } from '../dictionary/variant-characters.ts';
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

/**
 * Punctuation that ends a clause. No word and no rule reaches across it, so each clause is read by itself: a clause
 * reads the same in a page's paragraph (the ruby) and in the sentence window around the pointer (the card).
 */
const CLAUSE_END = /[，。！？；：、,!?;:\n]/u;

/** The text cut after each clause end; the pieces joined are the text. */
function clauses(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_END.test(text[i] ?? '')) {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** Hovering moves from character to character of the same sentence: each clause is read once. */
const RECENT_CLAUSES = 64;
const recentWithoutWords = new Map<string, readonly (string | null)[]>();
const recentByWords = new WeakMap<WordReadingSource, Map<string, readonly (string | null)[]>>();

function remembered(
  recent: Map<string, readonly (string | null)[]>,
  clause: string,
  read: () => (string | null)[],
): readonly (string | null)[] {
  const known = recent.get(clause);
  if (known) return known;
  const readings = read();
  recent.set(clause, readings);
  if (recent.size > RECENT_CLAUSES) recent.delete(recent.keys().next().value ?? clause);
  return readings;
}

/**
 * The reading of each code point of `text` as read in this sentence, in numbered form (`zhong4`), or null for
 * characters that are not Han (or whose reading is unknown); `result.length === Array.from(text).length`. Works on
 * Simplified and Traditional text alike, and reads variant characters through their standard forms (生産 as 生產).
 * Pass the dictionary's words to read by them: that is what resolves most polyphones (心脏 xin1 zang4), and what
 * lets characters standing alone be read by their role in the sentence (以人民为中心 wei2, 自然地笑 de5).
 *
 * This is the one reader of readings in context: the hover card, the ruby over the page, the CLI and the key terms
 * all read through it, so they read every character alike.
 */
export function readingsInContext(text: string, words?: WordReadingSource): (string | null)[] {
  let recent = recentWithoutWords;
  if (words) {
    recent = recentByWords.get(words) ?? new Map();
    recentByWords.set(words, recent);
  }
  const readings: (string | null)[] = [];
  for (const clause of clauses(standardForm(text))) {
    readings.push(...remembered(recent, clause, () => readInContext(clause, contextData(), words)));
  }
  return readings;
}
