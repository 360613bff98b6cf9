import { containsHan } from '../han.ts';
import { readPinyinLetters } from './pinyin-input.ts';
import type { GlossaryTerm } from './term.ts';

/**
 * Search for the popup: each keystroke filters every term, so everything a query compares against is computed
 * once per term and kept while the term object is unchanged (operations replace edited terms, never mutate them).
 */
export type SortOrder = 'newest' | 'oldest' | 'pinyin';

interface IndexedTerm {
  term: GlossaryTerm;
  /** Both scripts, for substring matching. */
  hanzi: string;
  /** The syllables' letters run together (`changzhi`) with each letter's tone and where syllables start. */
  letters: string;
  tones: number[];
  syllableStarts: number[];
  /** Every English word of the senses, each preceded by a separator, so a prefix test is one `includes`. */
  words: string;
  pinyinKey: string;
}

/** The entries in every sort order, sorted once when built so a keystroke only filters. */
export interface SearchIndex {
  entries: IndexedTerm[];
  sorted: Record<SortOrder, IndexedTerm[]>;
}

const WORD_SEPARATOR = '\u0001';

function englishWords(text: string): string[] {
  const lower = text.toLowerCase();
  // Most senses are ASCII; decomposing only the others keeps building the index cheap.
  const bare = /[^ -~]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
  return bare.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function indexTerm(term: GlossaryTerm): IndexedTerm {
  let letters = '';
  const tones: number[] = [];
  const syllableStarts: number[] = [];
  for (const syllable of term.syllables) {
    const body = syllable.slice(0, -1);
    syllableStarts.push(letters.length);
    letters += body;
    for (let i = 0; i < body.length; i++) tones.push(Number(syllable.slice(-1)));
  }
  const words = englishWords(term.senses.join(' ')).map((word) => `${WORD_SEPARATOR}${word}`).join('');
  // Terms without a reading sort after all others ("~" follows every letter).
  const pinyinKey = `${letters || '~'} ${tones.join('')} ${term.simplified}`;
  return { term, hanzi: `${term.simplified}${WORD_SEPARATOR}${term.traditional}`, letters, tones, syllableStarts, words, pinyinKey };
}

const COMPARATORS: Record<SortOrder, (a: IndexedTerm, b: IndexedTerm) => number> = {
  newest: (a, b) => b.term.createdAt - a.term.createdAt,
  oldest: (a, b) => a.term.createdAt - b.term.createdAt,
  pinyin: (a, b) => (a.pinyinKey < b.pinyinKey ? -1 : a.pinyinKey > b.pinyinKey ? 1 : 0),
};

/** An index of `terms`, reusing the entries of `previous` for terms that have not changed. */
export function buildSearchIndex(terms: readonly GlossaryTerm[], previous?: SearchIndex): SearchIndex {
  const reusable = new Map(previous?.entries.map((entry) => [entry.term, entry]));
  const entries = terms.map((term) => reusable.get(term) ?? indexTerm(term));
  const sorted = (order: SortOrder): IndexedTerm[] => [...entries].sort(COMPARATORS[order]);
  return { entries, sorted: { newest: sorted('newest'), oldest: sorted('oldest'), pinyin: sorted('pinyin') } };
}

const U = 'u'.charCodeAt(0);
const V = 'v'.charCodeAt(0);

/** A pinyin query as each entry is compared with it: letters, and the tones it states as [letter index, tone]. */
interface PinyinQuery {
  letters: string;
  tones: [number, number][];
}

/**
 * From a syllable start, every typed letter equal to the stored one (ü is typed as u as often as v: lu for lü, and
 * after j, q, x, y pinyin writes it u anyway), and every typed tone too. Compares character codes in loops: this
 * runs for every term at each keystroke.
 */
function pinyinMatches(entry: IndexedTerm, { letters, tones }: PinyinQuery): boolean {
  const stored = entry.letters;
  for (const start of entry.syllableStarts) {
    if (start + letters.length > stored.length) break;
    let matches = true;
    for (let i = 0; i < letters.length && matches; i++) {
      const typed = letters.charCodeAt(i);
      const have = stored.charCodeAt(start + i);
      matches = typed === have || (typed === U && have === V);
    }
    for (let t = 0; t < tones.length && matches; t++) {
      const [at, tone] = tones[t] ?? [0, 0];
      matches = entry.tones[start + at] === tone;
    }
    if (matches) return true;
  }
  return false;
}

/** `needles`: each query word after the separator, so that a word prefix is one `includes`. */
function englishMatches(entry: IndexedTerm, needles: readonly string[]): boolean {
  for (const needle of needles) if (!entry.words.includes(needle)) return false;
  return true;
}

function matcher(query: string): ((entry: IndexedTerm) => boolean) | null {
  const trimmed = query.trim();
  if (!trimmed) return null;
  if (containsHan(trimmed)) {
    const hanzi = trimmed.replace(/\s+/g, '');
    return (entry) => entry.hanzi.includes(hanzi);
  }
  const read = readPinyinLetters(trimmed);
  const pinyin: PinyinQuery | null = read && read.letters ? { letters: read.letters, tones: [...read.tones] } : null;
  const needles = englishWords(trimmed).map((word) => `${WORD_SEPARATOR}${word}`);
  return (entry) => (pinyin !== null && pinyinMatches(entry, pinyin)) || (needles.length > 0 && englishMatches(entry, needles));
}

/**
 * Terms matching the query, sorted. Han in the query: a substring of either script. Otherwise the query matches
 * as pinyin from a syllable start, tones optional and compared only where typed (`zhang`, `chang2zhi4`,
 * `cháng zhì`), or as English: every query word begins a word of the senses, case and accents ignored.
 * An empty query lists everything.
 */
export function searchTerms(index: SearchIndex, query: string, order: SortOrder): GlossaryTerm[] {
  const matches = matcher(query);
  const sorted = index.sorted[order];
  return (matches ? sorted.filter(matches) : sorted).map((entry) => entry.term);
}
