import { isHan } from '../han.ts';

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

/**
 * Maximum-probability segmentation over the dictionary's words (the unigram model of jieba and of most
 * dictionary segmenters): among all ways to cut a run of Han characters into dictionary words or single characters,
 * pick the one whose words are jointly most probable. Longest match alone cuts 研究生命 as 研究生|命.
 */
const LOG_TOTAL = Math.log(2e7);
/** Words CC-CEDICT has but the frequency list lacks are rare, yet still likelier than an arbitrary character pair. */
const UNSEEN_WORD_FREQUENCY = 3;
/** A character that is no dictionary word on its own (a surname fragment, a rare glyph). */
const UNKNOWN_CHAR_LOG_PROBABILITY = Math.log(0.5) - LOG_TOTAL;

const LATIN_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const DIGITS = /^[\p{Nd}]+([.．][\p{Nd}]+)?$/u;
/** A number and its unit of time or percentage read as one word: 2024年, 11月, 31日, 90％. */
const NUMBER_SUFFIX = /^[年月日号時时%％]$/u;
const CHINESE_NUMERAL = /^[零〇○一二三四五六七八九十百千万萬亿億两兩]$/u;
/** Chinese numerals read as a date: 二○○一年, 十二月, 三十一日. */
const DATE_SUFFIX = /^[年月日]$/u;
/** A numeral run is weighed like a common word, so 二十 or 一百 stays whole rather than split into digits. */
const NUMERAL_FREQUENCY = 2000;
const SPACE = /^\s$/u;

function wordLogProbability(frequency: number): number {
  return Math.log(Math.max(frequency, UNSEEN_WORD_FREQUENCY)) - LOG_TOTAL;
}

function segmentHanRun(chars: readonly string[], offset: number, words: WordSource): Token[] {
  const n = chars.length;
  // best[i]: score of the best segmentation of chars[i..n); next[i]: where its first word ends.
  const best = new Float64Array(n + 1);
  const next = new Int32Array(n + 1);
  const known = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = UNKNOWN_CHAR_LOG_PROBABILITY + (best[i + 1] ?? 0);
    next[i] = i + 1;
    known[i] = 0;
    const numeral = numeralEnd(chars, i);
    if (numeral > i + 1) {
      const score = wordLogProbability(NUMERAL_FREQUENCY) + (best[numeral] ?? 0);
      if (score > (best[i] ?? -Infinity)) {
        best[i] = score;
        next[i] = numeral;
      }
    }
    let candidate = '';
    for (let j = i; j < n && j - i < words.longestWord; j++) {
      candidate += chars[j];
      if (!words.hasPrefix(candidate)) break;
      const frequency = words.frequency(candidate);
      if (frequency === undefined) continue;
      const score = wordLogProbability(frequency) + (best[j + 1] ?? 0);
      if (score > (best[i] ?? -Infinity) || (j === i && known[i] === 0 && score === best[i])) {
        best[i] = score;
        next[i] = j + 1;
        known[i] = 1;
      }
    }
  }
  const tokens: Token[] = [];
  for (let i = 0; i < n; ) {
    const end = next[i] ?? i + 1;
    tokens.push({ text: chars.slice(i, end).join(''), start: offset + i, end: offset + end, known: known[i] === 1 });
    i = end;
  }
  return tokens;
}

/** End of a run of Chinese numerals starting at `i` (with a date suffix when it reads as a date), or `i`. */
function numeralEnd(chars: readonly string[], i: number): number {
  let end = i;
  while (end < chars.length && CHINESE_NUMERAL.test(chars[end] ?? '')) end++;
  if (end - i < 1) return i;
  const suffix = chars[end] ?? '';
  const isYear = suffix === '年' && chars.slice(i, end).some((char) => /[零〇○]/u.test(char));
  if (isYear || (DATE_SUFFIX.test(suffix) && suffix !== '年')) return end + 1;
  return end - i >= 2 ? end : i;
}

type CharClass = 'han' | 'alnum' | 'space' | 'other';

function classify(char: string): CharClass {
  if (isHan(char)) return 'han';
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
    if (kind === 'alnum' && DIGITS.test(chars.slice(i, end).join('')) && NUMBER_SUFFIX.test(chars[end] ?? '')) end++;
    else if (kind === 'alnum' && /^[.．]$/u.test(chars[end] ?? '') && DIGITS.test(chars.slice(i, end + 2).join(''))) {
      // A decimal number: 8．9 and 8.9 are one word, and so is a following unit.
      end += 2;
      while (end < chars.length && /^\p{Nd}$/u.test(chars[end] ?? '')) end++;
      if (NUMBER_SUFFIX.test(chars[end] ?? '')) end++;
    }
    if (kind === 'han') tokens.push(...segmentHanRun(chars.slice(i, end), i, words));
    else if (kind !== 'space') tokens.push({ text: chars.slice(i, end).join(''), start: i, end, known: false });
    i = end;
  }
  return tokens;
}
