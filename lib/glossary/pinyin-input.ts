import type { Tone } from '../pinyin/syllable.ts';

/**
 * Pinyin as people type or older tools export it: tone marks (`cháng zhì`), tone numbers (`chang2zhi4`, `de0`)
 * or none (`changzhi`), ü as `ü`, `v` or `u:`, syllables joined, spaced or split by apostrophes.
 */
export interface PinyinLetters {
  /** Lowercase letters only, ü as `v`. */
  letters: string;
  /** Tones the text states, by letter index: a mark on its letter, a digit on the letter before it. */
  tones: Map<number, Tone>;
  /** Letter indices where the text itself separates syllables (space, apostrophe, hyphen, digit). */
  breaks: Set<number>;
}

const MARK_TONE: Readonly<Record<string, Tone>> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4 };
const DIAERESIS = '\u0308';

/** Null when the text has anything but pinyin letters, tones and separators. */
export function readPinyinLetters(text: string): PinyinLetters | null {
  const chars = Array.from(text.normalize('NFD').toLowerCase().replaceAll('u:', 'v'));
  let letters = '';
  const tones = new Map<number, Tone>();
  const breaks = new Set<number>();
  for (const char of chars) {
    const markTone = MARK_TONE[char];
    if (/[a-z]/.test(char)) letters += char;
    else if (char === DIAERESIS && letters.endsWith('u')) letters = `${letters.slice(0, -1)}v`;
    else if (markTone && letters) tones.set(letters.length - 1, markTone);
    else if (/[0-5]/.test(char) && letters) {
      tones.set(letters.length - 1, char === '0' ? 5 : (Number(char) as Tone));
      breaks.add(letters.length);
    } else if (/[\s'’-]/.test(char)) breaks.add(letters.length);
    else return null;
  }
  return { letters, tones, breaks };
}

const VOWEL = /^[aeiouv]/;
const SYLLABLE_START = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?([aeiouv]+)/;
const SYLLABIC_CONSONANT = /^(hng|hm|ng|m|n|r)(?![aeiouv])/;

/**
 * The length of the syllable at the start of `letters`, or 0. A final n or ng belongs to the syllable unless a
 * vowel follows, which is how pinyin orthography reads run-together syllables (it writes an apostrophe otherwise:
 * Xī'ān, not Xīān).
 */
function syllableLength(letters: string): number {
  const match = SYLLABLE_START.exec(letters);
  if (!match) return SYLLABIC_CONSONANT.exec(letters)?.[0].length ?? 0;
  const end = match[0].length;
  const rest = letters.slice(end);
  if (rest.startsWith('ng') && !VOWEL.test(rest.slice(2))) return end + 2;
  if (rest.startsWith('n') && !VOWEL.test(rest.slice(1))) return end + 1;
  if (rest.startsWith('r') && !match[1] && match[2] === 'e' && !VOWEL.test(rest.slice(1))) return end + 1;
  return end;
}

/**
 * Numbered syllables (`lv4`) from written pinyin, or null when it does not read as pinyin or states no tone at
 * all (a toneless reading would store a guess). A syllable without a tone between toned ones is neutral (xiānsheng).
 */
export function parsePinyin(text: string): string[] | null {
  const read = readPinyinLetters(text);
  if (!read || !read.letters || read.tones.size === 0) return null;
  const syllables: string[] = [];
  let start = 0;
  while (start < read.letters.length) {
    const nextBreak = Math.min(...[...read.breaks].filter((at) => at > start), read.letters.length);
    const length = syllableLength(read.letters.slice(start, nextBreak));
    if (length === 0) return null;
    let tone: Tone = 5;
    for (let i = start; i < start + length; i++) tone = read.tones.get(i) ?? tone;
    syllables.push(`${read.letters.slice(start, start + length)}${tone}`);
    start += length;
  }
  return syllables;
}
