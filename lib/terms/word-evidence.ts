import type { Dictionary } from '../dictionary/dictionary.ts';
import type { DictionaryEntry } from '../dictionary/entry.ts';
import { isHan } from '../han.ts';
import { nameRenderings } from '../match/name-renderings.ts';
import { segment } from '../segment/segmenter.ts';
import { englishTokens, isCapitalized } from './english-tokens.ts';

/** An English rendering of a Chinese word: the keys of its content words, in order. */
export interface Rendering {
  keys: readonly string[];
  /** For each key, whether function words stand between it and the key before ("path of socialism"). */
  afterFunctionWord: readonly boolean[];
  /** For each key, whether the dictionary writes it capitalised, as a name (the Party, not a party). */
  capitalized: readonly boolean[];
  /** The particle a phrasal rendering ends with ("bring about", "all along"), lower case; null when none. */
  particle: string | null;
  /** Attested in official English (the curated glossary), not a dictionary's gloss. */
  official: boolean;
}

/** What the dictionary says a Chinese word may be rendered as in English. */
export interface WordEvidence {
  /** Whole renderings: "socialism with Chinese characteristics". */
  renderings: readonly Rendering[];
  /** Every key of every rendering: whether an English word may render (part of) the word. */
  keys: ReadonlySet<string>;
}

/** Glosses of a word with many meanings are mostly noise: what its first senses say is kept. */
const MOST_KEYS = 24;
const NOTES = /\([^()]*\)|\[[^\]]*\]/gu;
/** Chinese cross-references in CC-CEDICT glosses: 京[Jing1], 裡|里. */
const HAN_REFERENCES = /\p{Script=Han}+(?:\|\p{Script=Han}+)?/gu;
const NOT_A_TRANSLATION = /^(?:surname|(?:old |archaic )?variant of|see |used in|cl:|abbr\.|erhua variant|also written|taiwan pr\.)/iu;
/** Adverb particles of phrasal verbs that the function words include: "bring about", "all along". */
const PARTICLES = new Set(['about', 'along', 'over', 'through', 'around', 'across']);
/** A CC-CEDICT phrase longer than this is a definition ("phrase introduced by the CCP in 1986 …"), not a rendering. */
const LONGEST_CEDICT_RENDERING = 5;
/** Prefixes that English writes closed or hyphenated alike: multiparty and multi-party cooperation. */
const CLOSED_PREFIX = /\b(multi|non|cross|self)(?=\p{Ll}{4,})/gu;

/**
 * The glossary's senses are renderings attested in official English, kept whole however long; CC-CEDICT's mix
 * translations with explanations and definitions, of which only the short alternatives are renderings (as the
 * article matcher's `glossPhrases` reads them, but keeping "new" and "well", which render terms here).
 */
function entryRenderings(entry: DictionaryEntry): Rendering[] {
  const renderings: Rendering[] = [];
  for (const sense of entry.senses) {
    if (entry.source === 'glossary') {
      const text = sense.replace(NOTES, ' ');
      const hyphenated = text.replace(CLOSED_PREFIX, '$1-');
      renderings.push(...(hyphenated === text ? [text] : [text, hyphenated]).map((spelling) => rendering(spelling, true)));
    } else if (!NOT_A_TRANSLATION.test(sense.trim())) {
      const alternatives = sense.replace(NOTES, ' ').replace(HAN_REFERENCES, ' ').split(/[;,]/u);
      // A proper name's sense is the name, then who or what it is ("Xi Jinping, PRC politician, General Secretary…").
      const translations = entry.properName ? alternatives.slice(0, 1) : alternatives;
      renderings.push(...translations.map((translation) => rendering(translation, false)).filter((found) => found.keys.length <= LONGEST_CEDICT_RENDERING));
    }
  }
  // A single character marked as a name is a surname entry: its reading would match little but noise.
  if (entry.properName && entry.syllables.length > 1) renderings.push(...nameRenderings(entry.syllables).map(nameRendering));
  return renderings.filter((found) => found.keys.length > 0);
}

function rendering(text: string, official: boolean): Rendering {
  const keys: string[] = [];
  const afterFunctionWord: boolean[] = [];
  const capitalized: boolean[] = [];
  let functionWord = false;
  let particle: string | null = null;
  for (const token of englishTokens(text)) {
    if (token.key === null) {
      functionWord = keys.length > 0;
      if (keys.length > 0 && PARTICLES.has(token.text.toLowerCase())) particle = token.text.toLowerCase();
      continue;
    }
    keys.push(token.key);
    afterFunctionWord.push(functionWord);
    capitalized.push(isCapitalized(token.text));
    functionWord = false;
    particle = null;
  }
  return { keys, afterFunctionWord, capitalized, particle, official };
}

/** A name's reading: its words written capitalised, one after the other. */
function nameRendering(keys: string[]): Rendering {
  return { keys, afterFunctionWord: keys.map(() => false), capitalized: keys.map(() => true), particle: null, official: false };
}

/**
 * Evidence for a word: its dictionary renderings or, for a name the dictionary lacks, its reading romanised as
 * English writes Chinese names (`syllables`, read in context). Remembered per word: an article repeats its words.
 */
export function createEvidenceReader(dictionary: Dictionary): (word: string, syllables?: readonly string[]) => WordEvidence {
  const known = new Map<string, WordEvidence>();
  return (word, syllables) => {
    let evidence = known.get(word);
    if (evidence === undefined) {
      evidence = readEvidence(word, dictionary, syllables);
      known.set(word, evidence);
    }
    return evidence;
  };
}

function readEvidence(word: string, dictionary: Dictionary, syllables: readonly string[] | undefined): WordEvidence {
  const entries = dictionary.lookup(word);
  const candidates =
    entries.length === 0 && syllables !== undefined && syllables.length > 1 && Array.from(word).every(isHan)
      ? nameRenderings(syllables).map(nameRendering)
      : entries.flatMap(entryRenderings);
  const renderings: Rendering[] = [];
  const keys = new Set<string>();
  for (const candidate of candidates) {
    if (keys.size >= MOST_KEYS) break;
    renderings.push(candidate);
    for (const key of candidate.keys) keys.add(key);
  }
  return { renderings, keys };
}

/**
 * The words a term is made of, as the segmenter cuts it when the term itself is not a word: 中央社會工作會議 is
 * 中央|社會工作|會議, 黨建 is 黨|建. What the parts render tells how the English composes the whole.
 */
export function termParts(term: string, dictionary: Dictionary): string[] {
  const withoutTerm = {
    longestWord: dictionary.longestWord,
    hasPrefix: (prefix: string) => dictionary.hasPrefix(prefix),
    frequency: (word: string) => (word === term ? undefined : dictionary.frequency(word)),
  };
  return segment(term, withoutTerm).map((token) => token.text);
}
