import type { Dictionary } from '../dictionary/dictionary.ts';
import { isHan } from '../han.ts';
import { segment, type Token } from '../segment/segmenter.ts';
import { stemEnglish } from '../summarize/english-words.ts';
import { glossPhrases } from './gloss-phrases.ts';
import { nameRenderings } from './name-renderings.ts';
import { chineseNumberTerm } from './number-terms.ts';

/**
 * What a Chinese article says, in terms an English article about the same story would use: each content word with
 * the English phrases that may render it (dictionary senses, curated glossary renderings, the pinyin of names),
 * figures, and the Latin words it quotes as they are.
 */
export interface Concept {
  /** The Chinese word (or figure, or Latin word) the evidence comes from. */
  source: string;
  /** Alternative renderings, each a phrase of stemmed English words (or a single number term). */
  renderings: string[][];
  /** How much finding it tells: rare words say more about a story than common ones. */
  specificity: number;
}

/**
 * Specificity is an inverse frequency on the dictionary's corpus counts, log(1 + SCALE / (frequency + RARE)): RARE
 * keeps words the corpus hardly saw (glossary terms, new words) from outweighing everything else.
 */
const FREQUENCY_SCALE = 1e5;
const RARE_FREQUENCY = 1000;
/** Names the dictionary lacks are mostly people: a surname and one or two given-name characters, or a transliteration. */
const LONGEST_UNKNOWN_NAME = 4;
/** A figure or a quoted Latin word is as telling as a rare word. */
const LITERAL_SPECIFICITY = Math.log(1 + FREQUENCY_SCALE / RARE_FREQUENCY);

function specificityOf(frequency: number | undefined): number {
  return Math.log(1 + FREQUENCY_SCALE / ((frequency ?? 0) + RARE_FREQUENCY));
}

function dictionaryRenderings(word: string, dictionary: Dictionary): string[][] {
  const renderings: string[][] = [];
  for (const entry of dictionary.lookup(word)) {
    for (const sense of entry.senses) renderings.push(...glossPhrases(sense));
    if (entry.properName) renderings.push(...nameRenderings(entry.syllables));
  }
  return renderings;
}

/** Reading of a name the dictionary lacks, character by character (first reading of each). */
function unknownNameRenderings(word: string, dictionary: Dictionary): string[][] {
  const syllables = Array.from(word).map((char) => dictionary.lookup(char)[0]?.syllables[0]);
  if (syllables.some((syllable) => syllable === undefined)) return [];
  return nameRenderings(syllables.filter((syllable): syllable is string => syllable !== undefined));
}

function conceptOf(word: string, known: boolean, dictionary: Dictionary): Concept | null {
  const chars = Array.from(word);
  if (chars.every(isHan)) {
    // A single character has too many senses to tell one story from another.
    if (chars.length < 2) return null;
    if (!known) {
      if (chars.length > LONGEST_UNKNOWN_NAME) return null;
      return { source: word, renderings: unknownNameRenderings(word, dictionary), specificity: LITERAL_SPECIFICITY };
    }
    const renderings = dictionaryRenderings(word, dictionary);
    // A word with many renderings meets some English word by chance (了解: know, learn, find out...).
    const ambiguity = Math.sqrt(Math.max(1, renderings.length));
    return { source: word, renderings, specificity: specificityOf(dictionary.frequency(word)) / ambiguity };
  }
  const numberTerm = chineseNumberTerm(word);
  if (numberTerm !== null) return { source: word, renderings: [[numberTerm]], specificity: LITERAL_SPECIFICITY };
  if (/^\p{Script=Latin}{3,}$/u.test(word)) {
    return { source: word, renderings: [[stemEnglish(word.toLowerCase())]], specificity: LITERAL_SPECIFICITY };
  }
  return null;
}

/**
 * The words whose dictionary entries `chineseConcepts` and the aligner's term reader read: what the browser's
 * dictionary must `prepare` first (segmentation needs no entries). Names the dictionary lacks are read character
 * by character.
 */
export function wordsToPrepare(text: string, dictionary: Dictionary): string[] {
  return tokenWordsToPrepare(segment(text, dictionary));
}

/** `wordsToPrepare` for text already segmented. */
export function tokenWordsToPrepare(tokens: readonly Token[]): string[] {
  const words = new Set<string>();
  for (const token of tokens) {
    if (!Array.from(token.text).some(isHan)) continue;
    words.add(token.text);
    if (!token.known) for (const char of token.text) if (isHan(char)) words.add(char);
  }
  return [...words];
}

/** The article's concepts, each once (a story is told by which things it names, not how often). */
export function chineseConcepts(text: string, dictionary: Dictionary): Concept[] {
  const concepts = new Map<string, Concept>();
  for (const token of segment(text, dictionary)) {
    if (concepts.has(token.text)) continue;
    const concept = conceptOf(token.text, token.known, dictionary);
    if (concept !== null && concept.renderings.length > 0) concepts.set(token.text, concept);
  }
  return [...concepts.values()];
}
