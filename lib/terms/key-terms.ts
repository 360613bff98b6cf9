import { splitChineseSentences } from '../align/chinese-sentences.ts';
import type { Dictionary } from '../dictionary/dictionary.ts';
import type { DictionaryEntry } from '../dictionary/entry.ts';
import { isHan } from '../han.ts';
import { dictionaryWordReadings } from '../pinyin/dictionary-word-readings.ts';
import { parseCharacterCounts } from '../segment/character-counts.ts';
import { SURNAMES } from '../segment/name-characters.data.ts';
import { chineseWords, type ChineseWord } from './chinese-words.ts';
import { englishForm, nameKind, type NameKind } from './name-groups.ts';

/** A key term of an article, best first in `keyTerms`. */
export interface KeyTerm {
  /** As written in the article (Traditional or Simplified). */
  text: string;
  /** Numbered syllables as read where the term first occurs, one per character (null where unknown). */
  syllables: (string | null)[];
  /** A short gloss: the first definitions of its dictionary entry; empty for a name the dictionary lacks. */
  gloss: string;
  kind: NameKind | 'term';
  /** The English form the dictionary gives a name or a curated formulation; null when none is known. */
  english: string | null;
  /** Whether the curated political glossary has it. */
  curated: boolean;
  /** How many times the article uses it (the title counted twice). */
  count: number;
  score: number;
  /** The sentence where it first occurs: what a saved term keeps as its context. */
  sentence: string;
}

export interface KeyTermOptions {
  /** At most this many terms (default 40). */
  limit?: number;
}

const DEFAULT_LIMIT = 40;
/**
 * Salience is an inverse frequency on the dictionary's corpus counts (Leiden Weibo corpus, about 1e8 words),
 * log(1 + SCALE / (frequency + RARE)): RARE keeps words the corpus hardly saw from outweighing all else, and the
 * curated glossary's terms, whose counts are placeholders, are taken as rare.
 */
const FREQUENCY_SCALE = 1e5;
const RARE_FREQUENCY = 1000;
/** More common than this in general usage is the article's grammar and everyday vocabulary (我們, 已經, 重要), not its terms. */
const GENERAL_FREQUENCY = 20_000;
/** The curated glossary lists what a reader of political news needs: its terms weigh more. */
const CURATED_WEIGHT = 1.5;
/** Longer words are more often set phrases: each character beyond two adds this share. */
const LENGTH_WEIGHT = 0.1;
/** Words in the title say what the article is about. */
const TITLE_COUNT = 2;
/** A name the dictionary lacks is taken for a person when it is a known surname and a two-character given name. */
const UNKNOWN_PERSON_LENGTH = 3;
const NUMERAL_WORD = /^[第零〇○一二三四五六七八九十百千万萬亿億两兩幾几數数]+[年月日号號届屆次个個]?$/u;
const SHORT_GLOSS = 60;
const GLOSS_DEFINITIONS = 3;
const NOT_A_DEFINITION = /^(?:CL:|(?:old |archaic |Japanese |erroneous )?variant of|see also|see )/iu;
const NOTES = /\([^()]*\)|\[[^\]]*\]/gu;

let surnames: ReadonlySet<string> | null = null;
function isSurname(char: string): boolean {
  surnames ??= new Set(parseCharacterCounts(SURNAMES).keys());
  return surnames.has(char);
}

interface Candidate {
  word: ChineseWord;
  sentence: string;
  count: number;
  entries: DictionaryEntry[];
}

/**
 * The article's key terms: its multi-character words and set phrases ranked by salience (how often the article
 * uses them against how common they are in general usage, the curated glossary's terms weighted up), with their
 * reading in context and a short gloss. Names are marked as people, places or organizations. `paragraphs` has the
 * title first. In the browser, the dictionary must first `prepare` the article's `termWordsToPrepare`.
 */
export function keyTerms(paragraphs: readonly string[], dictionary: Dictionary, options: KeyTermOptions = {}): KeyTerm[] {
  const readings = dictionaryWordReadings(dictionary);
  const candidates = new Map<string, Candidate>();
  paragraphs.forEach((paragraph, index) => {
    for (const sentence of splitChineseSentences(paragraph)) {
      for (const word of chineseWords(sentence, dictionary, readings)) {
        if (!isCandidate(word)) continue;
        const seen = candidates.get(word.text);
        const count = index === 0 ? TITLE_COUNT : 1;
        if (seen) seen.count += count;
        else candidates.set(word.text, { word, sentence, count, entries: word.known ? dictionary.lookup(word.text) : [] });
      }
    }
  });
  const terms = [...candidates.values()]
    .filter((candidate) => candidate.word.known || isUnknownPerson(candidate))
    .map((candidate) => toKeyTerm(candidate, dictionary))
    .filter((term) => term.score > 0);
  terms.sort((a, b) => b.score - a.score || b.count - a.count);
  return terms.slice(0, options.limit ?? DEFAULT_LIMIT);
}

/** Multi-character Han words other than numbers and dates. */
function isCandidate(word: ChineseWord): boolean {
  const chars = Array.from(word.text);
  return chars.length > 1 && chars.every(isHan) && !NUMERAL_WORD.test(word.text);
}

/** Unknown words are names the segmenter guessed: a surname and a two-character given name, or one seen twice. */
function isUnknownPerson(candidate: Candidate): boolean {
  const chars = Array.from(candidate.word.text);
  return isSurname(chars[0] ?? '') && (chars.length === UNKNOWN_PERSON_LENGTH || candidate.count > 1);
}

function toKeyTerm({ word, sentence, count, entries }: Candidate, dictionary: Dictionary): KeyTerm {
  const curated = entries.some((entry) => entry.source === 'glossary');
  const kind = word.known ? nameKind(entries) : 'person';
  const frequency = curated ? 0 : (dictionary.frequency(word.text) ?? 0);
  const general = !curated && frequency > GENERAL_FREQUENCY;
  const specificity = Math.log(1 + FREQUENCY_SCALE / (frequency + RARE_FREQUENCY));
  const length = Array.from(word.text).length;
  // Everyday vocabulary scores nothing, and is left out.
  const score = general
    ? 0
    : specificity * (1 + Math.log(count)) * (curated ? CURATED_WEIGHT : 1) * (1 + LENGTH_WEIGHT * (length - 2));
  const first = entries[0];
  return {
    text: word.text,
    syllables: word.syllables,
    gloss: first === undefined ? '' : entryGloss(first),
    kind: kind ?? 'term',
    english: first !== undefined && (kind !== null || first.source === 'glossary') ? englishForm(first.senses[0] ?? '') || null : null,
    curated,
    count,
    score,
    sentence,
  };
}

/** A short gloss of a word: the first few definitions of its first entry; empty when the dictionary lacks it. */
export function termGloss(word: string, dictionary: Dictionary): string {
  const first = dictionary.lookup(word)[0];
  return first === undefined ? '' : entryGloss(first);
}

/** The first few definitions, each cut at its first comma when long ("socialism with Chinese characteristics"). */
function entryGloss(entry: DictionaryEntry): string {
  const definitions = entry.senses
    .filter((sense) => !NOT_A_DEFINITION.test(sense))
    .slice(0, GLOSS_DEFINITIONS)
    .map((sense) => {
      const plain = sense.replace(NOTES, ' ').replace(/\s+/gu, ' ').trim();
      return plain.length > SHORT_GLOSS ? (plain.split(/[,;]/u)[0] ?? plain).trim() : plain;
    })
    .filter((definition) => definition.length > 0);
  return definitions.join('; ');
}
