import type { DictionaryEntry } from './entry.ts';

/**
 * The dictionary as shipped, made for a service worker that the browser restarts at any moment: what
 * segmentation needs (the sorted headwords and their frequencies, about 2 MB) is read at start without parsing;
 * definitions sit in small shards read only when a word on them is looked up.
 *
 * - keys: every headword (traditional, and simplified where it differs), sorted, each followed by '\n', stored as
 *   UTF-16LE so that decoding it is a copy. A key's position in this order is its row.
 * - index: a Uint32 header (longest key in code points, glossary entries, rows, rows per shard) followed by a Uint16
 *   per row: the word's corpus frequency as round(ln(1 + frequency) * 1000).
 * - shards: row `r` is line `r % rowsPerShard` of shard `floor(r / rowsPerShard)`: the entry as tab-separated
 *   traditional, simplified, syllables (space-separated), senses ('/'-separated), flags ('g' glossary, 'p' proper
 *   name), kind, attestation; or `@<row>` where a simplified key points to its traditional key's row.
 */
export interface CompactDictionary {
  keys: string;
  index: Uint32Array;
  frequencies: Uint16Array;
  /** Shards already at hand (all of them in Node); the rest come from `loadShard`. */
  shards: ReadonlyMap<number, string>;
  loadShard?: (shard: number) => Promise<string>;
  /**
   * Most shards kept at once (all by default): a page answering its own hovers keeps the recently used ones and
   * drops the rest, so that a long reading session does not grow the tab towards the whole 11 MB of entries.
   */
  shardLimit?: number;
}

export const INDEX_HEADER_WORDS = 4;
export const ROWS_PER_SHARD = 512;
const FREQUENCY_SCALE = 1000;

export interface WeightedEntry {
  entry: DictionaryEntry;
  /** Corpus frequency of the word, used by segmentation; 0 when unknown. */
  frequency: number;
}

const FIELD = '\t';

function sanitize(field: string): string {
  return field.replace(/[\t\n\r]/g, ' ');
}

function encodeLine(entry: DictionaryEntry): string {
  const flags = (entry.source === 'glossary' ? 'g' : '') + (entry.properName ? 'p' : '');
  return [
    entry.traditional,
    entry.simplified,
    entry.syllables.join(' '),
    entry.senses.map((sense) => sense.replace(/\//g, '∕')).join('/'),
    flags,
    entry.kind ?? '',
    entry.attestation ?? '',
  ]
    .map(sanitize)
    .join(FIELD);
}

export function encodeFrequency(frequency: number): number {
  return Math.min(0xffff, Math.round(Math.log1p(Math.max(0, frequency)) * FREQUENCY_SCALE));
}

export function decodeFrequency(encoded: number): number {
  return Math.expm1(encoded / FREQUENCY_SCALE);
}

export interface EncodedDictionary {
  keys: string;
  /** Header and frequencies in one buffer, as stored in the index file. */
  index: Uint8Array;
  shards: string[];
}

export function encodeDictionary(entries: readonly WeightedEntry[]): EncodedDictionary {
  type Row = { key: string; entry: number; primary: boolean };
  const rows: Row[] = [];
  let longest = 0;
  let glossaryEntries = 0;
  entries.forEach(({ entry }, i) => {
    rows.push({ key: entry.traditional, entry: i, primary: true });
    if (entry.simplified !== entry.traditional) rows.push({ key: entry.simplified, entry: i, primary: false });
    longest = Math.max(longest, Array.from(entry.traditional).length, Array.from(entry.simplified).length);
    if (entry.source === 'glossary') glossaryEntries++;
  });
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry - b.entry));
  const primaryRow = new Map<number, number>();
  rows.forEach((row, i) => {
    if (row.primary) primaryRow.set(row.entry, i);
  });
  const header = new Uint32Array([longest, glossaryEntries, rows.length, ROWS_PER_SHARD]);
  const index = new Uint8Array(header.byteLength + rows.length * 2);
  index.set(new Uint8Array(header.buffer));
  const frequencies = new Uint16Array(index.buffer, header.byteLength, rows.length);
  const lines = rows.map((row, i) => {
    const weighted = entries[row.entry];
    frequencies[i] = encodeFrequency(weighted?.frequency ?? 0);
    return row.primary || !weighted ? encodeLine(weighted?.entry ?? emptyEntry()) : `@${primaryRow.get(row.entry) ?? i}`;
  });
  const shards: string[] = [];
  for (let start = 0; start < lines.length; start += ROWS_PER_SHARD) {
    shards.push(lines.slice(start, start + ROWS_PER_SHARD).join('\n'));
  }
  return { keys: rows.map((row) => `${row.key}\n`).join(''), index, shards };
}

function emptyEntry(): DictionaryEntry {
  return { traditional: '', simplified: '', syllables: [], properName: false, senses: [], source: 'cedict' };
}

/** The encoded dictionary as the Dictionary reads it, every shard at hand. */
export function compactFromEncoded({ keys, index, shards }: EncodedDictionary): CompactDictionary {
  return { keys, ...decodeIndex(index), shards: new Map(shards.map((shard, i) => [i, shard])) };
}

/** Reads a stored index file (header and frequencies) into the views the Dictionary uses. */
export function decodeIndex(bytes: Uint8Array): { index: Uint32Array; frequencies: Uint16Array } {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const headerBytes = INDEX_HEADER_WORDS * 4;
  if (buffer.byteLength < headerBytes) throw new Error('Dictionary index is truncated');
  const index = new Uint32Array(buffer, 0, INDEX_HEADER_WORDS);
  const rows = index[2] ?? 0;
  if (buffer.byteLength !== headerBytes + rows * 2) throw new Error('Dictionary index is truncated');
  return { index, frequencies: new Uint16Array(buffer, headerBytes, rows) };
}

export function decodeEntryLine(line: string): DictionaryEntry {
  const [traditional = '', simplified = '', syllables = '', senses = '', flags = '', kind = '', attestation = ''] =
    line.split(FIELD);
  const entry: DictionaryEntry = {
    traditional,
    simplified,
    syllables: syllables.length > 0 ? syllables.split(' ') : [],
    properName: flags.includes('p'),
    senses: senses.length > 0 ? senses.split('/').map((sense) => sense.replace(/∕/g, '/')) : [],
    source: flags.includes('g') ? 'glossary' : 'cedict',
  };
  if (kind) entry.kind = kind;
  if (attestation) entry.attestation = attestation;
  return entry;
}

/** The keys part as bytes (UTF-16LE), and back: the format's one text encoding that needs no real decoding. */
export function keysToBytes(keys: string): Uint8Array {
  const bytes = new Uint8Array(keys.length * 2);
  for (let i = 0; i < keys.length; i++) {
    const unit = keys.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytes;
}

export function keysFromBytes(bytes: Uint8Array | ArrayBuffer): string {
  return new TextDecoder('utf-16le').decode(bytes);
}

export function shardFileName(shard: number): string {
  return `${String(shard).padStart(4, '0')}.txt`;
}
