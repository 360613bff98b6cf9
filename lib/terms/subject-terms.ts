import type { Dictionary } from '../dictionary/dictionary.ts';
import { isHan } from '../han.ts';
import { segment } from '../segment/segmenter.ts';

/**
 * What an article is about: the terms of its title that its lead repeats. A news title names its subject (两会, 中等
 * 收入陷阱) and the lead, the first paragraph, takes it up again; the rest of the title is headline wording. The
 * segmenter does not always cut the subject whole, so the title and the lead are compared as text: 两会 is cut
 * 两|会 in 在两会上 and read inside 全国两会, and 中等收入陷阱 (the middle-income trap) is three words no dictionary
 * lists together.
 */
export interface SubjectTerm {
  text: string;
  /** The dictionary words it is made of: itself for a dictionary word, its words for a phrase (中等|收入|陷阱). */
  parts: string[];
}

/** What the subject test needs to know of the dictionary. */
export type SubjectDictionary = Pick<Dictionary, 'has' | 'frequency' | 'hasPrefix' | 'longestWord' | 'lookup'>;

/** Everyday words (我们, 已经, 重要) are nobody's subject, as they are no key term (key-terms.ts). */
export const GENERAL_FREQUENCY = 20_000;
/** Titles, leads and bodies longer than these are cut: the comparison stays bounded on hostile input. */
const LONGEST_TITLE = 100;
const LONGEST_LEAD = 1_000;
const LONGEST_BODY = 50_000;
/** A subject term longer than this is a clause, not a term. */
const LONGEST_SUBJECT = 12;
/** A phrase of more words than this is a clause the lead repeats, not a term (会见|美国|总统|拜登). */
const MOST_PHRASE_WORDS = 3;
/** A phrase must come back in the body beyond the lead: a title and lead may share a clause once. */
const PHRASE_OCCURRENCES = 2;
/** The lead is the first paragraph of sentences with this many Han characters: a date or byline line comes before it. */
const LEAD_HAN = 20;
/** A Chinese word followed by a comma or a full stop: a paragraph of sentences, not a byline or a deck. */
const SENTENCE = /\p{Script=Han}[，。,]/u;
/** CC-CEDICT glosses verbs "to …": a word glossed only so is headline wording (强调, 访华, 会见), not a subject. */
const VERB_SENSE = /^to /iu;
/** Its classifier notes (CL:次[ci4]) are no definitions. */
const CLASSIFIER = /^CL:/u;
/**
 * The dateline that opens a Chinese news lead (新华社北京3月6日电（记者 王琳）, 中国青年网北京3月6日电): the agency and
 * the place are not what the lead says.
 */
const DATELINE = /^[^，。！？；]{0,40}?电\s*(?:[（(][^）)]{0,30}[）)])?/u;

/** The lead of the article (the first substantial paragraph of the body), without its dateline. */
export function leadOf(body: readonly string[]): string {
  const lead = body.find((paragraph) => SENTENCE.test(paragraph) && Array.from(paragraph).filter(isHan).length >= LEAD_HAN) ?? '';
  return lead.slice(0, LONGEST_LEAD).replace(DATELINE, '');
}

/** How many times `text` occurs in `within`, without overlaps. */
export function occurrences(text: string, within: string): number {
  let count = 0;
  for (let at = within.indexOf(text); at >= 0; at = within.indexOf(text, at + text.length)) count++;
  return count;
}

function isCurated(word: string, dictionary: SubjectDictionary): boolean {
  return dictionary.lookup(word).some((entry) => entry.source === 'glossary');
}

/** A word the article can be about: the curated glossary's, or a dictionary word neither of everyday usage nor only a verb. */
function isTermWord(word: string, dictionary: SubjectDictionary): boolean {
  if (!dictionary.has(word)) return false;
  if (isCurated(word, dictionary)) return true;
  const verbOnly = dictionary.lookup(word).every((entry) => entry.senses.every((sense) => VERB_SENSE.test(sense) || CLASSIFIER.test(sense)));
  return !verbOnly && (dictionary.frequency(word) ?? 0) <= GENERAL_FREQUENCY;
}

/**
 * The subject terms of an article, `paragraphs` having the title first: each longest stretch of the title, from
 * one of its words' starts to one of their ends, that the lead has too and that is a term: a dictionary word other
 * than a verb, or a phrase of two or three such words of two characters or more that the body uses twice at least.
 */
export function subjectTerms(paragraphs: readonly string[], dictionary: SubjectDictionary): SubjectTerm[] {
  const [title = '', ...body] = paragraphs;
  const lead = leadOf(body);
  if (lead === '') return [];
  const bodyText = body.join('\n').slice(0, LONGEST_BODY);
  const chars = Array.from(title).slice(0, LONGEST_TITLE);
  const cuts = new Set(segment(chars.join(''), dictionary).flatMap((token) => [token.start, token.end]));
  const found: SubjectTerm[] = [];
  for (let start = 0; start < chars.length; ) {
    let term: SubjectTerm | null = null;
    if (cuts.has(start)) {
      for (let end = Math.min(chars.length, start + LONGEST_SUBJECT); end >= start + 2 && term === null; end--) {
        const stretch = chars.slice(start, end);
        if (!cuts.has(end) || !stretch.every(isHan)) continue;
        const text = stretch.join('');
        if (lead.includes(text)) term = asTerm(text, bodyText, dictionary);
      }
    }
    if (term !== null) found.push(term);
    start += term === null ? 1 : Array.from(term.text).length;
  }
  return found;
}

function asTerm(text: string, body: string, dictionary: SubjectDictionary): SubjectTerm | null {
  if (dictionary.has(text)) return isTermWord(text, dictionary) ? { text, parts: [text] } : null;
  const parts = segment(text, dictionary).map((token) => token.text);
  const phrase =
    parts.length >= 2 &&
    parts.length <= MOST_PHRASE_WORDS &&
    parts.every((part) => Array.from(part).length >= 2 && isTermWord(part, dictionary)) &&
    occurrences(text, body) >= PHRASE_OCCURRENCES;
  return phrase ? { text, parts } : null;
}
