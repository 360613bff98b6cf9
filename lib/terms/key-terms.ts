import { splitChineseSentences } from '../align/chinese-sentences.ts';
import type { Dictionary } from '../dictionary/dictionary.ts';
import type { DictionaryEntry } from '../dictionary/entry.ts';
import { isHan } from '../han.ts';
import { japaneseMask, touchesJapanese, type Span } from '../japanese.ts';
import { dictionaryWordReadings } from '../pinyin/dictionary-word-readings.ts';
import { chineseWords, type ChineseWord } from './chinese-words.ts';
import { hasNameEvidence, isNameShaped } from './name-evidence.ts';
import { englishForm, nameKind, type NameKind } from './name-groups.ts';
import { GENERAL_FREQUENCY, subjectTerms, type SubjectTerm } from './subject-terms.ts';

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
  /** In the title and again in the lead: what the article is about (`subjectTerms`). Scored above the other terms. */
  subject: boolean;
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
/** The curated glossary lists what a reader of political news needs: its terms weigh more. */
const CURATED_WEIGHT = 1.5;
/** Longer words are more often set phrases: each character beyond two adds this share. */
const LENGTH_WEIGHT = 0.1;
/** Words in the title say what the article is about. */
const TITLE_COUNT = 2;
/**
 * A word the article uses once is no key term (台阶, 回答 and 利用 in passing), unless it is in the title, a name, a
 * curated term, or a set phrase of this many characters or more (建功立业).
 */
const SET_PHRASE_LENGTH = 4;
const NUMERAL_WORD = /^[第零〇○一二三四五六七八九十百千万萬亿億两兩幾几數数]+[年月日号號届屆次个個]?$/u;
const SHORT_GLOSS = 60;
const GLOSS_DEFINITIONS = 3;
const NOT_A_DEFINITION = /^(?:CL:|(?:old |archaic |Japanese |erroneous )?variant of|see also|see )/iu;
const NOTES = /\([^()]*\)|\[[^\]]*\]/gu;

interface Candidate {
  word: ChineseWord;
  sentence: string;
  count: number;
  entries: DictionaryEntry[];
  /** For a subject phrase no dictionary lists, the words it is made of. */
  phrase: string[] | null;
  subject: boolean;
  /** For a word the dictionary lacks: the article calls it a person somewhere (`hasNameEvidence`). */
  named: boolean;
}

/** A subject term's occurrence in a sentence, in code points. */
interface SubjectSpan extends Span {
  term: SubjectTerm;
}

/** The subject terms' occurrences in a sentence, and for each code point the span it is in (its index + 1, or 0). */
interface SubjectSpans {
  spans: SubjectSpan[];
  spanAt: Int32Array;
}

/** How much of the text after a word is looked at for its name in brackets: a long name in Latin letters. */
const FOLLOWING_CHARS = 60;

/**
 * The article's key terms: its subject terms first (`subjectTerms`), then its multi-character words and set
 * phrases ranked by salience (how often the article uses them against how common they are in general usage, the
 * curated glossary's terms weighted up), with their reading in context and a short gloss. Words inside a subject
 * phrase count for the phrase (陷阱 in 中等收入陷阱), Japanese text counts for nothing, and a word the dictionary
 * lacks is a person's name only when the article says so (`hasNameEvidence`). Names are marked as people, places
 * or organizations. `paragraphs` has the title first. In the browser, the dictionary must first `prepare` the
 * article's `termWordsToPrepare`.
 */
export function keyTerms(paragraphs: readonly string[], dictionary: Dictionary, options: KeyTermOptions = {}): KeyTerm[] {
  const readings = dictionaryWordReadings(dictionary);
  const subjects = subjectTerms(paragraphs, dictionary);
  const subjectByText = new Map(subjects.map((term) => [term.text, term]));
  const candidates = new Map<string, Candidate>();
  const add = (word: ChineseWord, sentence: string, count: number, term: SubjectTerm | null, named: boolean): void => {
    const seen = candidates.get(word.text);
    if (seen) {
      seen.count += count;
      seen.named ||= named;
      return;
    }
    const entries = word.known ? dictionary.lookup(word.text) : [];
    const phrase = term !== null && !word.known ? term.parts : null;
    candidates.set(word.text, { word, sentence, count, entries, phrase, subject: term !== null, named });
  };
  paragraphs.forEach((paragraph, index) => {
    const count = index === 0 ? TITLE_COUNT : 1;
    for (const sentence of splitChineseSentences(paragraph)) {
      const chars = Array.from(sentence);
      const japanese = japaneseMask(sentence);
      const words = chineseWords(sentence, dictionary, readings).filter((word) => !touchesJapanese(japanese, word));
      const topLevel = words.filter((word) => !word.nested);
      const cut = new Set(topLevel.map((word) => `${word.start}:${word.end}`));
      const { spans, spanAt } = subjectSpans(sentence, subjects, japanese);
      const syllables = spans.length > 0 ? syllablesOf(topLevel, chars.length) : [];
      for (const span of spans) {
        // A subject the segmenter cut whole is counted as the word it is.
        if (cut.has(`${span.start}:${span.end}`)) continue;
        const known = dictionary.has(span.term.text);
        const word = { text: span.term.text, start: span.start, end: span.end, known, nested: false, syllables: syllables.slice(span.start, span.end) };
        add(word, sentence, count, span.term, false);
      }
      topLevel.forEach((word, i) => {
        if (!isCandidate(word) || insideSpan(word, spans, spanAt)) return;
        const following = chars.slice(word.end, word.end + FOLLOWING_CHARS).join('');
        const named = !word.known && hasNameEvidence({ before: topLevel[i - 1]?.text, after: topLevel[i + 1]?.text, following });
        add(word, sentence, count, subjectByText.get(word.text) ?? null, named);
      });
      for (const word of words) if (word.nested && isCandidate(word)) add(word, sentence, count, null, false);
    }
  });
  const terms = [...candidates.values()]
    .filter((candidate) => candidate.word.known || candidate.phrase !== null || (candidate.named && isNameShaped(candidate.word.text)))
    .map((candidate) => toKeyTerm(candidate, dictionary))
    .filter(isKeyTerm);
  // The subject comes first: its terms score their salience above the best of the others.
  const best = Math.max(0, ...terms.filter((term) => !term.subject).map((term) => term.score));
  for (const term of terms) if (term.subject) term.score += best;
  terms.sort((a, b) => b.score - a.score || b.count - a.count);
  return terms.slice(0, options.limit ?? DEFAULT_LIMIT);
}

/** Whether the word is a part of a subject span (inside it, shorter than it). */
function insideSpan(word: Span, spans: readonly SubjectSpan[], spanAt: Int32Array): boolean {
  const index = spanAt[word.start] ?? 0;
  const span = spans[index - 1];
  return span !== undefined && spanAt[word.end - 1] === index && word.end - word.start < span.end - span.start;
}

/**
 * Where the sentence has its subject terms, the longest first, apart from each other and from Japanese text. Linear
 * in the sentence for each term: a sentence may be a whole page without punctuation.
 */
function subjectSpans(sentence: string, subjects: readonly SubjectTerm[], japanese: Uint8Array): SubjectSpans {
  const spanAt = new Int32Array(japanese.length);
  const spans: SubjectSpan[] = [];
  if (subjects.length === 0) return { spans, spanAt };
  // The code point where each UTF-16 offset is.
  const codePointOf = new Int32Array(sentence.length + 1);
  let codePoint = 0;
  for (let i = 0; i < sentence.length; i++) {
    codePointOf[i] = codePoint;
    const unit = sentence.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdbff) codePoint++;
  }
  codePointOf[sentence.length] = codePoint;
  const longestFirst = [...subjects].sort((a, b) => b.text.length - a.text.length);
  for (const term of longestFirst) {
    for (let at = sentence.indexOf(term.text); at >= 0; at = sentence.indexOf(term.text, at + term.text.length)) {
      const span = { term, start: codePointOf[at] ?? 0, end: codePointOf[at + term.text.length] ?? 0 };
      let free = true;
      for (let i = span.start; i < span.end && free; i++) free = spanAt[i] === 0 && japanese[i] !== 1;
      if (!free) continue;
      spans.push(span);
      spanAt.fill(spans.length, span.start, span.end);
    }
  }
  return { spans, spanAt };
}

/** The reading of each code point of a sentence of `length`, from its words as read there. */
function syllablesOf(words: readonly ChineseWord[], length: number): (string | null)[] {
  const syllables = new Array<string | null>(length).fill(null);
  for (const word of words) word.syllables.forEach((syllable, i) => (syllables[word.start + i] = syllable));
  return syllables;
}

/** Worth listing: scoring above nothing, and used more than once unless a name, a curated term, a set phrase or the subject. */
function isKeyTerm(term: KeyTerm): boolean {
  if (term.score <= 0) return false;
  return term.count > 1 || term.subject || term.curated || term.kind !== 'term' || Array.from(term.text).length >= SET_PHRASE_LENGTH;
}

/** Multi-character Han words other than numbers and dates. */
function isCandidate(word: ChineseWord): boolean {
  const chars = Array.from(word.text);
  return chars.length > 1 && chars.every(isHan) && !NUMERAL_WORD.test(word.text);
}

function toKeyTerm({ word, sentence, count, entries, phrase, subject }: Candidate, dictionary: Dictionary): KeyTerm {
  const curated = entries.some((entry) => entry.source === 'glossary');
  const kind = word.known ? nameKind(entries) : phrase === null ? 'person' : null;
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
    gloss: first !== undefined ? entryGloss(first) : phrase !== null ? phraseGloss(phrase, dictionary) : '',
    kind: kind ?? 'term',
    english: first !== undefined && (kind !== null || first.source === 'glossary') ? englishForm(first.senses[0] ?? '') || null : null,
    curated,
    subject,
    count,
    score,
    sentence,
  };
}

/** A phrase's gloss: each word's first definition (middle + income + pitfall), the whole of each being too long to read at a glance. */
export function phraseGloss(parts: readonly string[], dictionary: Dictionary): string {
  return parts.map((part) => termGloss(part, dictionary).split('; ')[0] ?? '').filter(Boolean).join(' + ');
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
