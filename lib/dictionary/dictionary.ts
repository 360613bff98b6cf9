import { decodeLine, INDEX_HEADER_WORDS, type CompactDictionary, type WeightedEntry } from './compact-format.ts';
import type { DictionaryEntry } from './entry.ts';

/** Read-only view over the compact dictionary: exact lookups and prefix tests by binary search, no up-front work. */
export class Dictionary {
  readonly longestWord: number;
  readonly size: number;
  readonly glossarySize: number;
  private readonly text: string;
  private readonly offsets: Uint32Array;

  constructor({ text, index }: CompactDictionary) {
    if (index.length < INDEX_HEADER_WORDS) throw new Error('Dictionary index is truncated');
    this.text = text;
    this.longestWord = index[0] ?? 0;
    this.glossarySize = index[1] ?? 0;
    this.offsets = index.subarray(INDEX_HEADER_WORDS);
    this.size = this.offsets.length;
  }

  /** All entries whose traditional or simplified form is exactly `word`, glossary entries first. */
  lookup(word: string): DictionaryEntry[] {
    return this.weighted(word)
      .map(({ entry }) => entry)
      .sort((a, b) => (a.source === b.source ? 0 : a.source === 'glossary' ? -1 : 1));
  }

  /** Highest corpus frequency among the word's entries; undefined when the word is not in the dictionary. */
  frequency(word: string): number | undefined {
    const entries = this.weighted(word);
    if (entries.length === 0) return undefined;
    return Math.max(...entries.map(({ frequency }) => frequency));
  }

  has(word: string): boolean {
    const i = this.lowerBound(word);
    return i < this.size && this.keyAt(i) === word;
  }

  /** True when some dictionary word starts with `prefix`: lets segmentation stop extending a candidate early. */
  hasPrefix(prefix: string): boolean {
    const i = this.lowerBound(prefix);
    return i < this.size && this.keyAt(i).startsWith(prefix);
  }

  private weighted(word: string): WeightedEntry[] {
    const found: WeightedEntry[] = [];
    for (let i = this.lowerBound(word); i < this.size && this.keyAt(i) === word; i++) {
      found.push(decodeLine(this.text, this.lineStartAt(i)));
    }
    return found;
  }

  private keyAt(i: number): string {
    const start = this.offsets[i] ?? 0;
    const end = this.text.indexOf('\t', start);
    return this.text.slice(start, end);
  }

  private lineStartAt(i: number): number {
    return this.text.lastIndexOf('\n', (this.offsets[i] ?? 0) - 1) + 1;
  }

  private lowerBound(key: string): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.keyAt(mid) < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
