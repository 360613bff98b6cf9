import type { WordUses } from './word-readings.ts';

/** A word of the sentence as the rules see it: its Simplified characters, and its code point span. */
export interface SentenceWord {
  text: string;
  /** As the text writes it (the dictionary is asked about this form). */
  written: string;
  start: number;
  end: number;
}

/**
 * A character standing as a word of its own in the sentence (no dictionary word covers it), with what the rules
 * may look at around it.
 */
export interface StandaloneCharacter {
  /** The sentence in Simplified characters, one per code point. */
  chars: readonly string[];
  index: number;
  /** Its reading so far. */
  reading: string;
  /** True when a dictionary word of two or more characters ends right before it. */
  followsWord: boolean;
  /** False for a character of an unknown name or number the segmenter kept together (设得兰): no word of its own. */
  ownWord: boolean;
  /** The sentence's words in order (punctuation and other non-Han runs included), the character's own among them. */
  words: readonly SentenceWord[];
  /** Position of the character's own word in `words`. */
  at: number;
  /** What the dictionary says a word of the sentence is. */
  uses(word: SentenceWord): WordUses;
}

const NUMERAL = /^[0-9０-９一二三四五六七八九十百千万两几数每这那哪某半单双]$/;
const CLAUSE_END = /^[，。！？；：、,.!?;:）)」』”"》〉]$/;
const CLAUSE_START = /^[，。！？；：、,.!?;:（(「『“"《〈]$/;
/** Punctuation that ends a clause, but not the enumeration comma 、 that joins the parts of one phrase. */
const PHRASE_END = /^[，。！？；：,.!?;:]$/;
const HAN = /^\p{Script=Han}$/u;

export function isNumeral(char: string | undefined): boolean {
  return char !== undefined && NUMERAL.test(char);
}

export function endsClause(char: string | undefined): boolean {
  return char === undefined || CLAUSE_END.test(char);
}

/** True when the character before is none, or punctuation that opens a clause or a quotation. */
export function startsClause(charBefore: string | undefined): boolean {
  return charBefore === undefined || CLAUSE_START.test(charBefore);
}

export function isHanCharacter(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/** The words after the character's own, up to the end of its clause (an enumeration comma does not end it). */
export function wordsAfter({ words, at }: StandaloneCharacter): SentenceWord[] {
  const after: SentenceWord[] = [];
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i];
    if (!word || PHRASE_END.test(word.text)) break;
    after.push(word);
  }
  return after;
}

/** The words before the character's own, nearest first, back to the start of its clause. */
export function wordsBefore({ words, at }: StandaloneCharacter): SentenceWord[] {
  const before: SentenceWord[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const word = words[i];
    if (!word || PHRASE_END.test(word.text)) break;
    before.push(word);
  }
  return before;
}

/** The word right before the character's own, if it is Chinese. */
export function wordBefore(standalone: StandaloneCharacter): SentenceWord | null {
  const word = standalone.words[standalone.at - 1];
  return word !== undefined && isHanCharacter(Array.from(word.text).at(-1)) ? word : null;
}

/** The word right after the character's own, if it is Chinese. */
export function wordAfter(standalone: StandaloneCharacter): SentenceWord | null {
  const word = standalone.words[standalone.at + 1];
  return word !== undefined && isHanCharacter(Array.from(word.text)[0]) ? word : null;
}
