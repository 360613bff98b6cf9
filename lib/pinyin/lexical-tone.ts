import { characterReadings } from './pinyin-pro-readings.ts';

/**
 * Dictionaries mark the neutral tone of a word's second syllable (认识 ren4 shi5, 知识 zhi1 shi5), but the
 * character keeps its own tone as a reading: 识 is shi2, the tone a learner looks up and the one polyphone
 * benchmarks label. Only words that are neutral by themselves (了, 的, 吗, the suffixes 子 and 们, erhua 儿)
 * keep tone 5; the others get back the full tone of the same syllable.
 */
export function withLexicalTone(char: string, syllable: string, neutralToneCharacters: ReadonlySet<string>): string {
  if (!syllable.endsWith('5')) return syllable;
  // Erhua: pinyin-pro writes the suffix as a neutral er, CC-CEDICT as r5.
  if (char === '儿' && syllable === 'er5') return 'r5';
  if (neutralToneCharacters.has(char)) return syllable;
  const letters = syllable.slice(0, -1);
  return characterReadings(char).find((reading) => reading.slice(0, -1) === letters && !reading.endsWith('5')) ?? syllable;
}
