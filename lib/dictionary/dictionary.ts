import { decodeEntryLine, decodeFrequency, type CompactDictionary } from './compact-format.ts';
import type { DictionaryEntry } from './entry.ts';

/**
 * Read-only view over the compact dictionary. Words, prefixes and frequencies are answered at once by binary
 * search over the keys; entries need their shard, which `prepare` loads (in Node every shard is at hand).
 */
export class Dictionary {
  readonly longestWord: number;
  readonly glossarySize: number;
  /** Number of keys (a word with distinct traditional and simplified forms counts twice). */
  readonly size: number;
  private readonly rowsPerShard: number;
  private readonly keys: string;
  private readonly keyStarts: Uint32Array;
  private readonly frequencies: Uint16Array;
  private readonly shards = new Map<number, string[]>();
  private readonly loading = new Map<number, Promise<void>>();
  private readonly loadShard: ((shard: number) => Promise<string>) | undefined;
  private readonly shardLimit: number;

  constructor({ keys, index, frequencies, shards, loadShard, shardLimit }: CompactDictionary) {
    this.longestWord = index[0] ?? 0;
    this.glossarySize = index[1] ?? 0;
    this.size = index[2] ?? 0;
    this.rowsPerShard = index[3] ?? 1;
    if (frequencies.length !== this.size) throw new Error('Dictionary index is truncated');
    this.keys = keys;
    this.frequencies = frequencies;
    this.keyStarts = new Uint32Array(this.size + 1);
    let start = 0;
    for (let row = 0; row < this.size; row++) {
      this.keyStarts[row] = start;
      start = keys.indexOf('\n', start) + 1;
      if (start === 0) throw new Error('Dictionary keys are truncated');
    }
    this.keyStarts[this.size] = start;
    for (const [shard, text] of shards) this.shards.set(shard, text.split('\n'));
    this.loadShard = loadShard;
    this.shardLimit = shardLimit ?? Infinity;
  }

  /** Makes the entries of these words available to `lookup`. */
  async prepare(words: Iterable<string>): Promise<void> {
    const rows: number[] = [];
    for (const word of words) rows.push(...this.rowsOf(word));
    // The shards this call needs, kept while it loads more.
    const kept = new Set<number>();
    await this.ensureShards(rows, kept);
    // Simplified keys point at their traditional row, which may sit on another shard.
    const targets = rows.map((row) => this.line(row)).filter((line) => line?.startsWith('@')).map((line) => Number(line?.slice(1)));
    await this.ensureShards(targets, kept);
  }

  /** All entries whose traditional or simplified form is exactly `word`, glossary entries first. */
  lookup(word: string): DictionaryEntry[] {
    const found = this.rowsOf(word).map((row) => {
      let line = this.line(row);
      if (line?.startsWith('@')) line = this.line(Number(line.slice(1)));
      if (line === undefined) throw new Error(`Dictionary entries for "${word}" are not loaded: prepare() them first`);
      return decodeEntryLine(line);
    });
    return found.sort((a, b) => (a.source === b.source ? 0 : a.source === 'glossary' ? -1 : 1));
  }

  /** Highest corpus frequency among the word's entries; undefined when the word is not in the dictionary. */
  frequency(word: string): number | undefined {
    let highest: number | undefined;
    for (const row of this.rowsOf(word)) highest = Math.max(highest ?? 0, decodeFrequency(this.frequencies[row] ?? 0));
    return highest;
  }

  has(word: string): boolean {
    const row = this.lowerBound(word);
    return row < this.size && this.keyAt(row) === word;
  }

  /** True when some dictionary word starts with `prefix`: lets segmentation stop extending a candidate early. */
  hasPrefix(prefix: string): boolean {
    const row = this.lowerBound(prefix);
    return row < this.size && this.keys.startsWith(prefix, this.keyStarts[row]);
  }

  private rowsOf(word: string): number[] {
    const rows: number[] = [];
    for (let row = this.lowerBound(word); row < this.size && this.keyAt(row) === word; row++) rows.push(row);
    return rows;
  }

  private line(row: number): string | undefined {
    return this.shards.get(Math.floor(row / this.rowsPerShard))?.[row % this.rowsPerShard];
  }

  private async ensureShards(rows: readonly number[], kept: Set<number>): Promise<void> {
    const needed = new Set(rows.map((row) => Math.floor(row / this.rowsPerShard)));
    for (const shard of needed) kept.add(shard);
    this.makeRoomFor(kept);
    await Promise.all(
      [...needed]
        .filter((shard) => !this.shards.has(shard))
        .map((shard) => {
          let pending = this.loading.get(shard);
          if (!pending) {
            const load = this.loadShard;
            if (!load) throw new Error(`Dictionary shard ${shard} is missing`);
            pending = load(shard).then(
              (text) => {
                this.shards.set(shard, text.split('\n'));
                this.loading.delete(shard);
              },
              (error: unknown) => {
                this.loading.delete(shard);
                throw error;
              },
            );
            this.loading.set(shard, pending);
          }
          return pending;
        }),
    );
  }

  /**
   * Marks the needed shards as the most recently used (the Map's insertion order is the recency order) and drops the
   * least recently used others beyond the limit. The needed ones stay, so a lookup finds what it prepared as long as
   * lookups on one Dictionary with a limit run one at a time.
   */
  private makeRoomFor(needed: ReadonlySet<number>): void {
    if (this.shardLimit === Infinity) return;
    for (const shard of needed) {
      const lines = this.shards.get(shard);
      if (!lines) continue;
      this.shards.delete(shard);
      this.shards.set(shard, lines);
    }
    const missing = [...needed].filter((shard) => !this.shards.has(shard)).length;
    for (const shard of this.shards.keys()) {
      if (this.shards.size + missing <= this.shardLimit) break;
      if (!needed.has(shard)) this.shards.delete(shard);
    }
  }

  private keyAt(row: number): string {
    return this.keys.slice(this.keyStarts[row], (this.keyStarts[row + 1] ?? 1) - 1);
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
