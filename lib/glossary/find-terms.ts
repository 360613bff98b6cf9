/** Where saved words occur in a text: UTF-16 spans, longest word first at each position, never overlapping. */
export interface Span {
  start: number;
  end: number;
}

export type TermFinder = (text: string) => Span[];

/** Prepared once per word list: most positions are skipped at once because no saved word starts there. */
export function createTermFinder(words: Iterable<string>): TermFinder {
  const known = new Set<string>();
  const firstUnits = new Set<string>();
  let longest = 0;
  for (const word of words) {
    if (!word) continue;
    known.add(word);
    firstUnits.add(word[0] ?? '');
    longest = Math.max(longest, word.length);
  }
  return (text) => {
    const spans: Span[] = [];
    for (let start = 0; start < text.length; ) {
      let end = -1;
      if (firstUnits.has(text[start] ?? '')) {
        for (let length = Math.min(longest, text.length - start); length > 0; length--) {
          if (known.has(text.slice(start, start + length))) {
            end = start + length;
            break;
          }
        }
      }
      if (end > 0) {
        spans.push({ start, end });
        start = end;
      } else start++;
    }
    return spans;
  };
}
