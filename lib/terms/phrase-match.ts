import { englishTokens, isCapitalized, joinedByHyphen, type EnglishToken } from './english-tokens.ts';
import type { Rendering, WordEvidence } from './word-evidence.ts';

/**
 * How an English phrase was found to render a Chinese term in an aligned sentence pair: a dictionary rendering of
 * the whole term word for word; one whose leading modifiers the English says otherwise (長治久安 "long-term peace
 * and stability" as "enduring peace and stability"); or a phrase whose every word renders a part of the term and
 * which renders every part (日常|工作: daily work).
 */
export type MatchKind = 'rendering' | 'partial' | 'composition';

export interface PhraseMatch {
  /** First and last token of the phrase, inclusive. */
  first: number;
  last: number;
  kind: MatchKind;
  /** True when the phrase also holds words of coordinated terms (new types of economic and social organizations). */
  joint: boolean;
  /** Content words of the dictionary rendering it follows, and how many of them it has word for word (0 when composed). */
  renderingWords: number;
  matchedWords: number;
  /**
   * How its ends are told: `closed`, a rendering's words up to its end (which a content word right after may still
   * continue); `bounded`, a phrase whose words were guessed (stand-ins, a composition), which the words of other
   * Chinese words must bound on both sides.
   */
  ends: 'closed' | 'bounded';
}

/** English sentences as phrases are looked for in them: their tokens in a row, each with the sentence it is in. */
export interface EnglishUnit {
  sentences: readonly string[];
  tokens: readonly EnglishToken[];
  /** Which sentence each token is in (its offsets are in that sentence): a phrase never runs across sentences. */
  sentenceOf: readonly number[];
  /** Where each sentence's tokens start. */
  firstToken: readonly number[];
  /** For each sentence, whether it is written in title case (a headline), where capitals tell nothing. */
  titleCase: readonly boolean[];
}

/** A headline capitalises most of its words: "Hard Work Makes Dreams Come True". */
const TITLE_CASE_SHARE = 0.6;

/** The English sentences as phrases are looked for in them. */
export function englishUnit(sentences: readonly string[]): EnglishUnit {
  const tokens: EnglishToken[] = [];
  const sentenceOf: number[] = [];
  const firstToken: number[] = [];
  const titleCase = sentences.map((sentence, index) => {
    firstToken.push(tokens.length);
    const own = englishTokens(sentence);
    for (const token of own) {
      tokens.push(token);
      sentenceOf.push(index);
    }
    const content = own.filter((token) => token.key !== null);
    return content.filter((token) => isCapitalized(token.text)).length >= TITLE_CASE_SHARE * content.length;
  });
  return { sentences, tokens, sentenceOf, firstToken, titleCase };
}

/** A capitalised word inside a sentence (not its first, not in a headline) is a name: the Party, not a party. */
function isName(unit: EnglishUnit, index: number): boolean {
  const sentence = unit.sentenceOf[index] ?? 0;
  const token = unit.tokens[index];
  return token !== undefined && isCapitalized(token.text) && index !== unit.firstToken[sentence] && unit.titleCase[sentence] === false;
}

export interface TermEvidence {
  whole: WordEvidence;
  /** Each part of the term (`termParts`) and its evidence, in order. */
  parts: readonly (WordEvidence & { word: string })[];
}

export interface MatchConstraints {
  /** Whether the token is still free (not taken by another term's phrase). */
  available(token: number): boolean;
  /** Keys of the other Chinese words of the sentence: English words rendering them belong to those words. */
  otherKeys: ReadonlySet<string>;
  /** The keys of each other word, or run of neighbouring other words, that could render an English phrase in place of the term. */
  otherWords: readonly ReadonlySet<string>[];
  /** Keys of the terms coordinated with this one (新經濟組織、新社會組織): their words may sit inside its phrase. */
  siblingKeys: ReadonlySet<string>;
  /**
   * Whole renderings of two words or more only: for Chinese sentences the English is not linked to, but which its
   * paragraph holds ("important" in "it is important to" is no sign of 重大 in the next sentence).
   */
  renderingsOnly: boolean;
}

/** Function words a phrase may have in a row inside it ("socialism with Chinese characteristics"). */
const MOST_FUNCTION_WORDS = 3;
/** A partial rendering must have this share of its words, and two at least. */
const PARTIAL_SHARE = 0.5;
/** Composition is left to terms of three characters or more: a two-character word's characters mean too much. */
const SHORTEST_COMPOSED = 3;
/** Prefixes a hyphen joins to a phrase without being part of its rendering: pre-reform-and-opening-up. */
const PREFIXES = new Set(['pre', 'post', 'non', 'anti', 'ex', 'neo']);

/**
 * A rendering of this many words, there word for word, is a whole phrase of its own: the word after it is no sign
 * that it modifies a longer one ("the 18th CPC National Congress put forward…").
 */
const CLOSED_RENDERING = 3;
/** An official rendering of this many words or more may lose its first modifier and still be told apart. */
const DROPPABLE_FROM = 4;
const RANK: Record<MatchKind, number> = { rendering: 0, partial: 1, composition: 2 };

/** Every phrase of the unit that renders the term, the best first: whole renderings, then partial, then composed. */
export function matchTerm(term: TermEvidence, termLength: number, unit: EnglishUnit, constraints: MatchConstraints): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (const rendering of term.whole.renderings) matches.push(...renderingMatches(rendering, unit, constraints));
  if (!constraints.renderingsOnly && termLength >= SHORTEST_COMPOSED) matches.push(...compositionMatches(term, unit, constraints));
  return matches
    .flatMap((match) => wholeCompounds(match, unit, constraints))
    .filter((match) => (match.ends === 'closed' ? closedByOtherWords(match, unit, constraints) : boundedByOtherWords(match, unit, constraints)))
    .filter((match) => !renderedByOtherWord(match, unit, constraints))
    .sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.first - b.first || b.last - a.last);
}

/** Whether the phrase goes on from token `index` to the next one: same sentence, no punctuation between. */
function continues(unit: EnglishUnit, index: number): boolean {
  return unit.sentenceOf[index] === unit.sentenceOf[index + 1] && unit.tokens[index + 1]?.afterPunctuation === false;
}

/**
 * The match widened to whole hyphenated compounds: a phrase that reaches into "community-level" or "well-being"
 * takes all of it. None when the rest of the compound is taken by another term.
 */
function wholeCompounds(match: PhraseMatch, unit: EnglishUnit, constraints: MatchConstraints): PhraseMatch[] {
  const joined = (left: number): boolean =>
    unit.sentenceOf[left] === unit.sentenceOf[left + 1] &&
    joinedByHyphen(unit.sentences[unit.sentenceOf[left] ?? 0] ?? '', unit.tokens[left], unit.tokens[left + 1]);
  let { first, last } = match;
  while (first > 0 && joined(first - 1) && !PREFIXES.has(unit.tokens[first - 1]?.text.toLowerCase() ?? '')) first--;
  while (last < unit.tokens.length - 1 && joined(last)) last++;
  for (let token = first; token <= last; token++) if (!constraints.available(token)) return [];
  return [{ ...match, first, last }];
}

/**
 * A whole rendering followed right away by a content word that no other Chinese word accounts for may be the
 * modifier of a longer phrase ("young people" for 青年, rendered "young"), and is no evidence of its own, unless it
 * is long (`CLOSED_RENDERING`). (The word before may as well be a verb taking the phrase as object: "promote social
 * governance".)
 */
function closedByOtherWords(match: PhraseMatch, unit: EnglishUnit, constraints: MatchConstraints): boolean {
  if (match.matchedWords >= CLOSED_RENDERING) return true;
  const next = unit.tokens[match.last + 1]?.key ?? null;
  return !continues(unit, match.last) || next === null || constraints.otherKeys.has(next);
}

/**
 * A phrase found without a whole rendering may be cut short: it is kept only when the content words next to it
 * (past function words, within the clause) render other Chinese words of the sentence, so that no word that may
 * belong to the term's rendering is left out ("people as masters of their own [country]").
 */
function boundedByOtherWords(match: PhraseMatch, unit: EnglishUnit, constraints: MatchConstraints): boolean {
  const neighbour = (from: number, step: 1 | -1): string | null => {
    for (let index = from; step === 1 ? continues(unit, index) : continues(unit, index - 1); index += step) {
      const key = unit.tokens[index + step]?.key ?? null;
      if (key !== null) return key;
    }
    return null;
  };
  return [neighbour(match.first, -1), neighbour(match.last, 1)].every((key) => key === null || constraints.otherKeys.has(key));
}

/**
 * Whether another word of the Chinese sentence accounts for the whole phrase as well: then the phrase may be that
 * word's rendering ("grasp" for 把握 beside 領會, "ethnic groups" for 各族人民 beside 民族), and is no evidence.
 */
function renderedByOtherWord(match: PhraseMatch, unit: EnglishUnit, constraints: MatchConstraints): boolean {
  const keys: string[] = [];
  for (let index = match.first; index <= match.last; index++) {
    const key = unit.tokens[index]?.key;
    if (key != null) keys.push(key);
  }
  return constraints.otherWords.some((other) => keys.every((key) => other.has(key)));
}

/**
 * Walks the unit from `start` while tokens are free, in the same clause, and either function words (a few in a
 * row) or accepted by `step`; returns the index where the walk stopped.
 */
function walk(unit: EnglishUnit, constraints: MatchConstraints, start: number, step: (key: string, index: number) => boolean): number {
  let functionWords = 0;
  let index = start;
  for (; index < unit.tokens.length; index++) {
    if (!constraints.available(index) || (index > start && !continues(unit, index - 1))) break;
    const key = unit.tokens[index]?.key ?? null;
    if (key === null) {
      if (++functionWords > MOST_FUNCTION_WORDS) break;
      continue;
    }
    functionWords = 0;
    if (!step(key, index)) break;
  }
  return index;
}

function renderingMatches(rendering: Rendering, unit: EnglishUnit, constraints: MatchConstraints): PhraseMatch[] {
  const { keys } = rendering;
  // An English name renders only what the dictionary writes as a name.
  const renders = (index: number, key: number): boolean =>
    unit.tokens[index]?.key === keys[key] && (rendering.capitalized[key] === true || !isName(unit, index));
  const matches: PhraseMatch[] = [];
  unit.tokens.forEach((token, first) => {
    if (token.key === null || !constraints.available(first)) return;
    keys.forEach((_, from) => {
      if (!renders(first, from) || (constraints.renderingsOnly && (from > 0 || keys.length < 2))) return;
      let next = from + 1;
      let last = first;
      let joint = false;
      walk(unit, constraints, first, (wordKey, index) => {
        if (index === first) return true;
        if (next < keys.length && renders(index, next)) {
          next++;
          last = index;
          return true;
        }
        if (next < keys.length && constraints.siblingKeys.has(wordKey)) {
          joint = true;
          return true;
        }
        return false;
      });
      if (next < keys.length) return;
      // A phrasal rendering keeps its particle: "bring about", never "bring" alone.
      if (rendering.particle !== null) {
        if (!continues(unit, last) || unit.tokens[last + 1]?.text.toLowerCase() !== rendering.particle) return;
        last++;
      }
      if (from === 0) {
        matches.push({ first, last, kind: 'rendering', joint, renderingWords: keys.length, matchedWords: keys.length, ends: 'closed' });
        return;
      }
      const matched = next - from;
      if (constraints.renderingsOnly || matched < 2 || matched < PARTIAL_SHARE * keys.length) return;
      const partial = { last, kind: 'partial', joint, renderingWords: keys.length, matchedWords: matched } as const;
      const start = standIn(rendering, from, unit, constraints, first);
      if (start !== null) matches.push({ ...partial, first: start, ends: 'bounded' });
      else if (dropped(rendering, from, unit, first)) matches.push({ ...partial, first, ends: 'closed' });
    });
  });
  return matches;
}

/**
 * The start of a rendering whose first `missing` words the English says otherwise: they must be modifiers (no
 * function word between them and the rest, as in "long-term peace", never "path of socialism"), and the English
 * words standing in for them must come right before the rest, at most as many, each a lower-case word (not a name
 * or an acronym) that no other Chinese word of the sentence accounts for, or one of the missing words itself.
 * Null when nothing can stand in.
 */
function standIn(rendering: Rendering, missing: number, unit: EnglishUnit, constraints: MatchConstraints, first: number): number | null {
  if (rendering.afterFunctionWord.slice(1, missing + 1).some(Boolean)) return null;
  const unmatched = new Set(rendering.keys.slice(0, missing));
  let standingIn = 0;
  let start = first;
  for (let taken = 0; taken < missing && start > 0 && continues(unit, start - 1); taken++) {
    const index = start - 1;
    const token = unit.tokens[index];
    if (token?.key == null || !constraints.available(index)) break;
    if (unmatched.delete(token.key)) {
      start = index;
      continue;
    }
    const lowerCase = token.text === token.text.toLowerCase() && !/\d/u.test(token.text);
    if (!lowerCase || constraints.otherKeys.has(token.key)) break;
    standingIn++;
    start = index;
  }
  return standingIn > 0 ? start : null;
}

/**
 * Whether the English left out the first `missing` words of a rendering, the rest starting the phrase (after a
 * function word, or first in its clause): one modifier of an official rendering long enough that the rest, word for
 * word, still tells it apart ("the great rejuvenation of the Chinese nation" is often "the rejuvenation of the
 * Chinese nation").
 */
function dropped(rendering: Rendering, missing: number, unit: EnglishUnit, first: number): boolean {
  if (!rendering.official || missing !== 1 || rendering.keys.length < DROPPABLE_FROM || rendering.afterFunctionWord[1] === true) return false;
  return first === 0 || !continues(unit, first - 1) || unit.tokens[first - 1]?.key === null;
}

/**
 * Phrases made of words that each render a part of the term (or the term), which together render every part: the
 * longest such runs, so that "general secretary of the Communist Party of China Central Committee" is taken whole.
 * Terms with fewer than two parts of two characters or more are left out: a single character's many senses (力:
 * power, force, strength) would find some English word nearby.
 */
function compositionMatches(term: TermEvidence, unit: EnglishUnit, constraints: MatchConstraints): PhraseMatch[] {
  const keyed = term.parts.filter((part) => part.keys.size > 0);
  if (keyed.filter((part) => Array.from(part.word).length > 1).length < 2) return [];
  const partsOf = (key: string): number[] => keyed.flatMap((part, index) => (part.keys.has(key) ? [index] : []));
  const matches: PhraseMatch[] = [];
  let next = 0;
  unit.tokens.forEach((token, first) => {
    if (first < next || token.key === null || !constraints.available(first) || partsOf(token.key).length === 0) return;
    const rendered: number[][] = [];
    let last = first;
    next = walk(unit, constraints, first, (key, index) => {
      const parts = partsOf(key);
      if (parts.length === 0 && !term.whole.keys.has(key)) return false;
      rendered.push(parts);
      if (parts.length > 0) last = index;
      return true;
    });
    if (coversAll(rendered, keyed.length)) matches.push({ first, last, kind: 'composition', joint: false, renderingWords: 0, matchedWords: 0, ends: 'bounded' });
  });
  // Its first and last words must render this term alone: "Hong Kong and Macao" is no phrase for 澳門特別行政區
  // when 香港 is in the sentence too.
  const exclusive = (index: number): boolean => !constraints.otherKeys.has(unit.tokens[index]?.key ?? '');
  return matches.filter((match) => exclusive(match.first) && exclusive(match.last));
}

/** Whether each of `parts` parts can be rendered by a word of its own (a matching in the bipartite graph). */
function coversAll(rendered: readonly (readonly number[])[], parts: number): boolean {
  const wordOf = new Array<number>(parts).fill(-1);
  const assign = (word: number, seen: Set<number>): boolean => {
    for (const part of rendered[word] ?? []) {
      if (seen.has(part)) continue;
      seen.add(part);
      if ((wordOf[part] ?? -1) < 0 || assign(wordOf[part] ?? -1, seen)) {
        wordOf[part] = word;
        return true;
      }
    }
    return false;
  };
  rendered.forEach((_, word) => assign(word, new Set()));
  return wordOf.every((word) => word >= 0);
}
