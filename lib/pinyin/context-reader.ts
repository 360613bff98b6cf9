import { isHan } from '../han.ts';
import { segment } from '../segment/segmenter.ts';
import { withLexicalTone } from './lexical-tone.ts';
import { characterReadings, pinyinProReadings, type PinyinProReading } from './pinyin-pro-readings.ts';
import { readingByRule } from './polyphone-rules.ts';
import { potentialComplementDe } from './role-rules.ts';
import { simplifiedCharacter } from './simplified-characters.ts';
import type { SentenceWord } from './standalone-character.ts';
import { chooseWordReading, type WordReadingSource, type WordUses } from './word-readings.ts';

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
 * pinyin-pro's reading of a character our segmentation leaves alone, unless pinyin-pro took it for part of a word
 * that cuts through one of our dictionary words (沒入 in 還沒入場, whose words are 還|沒|入場): that word lost to ours,
 * and the reading it gave is the character's reading in a word it is not in. Then the character's usual reading.
 */
function aloneReading(
  char: string,
  index: number,
  pinyinPro: readonly PinyinProReading[],
  inDictionaryWord: readonly boolean[],
): string | null {
  const read = pinyinPro[index];
  if (!read?.syllable) return null;
  for (let i = read.wordStart; i < read.wordEnd; i++) {
    if (inDictionaryWord[i]) return characterReadings(char)[0] ?? read.syllable;
  }
  return read.syllable;
}

/**
 * Segments the text as written (the dictionary knows Traditional and Simplified words alike, and 乾淨 is a word
 * where 乾净 is none) and reads each word by the dictionary; the characters left alone get their out-of-word
 * reading and then the rules of their role in the sentence, which look at the Simplified form and at the words around.
 */
function readWords(
  written: readonly string[],
  chars: readonly string[],
  pinyinPro: readonly PinyinProReading[],
  readings: (string | null)[],
  data: ContextReadingData,
  lexicon: WordReadingSource,
): void {
  const tokens = segment(written.join(''), lexicon);
  const words: SentenceWord[] = tokens.map(({ text, start, end }) => ({ text: chars.slice(start, end).join(''), written: text, start, end }));
  const usesByWord = new Map<string, WordUses>();
  const uses = ({ written: word }: SentenceWord): WordUses => {
    let found = usesByWord.get(word);
    if (!found) {
      found = lexicon.uses(word);
      usesByWord.set(word, found);
    }
    return found;
  };
  // Dictionary words first: the rules of a character standing alone look at the words around it.
  const alone: { index: number; at: number; followsWord: boolean; ownWord: boolean }[] = [];
  let previousWordEnd = -1;
  const inDictionaryWord = chars.map(() => false);
  tokens.forEach((token, at) => {
    const { start, end } = token;
    // Unknown runs (names, numbers) are read character by character, like characters outside any word.
    if (end - start === 1 || !token.known) {
      for (let index = start; index < end; index++) {
        alone.push({ index, at, followsWord: previousWordEnd === index, ownWord: end - start === 1 });
      }
      return;
    }
    previousWordEnd = end;
    inDictionaryWord.fill(true, start, end);
    const candidates = lexicon
      .readings(token.text)
      .map((syllables) =>
        syllables.map((syllable, i) => wordSyllable(chars[start + i] ?? '', syllable, pinyinPro[start + i]?.syllable ?? null, data)),
      );
    const chosen = chooseWordReading(candidates, readings.slice(start, end));
    chosen?.forEach((syllable, i) => {
      readings[start + i] = syllable;
    });
    const word = words[at];
    if (word && potentialComplementDe(word, words[at - 1], uses)) readings[start] = 'de5';
  });
  for (const { index, at, followsWord, ownWord } of alone) {
    const char = chars[index] ?? '';
    if (!isHan(char)) continue;
    // Characters pinyin-pro does not know (most of CJK Extension B and later) may still be dictionary words.
    const known = aloneReading(char, index, pinyinPro, inDictionaryWord);
    const reading = known === null ? lexicon.readings(written[index] ?? '')[0]?.[0] : withLexicalTone(char, known, data.neutralToneCharacters);
    if (!reading) continue;
    readings[index] = readingByRule({
      chars,
      index,
      reading: data.outOfWordReadings.get(char) ?? reading,
      followsWord,
      ownWord,
      words,
      at,
      uses,
    });
  }
}

/**
 * Reading of every code point of `text` as read in this sentence (null for non-Han characters). Traditional text is
 * read through its Simplified characters. pinyin-pro's whole-sentence reading is the base; with a dictionary, its
 * words decide the readings they cover, and characters left outside any word get their out-of-word reading and the
 * rules of their role in the sentence.
 */
export function readInContext(text: string, data: ContextReadingData, lexicon?: WordReadingSource): (string | null)[] {
  const written = Array.from(text);
  const chars = written.map(simplifiedCharacter);
  const pinyinPro = pinyinProReadings(chars);
  const readings = pinyinPro.map(({ syllable }, i) =>
    syllable === null ? null : withLexicalTone(chars[i] ?? '', syllable, data.neutralToneCharacters),
  );
  if (lexicon) readWords(written, chars, pinyinPro, readings, data, lexicon);
  return readings;
}
