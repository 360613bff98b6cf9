import { contentWords } from '../summarize/english-words.ts';

/**
 * The English phrases a dictionary sense offers as translations, each as its stemmed content words. CC-CEDICT
 * senses mix translations with explanations ("Beijing municipality, capital of the People's Republic of China (short
 * name 京[Jing1])"): the parenthesised remarks, cross-references and long definitions would match any article, so
 * only the short heads of the sense's alternatives count.
 */

/** A translation longer than this is a definition, not a rendering an English article would use. */
const LONGEST_PHRASE = 4;
const NOT_A_TRANSLATION = /^(?:surname|variant of|old variant|see |used in|cl:|abbr\.|erhua variant|also written|taiwan pr\.)/i;

export function glossPhrases(sense: string): string[][] {
  if (NOT_A_TRANSLATION.test(sense.trim())) return [];
  const plain = sense
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\p{Script=Han}+(?:\|\p{Script=Han}+)?/gu, ' ');
  return plain
    .split(/[;,]/)
    .map((part) => contentWords(part))
    .filter((words) => words.length > 0 && words.length <= LONGEST_PHRASE);
}
