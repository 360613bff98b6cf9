import type { Dictionary } from '../dictionary/dictionary.ts';
import { isHan } from '../han.ts';
import { readingsInContext, type WordReadingSource } from '../pinyin/context-reading.ts';
import { segment } from '../segment/segmenter.ts';
import { termParts } from './word-evidence.ts';

/** A word of a Chinese text, with its code point span and its reading there. */
export interface ChineseWord {
  text: string;
  start: number;
  end: number;
  /** True for a dictionary word; false for what the segmenter took for an unknown name, and for punctuation. */
  known: boolean;
  /** True for a term found inside a longer word (中國特色社會主義 in 中國特色社會主義社會治理之路). */
  nested: boolean;
  /** One numbered syllable per character, as read in this text (null where unknown). */
  syllables: (string | null)[];
}

/** Long dictionary words inside a formulation are set phrases of their own; shorter ones mostly are not (時代 in 新時代). */
const NESTED_TERM_LENGTH = 4;

/**
 * The words of a Chinese text as the segmenter cuts it, and the terms nested in the glossary's formulations:
 * formulations build on each other (新時代中國特色社會主義思想), and the reader needs the inner terms too. CC-CEDICT's
 * long words are left whole: they are idioms and names more than compositions.
 */
export function chineseWords(text: string, dictionary: Dictionary, readings: WordReadingSource): ChineseWord[] {
  const syllables = readingsInContext(text, readings);
  const words: ChineseWord[] = [];
  const add = (word: string, start: number, known: boolean, nested: boolean): void => {
    const end = start + Array.from(word).length;
    words.push({ text: word, start, end, known, nested, syllables: syllables.slice(start, end) });
    if (known && end - start > 2 && isGlossaryWord(word, dictionary)) {
      let offset = start;
      for (const part of termParts(word, dictionary)) {
        // The cut may keep the word whole, as an unknown name: it then has no parts.
        if (part !== word && isNestedTerm(part, dictionary)) add(part, offset, true, true);
        offset += Array.from(part).length;
      }
    }
  };
  for (const token of segment(text, dictionary)) add(token.text, token.start, token.known, false);
  return words;
}

function isGlossaryWord(word: string, dictionary: Dictionary): boolean {
  return dictionary.lookup(word).some((entry) => entry.source === 'glossary');
}

function isNestedTerm(word: string, dictionary: Dictionary): boolean {
  const chars = Array.from(word);
  if (!chars.every(isHan) || !dictionary.has(word)) return false;
  return chars.length >= NESTED_TERM_LENGTH || isGlossaryWord(word, dictionary);
}
