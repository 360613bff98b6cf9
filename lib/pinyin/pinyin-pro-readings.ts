import { pinyin } from 'pinyin-pro';
import { isHan } from '../han.ts';

/** pinyin-pro writes ü, and 0 for the neutral tone; Duizhao writes v and 5. */
function fromPinyinPro(syllable: string): string | null {
  if (!/^[a-zü]+[0-5]$/.test(syllable)) return null;
  return syllable.replaceAll('ü', 'v').replace(/0$/, '5');
}

/**
 * pinyin-pro's reading of a whole sentence, one element per code point: it segments by its own word list, so its
 * polyphones are read in context. Null for characters that are not Han or whose reading it does not know.
 */
export function pinyinProReadings(chars: readonly string[]): (string | null)[] {
  // The array form gives one element per code point (the character itself where it has no reading), and costs a
  // third of the 'all' form, which builds an object of initials and finals for each.
  const syllables = pinyin(chars.join(''), { type: 'array', toneType: 'num', toneSandhi: false });
  if (syllables.length !== chars.length) return chars.map((char) => characterReadings(char)[0] ?? null);
  return syllables.map((syllable, i) => (isHan(chars[i] ?? '') ? fromPinyinPro(syllable) : null));
}

/** Every reading pinyin-pro knows for one character, the most common first. */
export function characterReadings(char: string): string[] {
  if (!isHan(char)) return [];
  return pinyin(char, { multiple: true, type: 'array', toneType: 'num', toneSandhi: false })
    .map(fromPinyinPro)
    .filter((syllable): syllable is string => syllable !== null);
}
