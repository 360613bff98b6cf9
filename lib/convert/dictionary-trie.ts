import { MAX_DICTIONARIES, type TrieArrays } from './trie-format.ts';
import { unmatchedLength } from './unmatched-length.ts';

/**
 * A text cut into pieces that later stages convert each alone: piece k is text[bounds[k], bounds[k + 1]). Bounds
 * rather than piece strings, because Simplified text cuts into a piece every two or three characters.
 */
export interface Pieces {
  text: string;
  bounds: number[];
}

export function wholeText(text: string): Pieces {
  return { text, bounds: [0, text.length] };
}

/**
 * Longest-match conversion over one stage's trie (see trie-format.ts), the way opencc-js's Trie converts and
 * segments: at each position the longest key wins; where none starts, the text is kept. A stage's word list
 * replaces nothing: it serves conversion by words (word-conversion.ts), which walks the trie with child.
 */
export class DictionaryTrie {
  /** Bit mask of all the stage's dictionaries. */
  readonly everyDictionary: number;
  private readonly firstChild: Uint32Array;
  private readonly valueStart: Uint32Array;
  private readonly labels: Uint16Array;
  private readonly values: string;
  private readonly membership: Uint8Array;
  /**
   * The root's child for each first code unit (0: no key starts with it), so that most characters, which start no
   * key, cost one lookup: the root has thousands of children, too many to search at every position. Its children
   * are nodes 1 to at most 0xffff (the format counts children in 16 bits), hence 16-bit entries.
   */
  private readonly rootChild = new Uint16Array(0x10000);
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

  /** Each piece converted alone: every longest match within it replaced. */
  convert({ text, bounds }: Pieces): Pieces {
    let converted = '';
    const convertedBounds = [0];
    for (let piece = 1; piece < bounds.length; piece++) {
      converted += this.convertRange(text, bounds[piece - 1] ?? 0, bounds[piece] ?? 0);
      convertedBounds.push(converted.length);
    }
    return { text: converted, bounds: convertedBounds };
  }

  /**
   * The text cut at the longest keys of the dictionaries in `dictionaries` (a bit mask): each key found is a piece,
   * and so is each run between them.
   */
  segment(text: string, dictionaries: number): Pieces {
    const bounds = [0];
    for (let i = 0; i < text.length; ) {
      if (this.longestMatch(text, i, text.length, dictionaries) < 0) {
        i += unmatchedLength(text, i, text.length);
        continue;
      }
      if ((bounds.at(-1) ?? 0) < i) bounds.push(i);
      bounds.push(this.matchEnd);
      i = this.matchEnd;
    }
    if ((bounds.at(-1) ?? 0) < text.length) bounds.push(text.length);
    return { text, bounds };
  }

  /** text[start, end) converted alone: every longest match within it replaced. */
  convertRange(text: string, start: number, end: number): string {
    let converted = '';
    let kept = start;
    for (let i = start; i < end; ) {
      const node = this.longestMatch(text, i, end, this.everyDictionary);
      if (node < 0) {
        i += unmatchedLength(text, i, end);
        continue;
      }
      if (kept < i) converted += text.slice(kept, i);
      converted += this.values.slice(this.valueStart[node] ?? 0, this.valueStart[node + 1] ?? 0);
      i = kept = this.matchEnd;
    }
    return kept === start ? text.slice(start, end) : converted + text.slice(kept, end);
  }

  /** The node of a key, 0 when there is none. */
  nodeOf(key: string): number {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      node = this.child(node, key.charCodeAt(i));
      if (node === 0) return 0;
    }
    return node;
  }

  /** Whether the key ending at a node is in one of `dictionaries`. */
  isIn(node: number, dictionaries: number): boolean {
    return ((this.membership[node] ?? 0) & dictionaries) !== 0;
  }

  /** The replacement of the key ending at a node. */
  replacement(node: number): string {
    return this.values.slice(this.valueStart[node] ?? 0, this.valueStart[node + 1] ?? 0);
  }

  /** The weight of the word ending at a node (see word-weight.ts), 0 when no word of the stage's word list ends there. */
  weight(node: number): number {
    return (this.membership[node] ?? 0) >> MAX_DICTIONARIES;
  }

  /**
   * The node reached from a node by one more code unit, 0 when no key goes on so (node 0, the root, is nobody's
   * child): walking from the root along a text visits the keys it starts with.
   */
  child(node: number, unit: number): number {
    if (node === 0) return this.rootChild[unit] ?? 0;
    const { firstChild, labels } = this;
    let low = firstChild[node] ?? 0;
    const childrenEnd = firstChild[node + 1] ?? 0;
    let high = childrenEnd;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((labels[middle] ?? 0) < unit) low = middle + 1;
      else high = middle;
    }
    return low < childrenEnd && labels[low] === unit ? low : 0;
  }

  /** Node of the longest key in text[start, end) at start that is in one of `dictionaries`, or -1; see matchEnd. */
  private longestMatch(text: string, start: number, end: number, dictionaries: number): number {
    // The search of `child`, written out: this loop is where conversion spends its time.
    const { firstChild, labels, membership } = this;
    let node = this.rootChild[text.charCodeAt(start)] ?? 0;
    if (node === 0) return -1;
    let found = -1;
    if (((membership[node] ?? 0) & dictionaries) !== 0) {
      found = node;
      this.matchEnd = start + 1;
    }
    for (let i = start + 1; i < end; i++) {
      const unit = text.charCodeAt(i);
      let low = firstChild[node] ?? 0;
      const childrenEnd = firstChild[node + 1] ?? 0;
      let high = childrenEnd;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((labels[middle] ?? 0) < unit) low = middle + 1;
        else high = middle;
      }
      if (low === childrenEnd || labels[low] !== unit) break;
      node = low;
      if (((membership[node] ?? 0) & dictionaries) !== 0) {
        found = node;
        this.matchEnd = i + 1;
      }
    }
    return found;
  }
}
