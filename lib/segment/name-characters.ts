import type { CedictLine } from '../dictionary/cedict-line.ts';
import { isHan } from '../han.ts';
import { formatCharacterCounts } from './character-counts.ts';

/**
 * Which characters make up names, counted over the proper names of CC-CEDICT (the dictionary we ship): the surnames
 * and given names of its Chinese people, and the characters of its transliterated foreign names. Segmentation uses
 * the counts to recognise names the dictionary does not have (吳數德, 布殊, 史高拉利).
 */
export interface NameCharacterCounts {
  surnames: Map<string, number>;
  givenNames: Map<string, number>;
  transliterations: Map<string, number>;
}

/**
 * Characters that border names in running text (及, 與, 的, 被): counting the rare transliteration that contains one
 * (埃及) would let unknown names swallow their neighbours (虎尾鎮及土庫鎮 as one name).
 */
const FUNCTION_CHARACTERS = new Set(Array.from('及與与和的是在了因乃並并也就都而又則则被把將将對对於于由從从向給给說说曾已'));
/** Too rare to tell a transliteration character from noise (a Chinese place among the foreign names). */
const MIN_TRANSLITERATION_COUNT = 3;
/** A romanised word shorter than this could be a pinyin syllable as well as a foreign name. */
const MIN_FOREIGN_WORD = 3;
const FOREIGN_NAME_SENSE = /^([a-z][a-z'-]+)( [a-z][a-z'-]+)?( \(|,|$)/u;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function toneless(pinyin: string): string[] {
  return pinyin.split(' ').map((syllable) => syllable.toLowerCase().replace(/[1-5]$/u, '').replace('u:', 'u'));
}

/** CC-CEDICT glosses a Chinese person's name with its romanisation: 江澤民 [Jiang1 Ze2 min2] /Jiang Zemin (1926-2022).../. */
function isPersonName(length: number, syllables: readonly string[], sense: string): boolean {
  if (length < 2 || length > 3) return false;
  const romanised = `${syllables[0]} ${syllables.slice(1).join('')}`;
  return sense.startsWith(romanised) && !/^[a-z]/u.test(sense.slice(romanised.length));
}

/** A foreign name is glossed by a name that is not its pinyin: 鮑威爾 [Bao4 wei1 er3] /Powell (name)/. */
function isTransliteration(syllables: readonly string[], sense: string): boolean {
  const name = FOREIGN_NAME_SENSE.exec(sense);
  if (!name || sense.startsWith('see ')) return false;
  const word = (name[1] ?? '').replace(/[^a-z]/gu, '');
  const pinyin = syllables.join('');
  return word.length >= MIN_FOREIGN_WORD && !pinyin.startsWith(word) && !word.startsWith(pinyin);
}

function increment(counts: Map<string, number>, char: string): void {
  counts.set(char, (counts.get(char) ?? 0) + 1);
}

export function deriveNameCharacters(lines: Iterable<CedictLine>): NameCharacterCounts {
  const counts: NameCharacterCounts = { surnames: new Map(), givenNames: new Map(), transliterations: new Map() };
  for (const { traditional, simplified, pinyin, senses } of lines) {
    // CC-CEDICT capitalises the pinyin of proper names.
    if (!/^[A-Z]/u.test(pinyin)) continue;
    const chars = Array.from(traditional);
    const syllables = toneless(pinyin);
    if (chars.length < 2 || syllables.length !== chars.length || !chars.every(isHan)) continue;
    const sense = fold(senses[0] ?? '');
    // Both scripts' characters, each once per name however many forms write it alike.
    const simplifiedChars = Array.from(simplified);
    const positions = chars.map((char, i) => new Set([char, simplifiedChars[i] ?? char]));
    if (isPersonName(chars.length, syllables, sense)) {
      const [surname = new Set<string>(), ...given] = positions;
      for (const char of surname) increment(counts.surnames, char);
      for (const position of given) for (const char of position) increment(counts.givenNames, char);
    } else if (isTransliteration(syllables, sense)) {
      for (const position of positions) {
        for (const char of position) if (!FUNCTION_CHARACTERS.has(char)) increment(counts.transliterations, char);
      }
    }
  }
  for (const [char, count] of counts.transliterations) {
    if (count < MIN_TRANSLITERATION_COUNT) counts.transliterations.delete(char);
  }
  return counts;
}

/** The counts as the source of `name-characters.data.ts`. */
export function nameCharactersModule(counts: NameCharacterCounts): string {
  return [
    '// Generated from CC-CEDICT by name-characters.test.ts: run `npx vitest run lib/segment -u` to regenerate.',
    `export const SURNAMES = '${formatCharacterCounts(counts.surnames)}';`,
    `export const GIVEN_NAMES = '${formatCharacterCounts(counts.givenNames)}';`,
    `export const TRANSLITERATIONS = '${formatCharacterCounts(counts.transliterations)}';`,
    '',
  ].join('\n');
}
