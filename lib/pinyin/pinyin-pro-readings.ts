import { OutputFormat, pinyin, segment } from 'pinyin-pro';
import { isHan } from '../han.ts';

/** pinyin-pro writes ü, and 0 for the neutral tone; Duizhao writes v and 5. */
function fromPinyinPro(syllable: string): string | null {
  if (!/^[a-zü]+[0-5]$/.test(syllable)) return null;
  return syllable.replaceAll('ü', 'v').replace(/0$/, '5');
}

/** pinyin-pro's reading of one code point of a sentence, and the span of the word it read it in. */
export interface PinyinProReading {
  syllable: string | null;
  /** Code point span of pinyin-pro's word (a single character where it read the character alone). */
  wordStart: number;
  wordEnd: number;
}

/**
 * pinyin-pro's reading of a whole sentence, one element per code point: it segments by its own word list (words
 * whose reading differs from their characters' usual ones), so its polyphones are read in context. The syllable is
 * null for characters that are not Han or whose reading it does not know.
 */
export function pinyinProReadings(chars: readonly string[]): PinyinProReading[] {
  const words = segment(chars.join(''), { format: OutputFormat.AllArray, toneType: 'num', toneSandhi: false });
  const readings: PinyinProReading[] = [];
  for (const word of words) {
    const wordStart = readings.length;
    const wordEnd = wordStart + word.length;
    for (const { result } of word) {
      const char = chars[readings.length] ?? '';
      readings.push({ syllable: isHan(char) ? fromPinyinPro(result) : null, wordStart, wordEnd });
    }
  }
  if (readings.length === chars.length) return readings;
  // Never seen, but positions must hold whatever pinyin-pro does with a character: read each one alone.
  return chars.map((char, i) => ({ syllable: characterReadings(char)[0] ?? null, wordStart: i, wordEnd: i + 1 }));
}

/** Every reading pinyin-pro knows for one character, the most common first. */
export function characterReadings(char: string): string[] {
  if (!isHan(char)) return [];
  return pinyin(char, { multiple: true, type: 'array', toneType: 'num', toneSandhi: false })
    .map(fromPinyinPro)
    .filter((syllable): syllable is string => syllable !== null);
}
