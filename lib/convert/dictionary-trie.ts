import type { TrieArrays } from './trie-format.ts';
import { unmatchedLength } from './unmatched-length.ts';

/**
 * Longest-match conversion over one stage's trie (see trie-format.ts), the way opencc-js's Trie converts and
 * segments: at each position the longest key wins; where none starts, the text is kept.
 */
export class DictionaryTrie {
  private readonly firstChild: Uint32Array;
  private readonly valueStart: Uint32Array;
  private readonly labels: Uint16Array;
  private readonly values: string;
  private readonly membership: Uint8Array;
  private readonly everyDictionary: number;
  /**
   * The root's child for each first code unit (0: no key starts with it), so that most characters, which start no
   * key, cost one lookup: the root has thousands of children, too many to search at every position.
   */
  private readonly rootChild = new Uint32Array(0x10000);
  /** Where the last match found by `longestMatch` ends: a field, because matching runs once per character. */
  private matchEnd = 0;

  constructor({ firstChild, valueStart, labels, values, membership, dictionaryCount }: TrieArrays) {
    this.firstChild = firstChild;
    this.valueStart = valueStart;
    this.labels = labels;
    this.values = values;
    this.membership = membership;
    this.everyDictionary = (1 << dictionaryCount) - 1;
    for (let child = firstChild[0] ?? 0; child < (firstChild[1] ?? 0); child++) this.rootChild[labels[child] ?? 0] = child;
  }

  /** The text with every longest match replaced. */
  convert(text: string): string {
    let converted = '';
    let kept = 0;
    for (let i = 0; i < text.length; ) {
      const node = this.longestMatch(text, i, this.everyDictionary);
      if (node < 0) {
        i += unmatchedLength(text, i);
        continue;
      }
      if (kept < i) converted += text.slice(kept, i);
      converted += this.values.slice(this.valueStart[node] ?? 0, this.valueStart[node + 1] ?? 0);
      i = kept = this.matchEnd;
    }
    return converted + text.slice(kept);
  }

  /**
   * The text cut into the longest keys of the dictionaries in `dictionaries` (a bit mask) and the runs between
   * them: later stages convert each piece alone, so no match crosses a phrase found here.
   */
  segment(text: string, dictionaries: number): string[] {
    const pieces: string[] = [];
    let kept = 0;
    for (let i = 0; i < text.length; ) {
      if (this.longestMatch(text, i, dictionaries) < 0) {
        i += unmatchedLength(text, i);
        continue;
      }
      if (kept < i) pieces.push(text.slice(kept, i));
      pieces.push(text.slice(i, this.matchEnd));
      i = kept = this.matchEnd;
    }
    if (kept < text.length) pieces.push(text.slice(kept));
    return pieces;
  }

  /** Node of the longest key starting at `start` that is in one of `dictionaries`, or -1; it ends at matchEnd. */
  private longestMatch(text: string, start: number, dictionaries: number): number {
    const { firstChild, labels, membership } = this;
    let node = this.rootChild[text.charCodeAt(start)] ?? 0;
    if (node === 0) return -1;
    let found = -1;
    if (((membership[node] ?? 0) & dictionaries) !== 0) {
      found = node;
      this.matchEnd = start + 1;
    }
    for (let i = start + 1; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let low = firstChild[node] ?? 0;
      const end = firstChild[node + 1] ?? 0;
      let high = end;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((labels[middle] ?? 0) < unit) low = middle + 1;
        else high = middle;
      }
      if (low === end || labels[low] !== unit) break;
      node = low;
      if (((membership[node] ?? 0) & dictionaries) !== 0) {
        found = node;
        this.matchEnd = i + 1;
      }
    }
    return found;
  }
}
