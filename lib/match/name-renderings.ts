import { stemEnglish } from '../summarize/english-words.ts';

/**
 * How English writes a Chinese name from its syllables (`xi2 jin4 ping2`): places as one word (Zhejiang), people
 * as surname and given name (Xi Jinping, Cai Qi). Both are offered, since a reading alone cannot tell which the name
 * is. Words are stemmed as English text is, so that they meet the article's words (Beijing and beij alike).
 */

function toneless(syllable: string): string {
  return syllable.replace(/\d$/, '').replace(/u:|ü|v/g, 'u');
}

export function nameRenderings(syllables: readonly string[]): string[][] {
  const plain = syllables.map(toneless);
  const [surname, ...given] = plain;
  if (surname === undefined) return [];
  const renderings = [[stemEnglish(plain.join(''))]];
  if (given.length > 0) renderings.push([stemEnglish(surname), stemEnglish(given.join(''))]);
  return renderings;
}
