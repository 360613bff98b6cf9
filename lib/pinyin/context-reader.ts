import { isHan } from '../han.ts';
import { segment } from '../segment/segmenter.ts';
import { withLexicalTone } from './lexical-tone.ts';
import { pinyinProReadings } from './pinyin-pro-readings.ts';
import { readingByRule } from './polyphone-rules.ts';
import { simplifiedCharacter } from './simplified-characters.ts';
import { chooseWordReading, type WordReadingSource } from './word-readings.ts';

/** The generated tables (context-data.generated.ts) in the form the reader uses. */
export interface ContextReadingData {
  /** Characters whose own reading is toneless: 了 的 吗 们 … (CC-CEDICT's standalone tone-5 entries). */
  neutralToneCharacters: ReadonlySet<string>;
  /**
   * Readings of characters that are rarely words by themselves, for when no dictionary word contains them: then
   * they are part of a name or an unlisted compound, where their productive reading is likelier than their
   * most frequent one overall (什 outside 什么 is shi2: 什邡, 什叶派).
   */
  outOfWordReadings: ReadonlyMap<string, string>;
}

/** Parses `什shi2 蛤ge2 …`. */
export function parseOutOfWordReadings(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of table.split(' ')) {
    const [char, ...rest] = Array.from(item);
    if (char && rest.length > 0) map.set(char, rest.join(''));
  }
  return map;
}

/**
 * A syllable of a dictionary word, with the character's own tone where the dictionary writes it neutral but the
 * character is no particle: pinyin-pro's tone when it reads the same syllable (力量 li4 liang4, 妥当 tuo3 dang4),
 * else the character's usual one.
 */
function wordSyllable(char: string, syllable: string, pinyinPro: string | null, data: ContextReadingData): string {
  const sameSyllableFullTone =
    pinyinPro !== null && !pinyinPro.endsWith('5') && pinyinPro.slice(0, -1) === syllable.slice(0, -1);
  if (syllable.endsWith('5') && sameSyllableFullTone && !data.neutralToneCharacters.has(char)) return pinyinPro;
  return withLexicalTone(char, syllable, data.neutralToneCharacters);
}

/**
 * Segments the text as written (the dictionary knows Traditional and Simplified words alike, and 乾淨 is a word
 * where 乾净 is none) and reads each word by the dictionary; the characters left alone get their out-of-word
 * reading and the polyphone rules, which look at the Simplified form.
 */
function readWords(
  written: readonly string[],
  chars: readonly string[],
  pinyinPro: readonly (string | null)[],
  readings: (string | null)[],
  data: ContextReadingData,
  lexicon: WordReadingSource,
): void {
  let previousWordEnd = -1;
  // A character outside any dictionary word: its out-of-word reading, then the polyphone rules.
  const readAlone = (index: number): void => {
    const char = chars[index] ?? '';
    if (!isHan(char)) return;
    // Characters pinyin-pro does not know (most of CJK Extension B and later) may still be dictionary words.
    const reading = readings[index] ?? lexicon.readings(written[index] ?? '')[0]?.[0];
    if (!reading) return;
    readings[index] = readingByRule({
      chars,
      index,
      reading: data.outOfWordReadings.get(char) ?? reading,
      followsWord: previousWordEnd === index,
    });
  };
  for (const token of segment(written.join(''), lexicon)) {
    const { start, end } = token;
    // Unknown runs (names, numbers) are read character by character, like characters outside any word.
    if (end - start === 1 || !token.known) {
      for (let index = start; index < end; index++) readAlone(index);
      continue;
    }
    previousWordEnd = end;
    const candidates = lexicon
      .readings(token.text)
      .map((syllables) => syllables.map((syllable, i) => wordSyllable(chars[start + i] ?? '', syllable, pinyinPro[start + i] ?? null, data)));
    const chosen = chooseWordReading(candidates, readings.slice(start, end));
    chosen?.forEach((syllable, i) => {
      readings[start + i] = syllable;
    });
  }
}

/**
 * Reading of every code point of `text` as read in this sentence (null for non-Han characters). Traditional text is
 * read through its Simplified characters. pinyin-pro's whole-sentence reading is the base; with a dictionary, its
 * words decide the readings they cover, and characters left outside any word get their out-of-word reading and the
 * polyphone rules.
 */
export function readInContext(text: string, data: ContextReadingData, lexicon?: WordReadingSource): (string | null)[] {
  const written = Array.from(text);
  const chars = written.map(simplifiedCharacter);
  const pinyinPro = pinyinProReadings(chars);
  const readings = pinyinPro.map((reading, i) =>
    reading === null ? null : withLexicalTone(chars[i] ?? '', reading, data.neutralToneCharacters),
  );
  if (lexicon) readWords(written, chars, pinyinPro, readings, data, lexicon);
  return readings;
}
