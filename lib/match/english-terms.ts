import { englishWords, stemEnglish } from '../summarize/english-words.ts';
import { englishNumberTerms } from './number-terms.ts';

/** The terms of an English article that Chinese concepts are looked for in: its stemmed words and its figures. */
export function englishTerms(text: string): Set<string> {
  const words = englishWords(text);
  return new Set([...words.map(stemEnglish), ...englishNumberTerms(words)]);
}
