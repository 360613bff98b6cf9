import type { DictionaryEntry } from './entry.ts';

/**
 * The dictionary as shipped: one text file with an entry per line and a binary index of key offsets sorted by key.
 * The service worker decodes the text once and binary-searches the index, so it is ready in milliseconds after
 * every restart instead of rebuilding a hash map of 120,000 entries.
 *
 * Line: traditional, simplified, syllables (space-separated), senses ('/'-separated), frequency, flags
 * ('g' glossary, 'p' proper name), kind, attestation — tab-separated.
 * Index: Uint32 little-endian; [0] = longest key in code points, [1] = number of glossary entries, then the UTF-16
 * offsets of key starts (the traditional column, and the simplified column where it differs), in ascending key order.
 */
export interface CompactDictionary {
  text: string;
  index: Uint32Array;
}

export const INDEX_HEADER_WORDS = 2;

export interface WeightedEntry {
  entry: DictionaryEntry;
  /** Corpus frequency of the word, used by segmentation; 0 when unknown. */
  frequency: number;
}

const FIELD = '\t';
const LINE = '\n';

function sanitize(field: string): string {
  return field.replace(/[\t\n\r]/g, ' ');
}

function encodeLine({ entry, frequency }: WeightedEntry): string {
  const flags = (entry.source === 'glossary' ? 'g' : '') + (entry.properName ? 'p' : '');
  return [
    entry.traditional,
    entry.simplified,
    entry.syllables.join(' '),
    entry.senses.map((sense) => sense.replace(/\//g, '∕')).join('/'),
    String(Math.max(0, Math.round(frequency))),
    flags,
    entry.kind ?? '',
    entry.attestation ?? '',
  ]
    .map(sanitize)
    .join(FIELD);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function encodeDictionary(entries: readonly WeightedEntry[]): CompactDictionary {
  const keys: { key: string; offset: number }[] = [];
  const lines: string[] = [];
  let offset = 0;
  let longest = 0;
  let glossaryEntries = 0;
  for (const weighted of entries) {
    const line = encodeLine(weighted);
    const { traditional, simplified } = weighted.entry;
    keys.push({ key: traditional, offset });
    if (simplified !== traditional) keys.push({ key: simplified, offset: offset + traditional.length + 1 });
    longest = Math.max(longest, Array.from(traditional).length, Array.from(simplified).length);
    if (weighted.entry.source === 'glossary') glossaryEntries++;
    lines.push(line);
    offset += line.length + LINE.length;
  }
  keys.sort((a, b) => compareKeys(a.key, b.key) || a.offset - b.offset);
  const index = new Uint32Array(keys.length + INDEX_HEADER_WORDS);
  index[0] = longest;
  index[1] = glossaryEntries;
  keys.forEach((key, i) => {
    index[i + INDEX_HEADER_WORDS] = key.offset;
  });
  return { text: lines.map((line) => line + LINE).join(''), index };
}

export function decodeLine(text: string, lineStart: number): WeightedEntry {
  const lineEnd = text.indexOf(LINE, lineStart);
  const fields = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).split(FIELD);
  const [traditional = '', simplified = '', syllables = '', senses = '', frequency = '0', flags = '', kind = '', attestation = ''] =
    fields;
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
  return { entry, frequency: Number(frequency) || 0 };
}
