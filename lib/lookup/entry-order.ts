import { senseKind } from '../dictionary/senses.ts';
import type { CardEntry } from './word-lookup.ts';

export interface OrderedEntries {
  /** Entries with definitions, the one to lead the card (and to be saved) first. */
  entries: CardEntry[];
  /** Entries with nothing to define (咊: old variant of 和, 比如: see 比如縣), shown folded into one line. */
  folded: CardEntry[];
}

/**
 * How much an entry tells a reader, lower first: a meaning; a proper name's meaning (谷歌: Google); the gloss of a
 * variant form (龢: harmonious, variant of 和); only a surname or an abbreviation of a name (新: abbr. for Xinjiang).
 * The curated glossary's formulations are what Duizhao is for, and come first.
 */
function usefulness(entry: CardEntry): number {
  if (entry.source === 'glossary') return 0;
  const kinds = new Set(entry.definitions.map(senseKind));
  if (kinds.has('meaning')) return entry.properName ? 1 : 0;
  return kinds.has('variant form') ? 2 : 3;
}

/**
 * Entries read as this sentence reads the word first (教 read jiāo in 来教它 leads with "to teach"), then the most
 * useful, and otherwise in the dictionary's order; the entries that define nothing are set apart.
 */
export function orderEntries(entries: readonly CardEntry[]): OrderedEntries {
  const defined = entries.filter((entry) => entry.definitions.length > 0);
  const rank = new Map(defined.map((entry) => [entry, usefulness(entry)]));
  // Array sorting is stable: entries alike stay in the dictionary's order.
  defined.sort((a, b) => Number(b.readInContext) - Number(a.readInContext) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  return { entries: defined, folded: entries.filter((entry) => entry.definitions.length === 0) };
}
