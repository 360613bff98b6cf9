import type { Dictionary } from '../dictionary/dictionary.ts';
import { dictionaryWordReadings } from '../pinyin/dictionary-word-readings.ts';
import { chineseWords, type ChineseWord } from './chinese-words.ts';
import { isPossessiveS } from './english-tokens.ts';
import { matchTerm, englishUnit, type EnglishUnit, type MatchKind, type PhraseMatch, type TermEvidence } from './phrase-match.ts';
import { createEvidenceReader, termParts } from './word-evidence.ts';

/** Chinese sentences and the English sentences an alignment links to them. */
export interface SentencePair {
  chinese: readonly string[];
  english: readonly string[];
  /**
   * Further Chinese sentences the English may draw on: the rest of their paragraph, since condensed coverage sums
   * up a paragraph in a sentence. Only whole dictionary renderings of two words or more are taken from them.
   */
  context?: readonly string[];
}

/** How a pair was found: in the aligned English (`MatchKind`), or as a translation the Chinese gives in brackets. */
export type PairKind = MatchKind | 'parenthetical';

/** One place where a pair was seen: the Chinese sentence, and the English sentence (none for a bracketed translation). */
export interface PairEvidence {
  chinese: string;
  english: string | null;
}

/** A Chinese term and the English phrase the aligned English renders it with. */
export interface TermPair {
  zh: string;
  /** The terms it is made of: the term itself, or a possessor and its term (國家|長治久安), or coordinated terms. */
  parts: string[];
  /** Its reading where first seen: a numbered syllable per code point of `zh`, null where none (、). */
  syllables: (string | null)[];
  en: string;
  /** The strongest evidence seen for it. */
  kind: PairKind;
  /** How many sentence pairs show it. */
  support: number;
  /** Every sentence pair that shows it, in article order. */
  evidence: PairEvidence[];
}

/** How much one sighting of each kind counts toward agreement. */
const STRENGTH: Record<MatchKind, number> = { rendering: 1, partial: 0.6, composition: 0.5 };
/**
 * A pair without a whole dictionary rendering needs this much strength per sentence pair where its term occurs:
 * a term rendered differently (or not at all) in most of its sentences has no one rendering to offer.
 */
const AGREEMENT = 0.5;
/** The separator of coordinated terms: 新經濟組織、新社會組織. */
const ENUMERATION_COMMA = '、';
/** Articles left off the start of a phrase: "the country's enduring peace" is shown from "country's". */
const LEADING_ARTICLE = /^(?:the|a|an)\s+/iu;

/** What tells pairs apart: the Chinese, and the English without case, leading article or typographic apostrophes. */
export function pairKey(zh: string, en: string): string {
  return `${zh}\t${en.trim().replace(LEADING_ARTICLE, '').replace(/[’‘]/gu, "'").toLowerCase()}`;
}

interface Occurrence {
  word: ChineseWord;
  sentence: number;
  /** In the linked sentences (false: in the context). */
  linked: boolean;
  evidence: TermEvidence;
  /** For a coordinated term, the keys of the terms it is coordinated with. */
  siblingKeys: ReadonlySet<string>;
}

interface Sighting {
  /** How much it counts toward agreement. */
  strength: number;
  zh: string;
  parts: string[];
  syllables: (string | null)[];
  en: string;
  kind: MatchKind;
  /** The Chinese sentence (its index in the sentence pair) and the English sentence. */
  sentence: number;
  english: string;
}

type EvidenceReader = ReturnType<typeof createEvidenceReader>;

/**
 * Pairs each of `terms` with the English phrase that renders it in the sentence pairs where it occurs: the phrase
 * found by dictionary evidence for the term or its parts, kept when the evidence is a dictionary rendering or when
 * the article's sentence pairs agree on it. Coordinated terms rendered as one phrase (新經濟組織、新社會組織: new
 * types of economic and social organizations) pair as a whole, and so does a term with the Chinese word before it
 * when the English renders that word as its possessor (國家長治久安: the country's enduring peace and stability).
 * Precision comes before recall: a term without good evidence gets no pair. In the browser, the dictionary must
 * first `prepare` the words of `termWordsToPrepare`.
 */
export function termPairs(pairs: readonly SentencePair[], terms: Iterable<string>, dictionary: Dictionary): TermPair[] {
  const wanted = new Set(terms);
  const readings = dictionaryWordReadings(dictionary);
  const evidenceOf = createEvidenceReader(dictionary);
  const evidenceOfTerms = new Map<string, TermEvidence>();
  const termEvidence = (word: ChineseWord): TermEvidence => {
    let evidence = evidenceOfTerms.get(word.text);
    if (evidence === undefined) {
      const syllables = word.syllables.filter((syllable) => syllable !== null);
      evidence = {
        whole: evidenceOf(word.text, syllables.length === word.syllables.length ? syllables : undefined),
        parts: termParts(word.text, dictionary).map((part) => ({ ...evidenceOf(part), word: part })),
      };
      evidenceOfTerms.set(word.text, evidence);
    }
    return evidence;
  };
  const groups = new Map<string, (Sighting & { unit: number; chinese: string })[]>();
  const occurred = new Map<string, Set<number>>();
  pairs.forEach((pair, unitIndex) => {
    const sentences = [...pair.chinese, ...(pair.context ?? [])];
    const words = sentences.map((sentence) => chineseWords(sentence, dictionary, readings));
    const occurrences = findOccurrences(words, pair.chinese.length, wanted, termEvidence);
    for (const occurrence of occurrences) {
      if (!occurrence.linked) continue;
      const units = occurred.get(occurrence.word.text) ?? new Set();
      occurred.set(occurrence.word.text, units.add(unitIndex));
    }
    for (const found of matchUnit(occurrences, words, pair.chinese.length, englishUnit(pair.english), evidenceOf)) {
      const key = pairKey(found.zh, found.en);
      groups.set(key, [...(groups.get(key) ?? []), { ...found, unit: unitIndex, chinese: sentences[found.sentence] ?? '' }]);
    }
  });
  const agreed: TermPair[] = [];
  for (const sightings of groups.values()) {
    const first = sightings[0];
    if (first === undefined) continue;
    const units = new Set(sightings.map((found) => found.unit));
    const kind = sightings.reduce<MatchKind>((best, found) => (STRENGTH[found.kind] > STRENGTH[best] ? found.kind : best), first.kind);
    const strength = sightings.reduce((sum, found) => sum + found.strength, 0);
    const occurrences = Math.max(units.size, occurred.get(first.zh)?.size ?? 0);
    if (kind !== 'rendering' && strength < AGREEMENT * occurrences) continue;
    agreed.push({
      zh: first.zh,
      parts: first.parts,
      syllables: first.syllables,
      en: first.en.replace(LEADING_ARTICLE, ''),
      kind,
      support: units.size,
      evidence: [...new Map(sightings.map((found) => [`${found.chinese}\t${found.english}`, { chinese: found.chinese, english: found.english }])).values()],
    });
  }
  return agreed;
}

/** The wanted terms of the sentence pair, each knowing the terms it is coordinated with by enumeration commas. */
function findOccurrences(
  words: readonly (readonly ChineseWord[])[],
  linkedSentences: number,
  wanted: ReadonlySet<string>,
  termEvidence: (word: ChineseWord) => TermEvidence,
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  words.forEach((sentenceWords, sentence) => {
    const siblingKeys = new Map<ChineseWord, Set<string>>();
    for (const run of coordinatedRuns(sentenceWords, wanted)) {
      for (const word of run) {
        const keys = new Set<string>();
        for (const other of run) if (other !== word) for (const key of termEvidence(other).whole.keys) keys.add(key);
        siblingKeys.set(word, keys);
      }
    }
    for (const word of sentenceWords) {
      if (!wanted.has(word.text)) continue;
      const linked = sentence < linkedSentences;
      occurrences.push({ word, sentence, linked, evidence: termEvidence(word), siblingKeys: siblingKeys.get(word) ?? new Set() });
    }
  });
  return occurrences;
}

/** Runs of two wanted terms or more separated by enumeration commas. */
function coordinatedRuns(words: readonly ChineseWord[], wanted: ReadonlySet<string>): ChineseWord[][] {
  const topLevel = words.filter((word) => !word.nested);
  const runs: ChineseWord[][] = [];
  topLevel.forEach((word, i) => {
    if (!wanted.has(word.text)) return;
    const run = runs.at(-1);
    if (run !== undefined && topLevel[i - 1]?.text === ENUMERATION_COMMA && run.at(-1) === topLevel[i - 2]) run.push(word);
    else runs.push([word]);
  });
  return runs.filter((run) => run.length > 1);
}

interface Claim {
  sentence: number;
  start: number;
  end: number;
}

/**
 * Matches the occurrences of one sentence pair, those of the linked sentences first, the longest term first: an
 * English word renders one term (or terms nested in it, 社會工作 within 中央社會工作會議), so the longest term claims
 * its phrase first.
 */
function matchUnit(
  occurrences: readonly Occurrence[],
  words: readonly (readonly ChineseWord[])[],
  linkedSentences: number,
  unit: EnglishUnit,
  evidenceOf: EvidenceReader,
): Sighting[] {
  const claims = new Map<number, Claim>();
  const found: Sighting[] = [];
  const joints: { occurrence: Occurrence; match: PhraseMatch }[] = [];
  const length = (occurrence: Occurrence): number => occurrence.word.end - occurrence.word.start;
  const ordered = [...occurrences].sort(
    (a, b) =>
      Number(b.linked) - Number(a.linked) || length(b) - length(a) || a.sentence - b.sentence || a.word.start - b.word.start,
  );
  for (const occurrence of ordered) {
    const { word, sentence } = occurrence;
    // The other words of every sentence the English renders (a link may join several Chinese sentences); for a
    // sentence of the context, of that sentence.
    const others = words.flatMap((sentenceWords, index) => {
      if (occurrence.linked ? index >= linkedSentences : index !== sentence) return [];
      return sentenceWords.filter((other) => index !== sentence || other.end <= word.start || other.start >= word.end);
    });
    const otherKeys = new Set(others.flatMap((other) => [...evidenceOf(other.text).keys]));
    const otherWords = otherPhrases(others, word, evidenceOf);
    const constraints = {
      available: (token: number) => {
        const claim = claims.get(token);
        // A term nested in the one that claimed the word may share it.
        return claim === undefined || (claim.sentence === sentence && claim.start <= word.start && word.end <= claim.end);
      },
      otherKeys,
      otherWords,
      siblingKeys: occurrence.siblingKeys,
      renderingsOnly: !occurrence.linked,
    };
    const match = matchTerm(occurrence.evidence, length(occurrence), unit, constraints)[0];
    if (match === undefined) continue;
    if (match.joint) {
      joints.push({ occurrence, match });
      continue;
    }
    for (let token = match.first; token <= match.last; token++) claims.set(token, { sentence, start: word.start, end: word.end });
    const strength = matchStrength(match);
    found.push(sighting([word], sentence, match.first, match.last, match.kind, strength, unit));
    const owner = possessor(word, match, words[sentence] ?? [], unit, evidenceOf);
    if (owner !== null) found.push(sighting([owner.word, word], sentence, owner.first, owner.last, match.kind, strength, unit));
  }
  found.push(...coordinatedSightings(joints, words, unit));
  return found;
}

/** Up to this many words in a row of the Chinese may render one English phrase (中國共產黨|領導: leadership of the CPC). */
const LONGEST_OTHER_PHRASE = 3;
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

/**
 * The keys of each phrase of other words that could account for an English phrase in place of the term: every
 * other word, and runs of up to three neighbouring ones (single characters between them aside, a punctuation mark
 * or the term ending a run). Another occurrence of the term, or a longer word containing it, renders the same
 * phrase, so it is left out; so is a single character on its own, whose many glosses (是: yes, well) would make
 * every phrase ambiguous.
 */
function otherPhrases(others: readonly ChineseWord[], term: ChineseWord, evidenceOf: EvidenceReader): ReadonlySet<string>[] {
  const phrases: ReadonlySet<string>[] = [];
  let run: ReadonlySet<string>[] = [];
  let previous: ChineseWord | undefined;
  for (const other of others) {
    if (other.nested) {
      if (!other.text.includes(term.text)) phrases.push(evidenceOf(other.text).keys);
      continue;
    }
    const eligible = !other.text.includes(term.text) && Array.from(other.text).length > 1;
    // A run ends at punctuation, at the term, and between sentences.
    if (PUNCTUATION.test(other.text) || (previous !== undefined && other.start !== previous.end)) run = [];
    previous = other;
    if (!eligible) continue;
    run = [...run, evidenceOf(other.text).keys].slice(-LONGEST_OTHER_PHRASE);
    for (let size = 1; size <= run.length; size++) phrases.push(new Set(run.slice(-size).flatMap((keys) => [...keys])));
  }
  return phrases;
}

/** A partial rendering counts for the share of the rendering it has word for word, at least as much as any partial. */
function matchStrength(match: PhraseMatch): number {
  if (match.kind !== 'partial') return STRENGTH[match.kind];
  return Math.max(STRENGTH.partial, match.matchedWords / match.renderingWords);
}

/** A sighting of the pair `words` (in a row, a separator word between coordinated terms) ↔ tokens first to last. */
function sighting(
  words: readonly ChineseWord[],
  sentence: number,
  first: number,
  last: number,
  kind: MatchKind,
  strength: number,
  unit: EnglishUnit,
): Sighting {
  const text = unit.sentences[unit.sentenceOf[first] ?? 0] ?? '';
  return {
    strength,
    zh: words.map((word) => word.text).join(''),
    parts: words.filter((word) => word.text !== ENUMERATION_COMMA).map((word) => word.text),
    syllables: words.flatMap((word) => word.syllables),
    en: text.slice(unit.tokens[first]?.start ?? 0, unit.tokens[last]?.end ?? 0),
    kind,
    sentence,
    english: text,
  };
}

/**
 * The Chinese word just before a term, when the English renders it as the term's possessor: 國家長治久安 is "the
 * country's enduring peace and stability", 人民幸福安康 "the well-being of the people". The possessor must be one of
 * the word's whole renderings. Returns the word and the phrase's tokens with the possessor in it.
 */
function possessor(
  term: ChineseWord,
  match: PhraseMatch,
  words: readonly ChineseWord[],
  unit: EnglishUnit,
  evidenceOf: EvidenceReader,
): { word: ChineseWord; first: number; last: number } | null {
  const before = words.find((word) => !word.nested && word.end === term.start);
  if (before === undefined || !before.known) return null;
  const { renderings } = evidenceOf(before.text);
  const sentence = unit.sentenceOf[match.first];
  const text = (index: number): string => (unit.sentenceOf[index] === sentence ? (unit.tokens[index]?.text.toLowerCase() ?? '') : '');
  // The other end of a rendering that starts at `from` (reading forwards) or ends there (reading backwards).
  const renderedTo = (from: number, step: 1 | -1): number | null => {
    for (const { keys } of renderings) {
      const ordered = step === 1 ? keys : [...keys].reverse();
      if (ordered.every((key, i) => unit.tokens[from + step * i]?.key === key && text(from + step * i) !== '')) {
        return from + step * (keys.length - 1);
      }
    }
    return null;
  };
  if (isPossessiveS(unit.sentences[sentence ?? 0] ?? '', unit.tokens[match.first - 1])) {
    const first = renderedTo(match.first - 2, -1);
    if (first !== null) return { word: before, first, last: match.last };
  }
  if (text(match.last + 1) === 'of') {
    const last = renderedTo(text(match.last + 2) === 'the' ? match.last + 3 : match.last + 2, 1);
    if (last !== null) return { word: before, first: match.first, last };
  }
  return null;
}

/**
 * Coordinated terms whose phrases hold each other's words make one pair together: the Chinese from the first to the
 * last of them, the English from the start of the first phrase to the end of the last.
 */
function coordinatedSightings(joints: readonly { occurrence: Occurrence; match: PhraseMatch }[], words: readonly (readonly ChineseWord[])[], unit: EnglishUnit): Sighting[] {
  const ordered = [...joints].sort((a, b) => a.occurrence.sentence - b.occurrence.sentence || a.occurrence.word.start - b.occurrence.word.start);
  const groups: (typeof ordered)[] = [];
  for (const joint of ordered) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    const overlaps =
      previous !== undefined &&
      previous.occurrence.sentence === joint.occurrence.sentence &&
      joint.match.first <= previous.match.last &&
      previous.match.first <= joint.match.last;
    if (group !== undefined && overlaps) group.push(joint);
    else groups.push([joint]);
  }
  return groups.flatMap((group) => {
    const first = group[0]?.occurrence;
    const last = group.at(-1)?.occurrence;
    if (group.length < 2 || first === undefined || last === undefined) return [];
    const run = (words[first.sentence] ?? []).filter((word) => !word.nested && word.start >= first.word.start && word.end <= last.word.end);
    const from = Math.min(...group.map((joint) => joint.match.first));
    const to = Math.max(...group.map((joint) => joint.match.last));
    const kind = group.every((joint) => joint.match.kind === 'rendering') ? 'rendering' : 'partial';
    return [sighting(run, first.sentence, from, to, kind, STRENGTH[kind], unit)];
  });
}
