import { stemEnglish } from '../summarize/english-words.ts';

/** A word of an English sentence, where it stands, and its comparison key (null for a function word). */
export interface EnglishToken {
  text: string;
  start: number;
  end: number;
  key: string | null;
  /** Punctuation other than a hyphen or an apostrophe stands between it and the word before: a phrase ends there. */
  afterPunctuation: boolean;
}

/** Letters and digits only: "country's" gives "country" and "s", and "s" is a function word. */
const WORD = /[\p{L}\p{N}]+/gu;
const HYPHEN = /^[-‐‑]$/u;
const APOSTROPHE = /^['’]$/u;
const PUNCTUATION = /[^\s\p{L}\p{N}'’‘\-‐‑]/u;

/**
 * Words that render no Chinese word of their own: grammar, and the dictionary's metalanguage (sb, sth). Narrower
 * than the summarizer's stopwords, which drop "new", "well" and "two": here they render 新時代 (the new era),
 * 幸福安康 (well-being) and 兩個維護 (the two upholds).
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or nor but of to in on at by for with from into onto upon as than that this these those ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'it its he him his she her hers they them their we us our you your i me my who whom whose which what when where why how ' +
    'not no so such also just only very there here s t sb sth something somebody someone etc lit fig esp ' +
    // Prepositions join a phrase's words ("social governance under socialism …") without rendering a word.
    'under over about after before between through during against among amid within across along around behind ' +
    'beyond until via per toward towards'
  ).split(' '),
);

/** Reflexive pronouns meet the dictionary's "oneself" (严于律己: be strict with oneself). */
const REFLEXIVES = new Set(['oneself', 'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']);
const ONESELF = 'oneself';

/** The comparison key of an English word (stemmed, lower case), or null for a function word. */
export function englishKey(word: string): string | null {
  const lower = word.toLowerCase();
  if (REFLEXIVES.has(lower)) return ONESELF;
  if (FUNCTION_WORDS.has(lower) || (lower.length < 2 && !/\d/u.test(lower))) return null;
  return stemEnglish(lower);
}

/** The words of an English sentence, keyed as the renderings of Chinese words are. */
export function englishTokens(sentence: string): EnglishToken[] {
  let previousEnd = 0;
  const tokens = Array.from(sentence.matchAll(WORD), (match) => {
    const between = sentence.slice(previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    return { text: match[0], start: match.index, end: previousEnd, key: englishKey(match[0]), afterPunctuation: PUNCTUATION.test(between) };
  });
  // "as well as" is a conjunction: its "well" is not the well of well-being (幸福).
  tokens.forEach((token, i) => {
    if (token.text.toLowerCase() === 'well' && tokens[i - 1]?.text.toLowerCase() === 'as' && tokens[i + 1]?.text.toLowerCase() === 'as') {
      token.key = null;
    }
  });
  return tokens;
}

/** Whether the word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Whether two neighbouring tokens of a sentence are one hyphenated compound ("community-level"). */
export function joinedByHyphen(sentence: string, left: EnglishToken | undefined, right: EnglishToken | undefined): boolean {
  return left !== undefined && right !== undefined && right.start === left.end + 1 && HYPHEN.test(sentence[left.end] ?? '');
}

/** Whether the token is the s of a possessive ("the country's"). */
export function isPossessiveS(sentence: string, token: EnglishToken | undefined): boolean {
  return token !== undefined && token.text.toLowerCase() === 's' && APOSTROPHE.test(sentence[token.start - 1] ?? '');
}
