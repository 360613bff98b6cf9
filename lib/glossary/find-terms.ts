import type { GlossaryTerm } from './term.ts';

/** Where saved words occur in a text: UTF-16 spans, longest word first at each position, never overlapping. */
export interface Span {
  start: number;
  end: number;
}

export type TermFinder = (text: string) => Span[];

/**
 * Prepared once per word list. Words are grouped by their first UTF-16 unit, longest first, and a position is only
 * compared in place with the words that start with its unit: neither preparing 20,000 words nor scanning a page
 * hashes a string, which keeps highlighting a page within a few milliseconds (bench/glossary.ts).
 */
export function createTermFinder(words: Iterable<string>): TermFinder {
  const byFirstUnit = new Map<number, string[]>();
  for (const word of words) {
    if (!word) continue;
    const unit = word.charCodeAt(0);
    const group = byFirstUnit.get(unit);
    if (group) group.push(word);
    else byFirstUnit.set(unit, [word]);
  }
  for (const group of byFirstUnit.values()) group.sort((a, b) => b.length - a.length);
  return (text) => {
    const spans: Span[] = [];
    for (let start = 0; start < text.length; ) {
      const word = byFirstUnit.get(text.charCodeAt(start))?.find((candidate) => text.startsWith(candidate, start));
      if (word) {
        spans.push({ start, end: start + word.length });
        start += word.length;
      } else start++;
    }
    return spans;
  };
}

const wordsByList = new WeakMap<readonly GlossaryTerm[], string[]>();

/**
 * The saved words in both scripts, once each, for highlighting them on pages. Kept per term list: the glossary
 * service hands out the same list until the glossary changes, and 10,000 terms take longer to go through than the
 * rest of a highlight request.
 */
export function savedWords(terms: readonly GlossaryTerm[]): string[] {
  let words = wordsByList.get(terms);
  if (!words) {
    const unique = new Set<string>();
    for (const term of terms) unique.add(term.simplified).add(term.traditional);
    words = [...unique];
    wordsByList.set(terms, words);
  }
  return words;
}
