import type { WordReading } from './ruby-segments.ts';

/**
 * The `readings` message: the content script asks the background, which owns the dictionary, how the Chinese words
 * of many text runs are read in context.
 *
 * Why the limits: the service worker answers one message at a time, and a hover lookup that arrives meanwhile waits
 * for it. Reading 10,000 characters in context takes some 35 ms there, so a batch of that size keeps the card
 * responsive while a page is being annotated; the text count bounds the reply's overhead, and both bound the work
 * one message from a (possibly hostile) page can ask of the background.
 */
export const MAX_READINGS_TEXTS = 1000;
export const MAX_READINGS_CHARS = 10_000;

export interface ReadingsRequest {
  texts: string[];
}

/**
 * A Chinese word of a text, compact for messaging (a 20,000-character article has some 12,000 words, and
 * extension messaging costs time by the byte): its first code point, and its numbered syllables, one per code
 * point, joined by spaces, `-` where a character's reading is unknown.
 */
export type EncodedWord = [start: number, reading: string];

export interface ReadingsResponse {
  /** For each text of the request, in order, its Chinese words in text order. */
  words: EncodedWord[][];
}

const UNKNOWN = '-';

export function encodeWord(word: WordReading): EncodedWord {
  return [word.start, word.reading.map((syllable) => syllable ?? UNKNOWN).join(' ')];
}

export function decodeWords(encoded: readonly EncodedWord[]): WordReading[] {
  return encoded.map(([start, reading]) => {
    const syllables = reading.split(' ').map((syllable) => (syllable === UNKNOWN ? null : syllable));
    return { start, end: start + syllables.length, reading: syllables };
  });
}

export function parseReadingsRequest(payload: unknown): ReadingsRequest | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { texts } = payload as Record<string, unknown>;
  if (!Array.isArray(texts) || texts.length === 0 || texts.length > MAX_READINGS_TEXTS) return null;
  let chars = 0;
  for (const text of texts) {
    if (typeof text !== 'string') return null;
    chars += text.length;
    if (chars > MAX_READINGS_CHARS) return null;
  }
  return { texts: texts as string[] };
}

const SENTENCE_END = /[。！？；!?;\n]/u;

/**
 * A text cut into pieces a request can carry, each at most `max` UTF-16 units, cut after a sentence end where
 * there is one (a word is never read across a cut, and sentences are where no word crosses), never inside a
 * surrogate pair. The pieces joined are the text.
 */
export function readingPieces(text: string, max: number = MAX_READINGS_CHARS): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = max;
    for (let i = max - 1; i > 0; i--) {
      if (SENTENCE_END.test(rest[i] ?? '')) {
        cut = i + 1;
        break;
      }
    }
    if (cut === max && /[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut--;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}
