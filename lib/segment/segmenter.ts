import { isHan } from '../han.ts';
import { segmentHanRun } from './han-run.ts';
import { digitRunEnd } from './numbers.ts';

/** What segmentation needs to know about words; the Dictionary provides it. */
export interface WordSource {
  readonly longestWord: number;
  frequency(word: string): number | undefined;
  hasPrefix(prefix: string): boolean;
}

/** A word of the text, with code point offsets (so characters outside the BMP count once). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when the token is a dictionary word. */
  known: boolean;
}

const LATIN_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
/** Chinese text writes the zero of years as a circle (二○○一年), a symbol outside the Han script. */
const CIRCLE_ZERO = '○';

type CharClass = 'han' | 'alnum' | 'space' | 'other';

function classify(char: string): CharClass {
  if (isHan(char) || char === CIRCLE_ZERO) return 'han';
  if (LATIN_OR_DIGIT.test(char)) return 'alnum';
  if (SPACE.test(char)) return 'space';
  return 'other';
}

/** Segments text into words: Han runs by the dictionary, Latin letters and digits as runs, punctuation alone. */
export function segment(text: string, words: WordSource): Token[] {
  const chars = Array.from(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const kind = classify(chars[i] ?? '');
    let end = i + 1;
    if (kind === 'han' || kind === 'alnum' || kind === 'space') {
      while (end < chars.length && classify(chars[end] ?? '') === kind) end++;
    }
    if (kind === 'alnum') end = digitRunEnd(chars, i, end);
    if (kind === 'han') tokens.push(...segmentHanRun(chars.slice(i, end), i, words));
    else if (kind !== 'space') tokens.push({ text: chars.slice(i, end).join(''), start: i, end, known: false });
    i = end;
  }
  return tokens;
}
