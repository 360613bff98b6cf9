import { GLOSSARY_VERSION, isRecord, parseTerm, type GlossaryTerm, type TermContext } from './term.ts';

/**
 * The glossary in the browser's sync storage: one JSON document cut into string chunks (`glossary.0`, `glossary.1`,
 * ...) that each fit one item, and a manifest (`glossary`) naming how many there are and a checksum of the whole.
 * Another browser's push arrives item by item, so a reader may see chunks of two different pushes at once: the
 * checksum tells that apart from a complete copy, which is then simply waited for.
 */

/** `storage.sync`'s limits, the same in Chrome and Firefox. */
export const SYNC_QUOTA = Object.freeze({ bytes: 102_400, bytesPerItem: 8_192, items: 512 });

/**
 * Left free for the rest of sync storage (the settings and their site rules), which would otherwise fail to save
 * once the glossary had filled the quota.
 */
export const SYNC_HEADROOM = Object.freeze({ bytes: 8_192, items: 8 });

/** Bumped when the chunk layout changes; a browser meeting a newer format neither reads nor overwrites it. */
export const SYNC_FORMAT = 1;

const MANIFEST_KEY = 'glossary';
const CHUNK_PREFIX = 'glossary.';

interface Manifest {
  format: number;
  chunks: number;
  /** Length of the joined document in UTF-16 units, and its FNV-1a hash: both tell a complete set of chunks. */
  chars: number;
  checksum: string;
}

export interface SyncBudget {
  bytes: number;
  items: number;
}

export type EncodeResult =
  | { fits: true; items: Record<string, unknown>; bytes: number; terms: number }
  | { fits: false; bytes: number; items: number; budget: SyncBudget; terms: number };

export type DecodeResult =
  | { state: 'empty' }
  /** Chunks missing or from different pushes: the rest of a push is still arriving. */
  | { state: 'incomplete' }
  /** Written by a newer Duizhao. */
  | { state: 'unsupported' }
  | { state: 'invalid'; reason: string }
  /** `rejected`: terms the term validator dropped. */
  | { state: 'ok'; terms: GlossaryTerm[]; rejected: number; bytes: number };

export function isGlossarySyncKey(key: string): boolean {
  return key === MANIFEST_KEY || key.startsWith(CHUNK_PREFIX);
}

function chunkKey(index: number): string {
  return `${CHUNK_PREFIX}${index}`;
}

/**
 * Bytes of one code point inside a JSON string as Chrome stores it (UTF-8, from its own JSON writer): quotes,
 * backslashes and the short control escapes take two, other control characters six, and Chrome also escapes `<`,
 * U+2028 and U+2029 as `\u003C`, `\u2028`, `\u2029`. Firefox counts the same or less, so this fits both.
 */
function escapedBytes(codePoint: number): number {
  if (codePoint === 0x22 || codePoint === 0x5c || (codePoint >= 0x08 && codePoint <= 0x0d && codePoint !== 0x0b)) return 2;
  return codePoint < 0x20 ? 6 : jsonBytes(codePoint);
}

/** Bytes of one code point of JSON text as Chrome writes it. */
function jsonBytes(codePoint: number): number {
  return codePoint === 0x3c || codePoint === 0x2028 || codePoint === 0x2029 ? 6 : utf8Bytes(codePoint);
}

function utf8Bytes(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function textBytes(text: string, perCodePoint: (codePoint: number) => number): number {
  let bytes = 0;
  for (const char of text) bytes += perCodePoint(char.codePointAt(0) ?? 0);
  return bytes;
}

/**
 * What an item costs against the quota, measured as the browser does: the key's length plus the length of the
 * value's JSON. `JSON.stringify` has already escaped quotes and control characters; what Chrome escapes beyond it
 * counts six bytes.
 */
export function syncItemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  return textBytes(key, utf8Bytes) + textBytes(json, jsonBytes);
}

/** What the glossary may use of sync storage: the quota less what the other items use now, less the headroom. */
export function syncBudget(stored: Record<string, unknown>): SyncBudget {
  let bytes = SYNC_QUOTA.bytes - SYNC_HEADROOM.bytes;
  let items = SYNC_QUOTA.items - SYNC_HEADROOM.items;
  for (const [key, value] of Object.entries(stored)) {
    if (isGlossarySyncKey(key)) continue;
    bytes -= syncItemBytes(key, value);
    items--;
  }
  return { bytes: Math.max(0, bytes), items: Math.max(0, items) };
}

/** A term without what the reader can recompute (its id) or what is empty, which `parseTerm` restores. */
function compactTerm(term: GlossaryTerm): Record<string, unknown> {
  const compact: Record<string, unknown> = { simplified: term.simplified, traditional: term.traditional };
  if (term.syllables.length > 0) compact.syllables = term.syllables;
  if (term.senses.length > 0) compact.senses = term.senses;
  if (term.note) compact.note = term.note;
  if (term.tags.length > 0) compact.tags = term.tags;
  if (term.contexts.length > 0) compact.contexts = term.contexts.map(compactContext);
  compact.createdAt = term.createdAt;
  compact.updatedAt = term.updatedAt;
  return compact;
}

function compactContext(context: TermContext): Partial<TermContext> {
  const compact: Partial<TermContext> = { sentence: context.sentence };
  if (context.alignedEnglish) compact.alignedEnglish = context.alignedEnglish;
  if (context.url) compact.url = context.url;
  if (context.title) compact.title = context.title;
  if (context.pageDate) compact.pageDate = context.pageDate;
  compact.savedAt = context.savedAt;
  return compact;
}

/** FNV-1a over UTF-16 units: cheap, and enough to tell two pushes apart (the length is compared as well). */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The text cut into pieces whose items stay within the per-item quota, never inside a surrogate pair. */
function splitIntoChunks(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  let limit = SYNC_QUOTA.bytesPerItem - textBytes(chunkKey(0), utf8Bytes) - 2;
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const cost = escapedBytes(codePoint);
    if (bytes + cost > limit) {
      chunks.push(text.slice(start, at));
      start = at;
      bytes = 0;
      limit = SYNC_QUOTA.bytesPerItem - textBytes(chunkKey(chunks.length), utf8Bytes) - 2;
    }
    bytes += cost;
    at += width;
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

/** The items that hold `terms` in sync storage, or the sizes that show they do not fit `budget`. */
export function encodeGlossaryChunks(terms: readonly GlossaryTerm[], budget: SyncBudget): EncodeResult {
  const text = JSON.stringify({ version: GLOSSARY_VERSION, terms: terms.map(compactTerm) });
  const chunks = splitIntoChunks(text);
  const manifest: Manifest = { format: SYNC_FORMAT, chunks: chunks.length, chars: text.length, checksum: checksum(text) };
  const items: Record<string, unknown> = { [MANIFEST_KEY]: manifest };
  chunks.forEach((chunk, index) => (items[chunkKey(index)] = chunk));
  const bytes = Object.entries(items).reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);
  const count = chunks.length + 1;
  if (bytes > budget.bytes || count > budget.items) return { fits: false, bytes, items: count, budget, terms: terms.length };
  return { fits: true, items, bytes, terms: terms.length };
}

function parseManifest(raw: unknown): Manifest | null {
  if (!isRecord(raw)) return null;
  const { format, chunks, chars, checksum: sum } = raw;
  const count = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (!count(format) || !count(chunks) || !count(chars) || typeof sum !== 'string') return null;
  return { format, chunks, chars, checksum: sum };
}

/** The terms another browser pushed, each through the term validator; never throws. */
export function decodeGlossaryChunks(stored: Record<string, unknown>): DecodeResult {
  if (stored[MANIFEST_KEY] === undefined) return { state: 'empty' };
  const manifest = parseManifest(stored[MANIFEST_KEY]);
  if (!manifest) return { state: 'invalid', reason: 'the manifest is malformed' };
  if (manifest.format > SYNC_FORMAT) return { state: 'unsupported' };
  if (manifest.chunks > SYNC_QUOTA.items) return { state: 'invalid', reason: 'the manifest names too many chunks' };
  const chunks: string[] = [];
  for (let index = 0; index < manifest.chunks; index++) {
    const chunk = stored[chunkKey(index)];
    if (typeof chunk !== 'string') return { state: 'incomplete' };
    chunks.push(chunk);
  }
  const text = chunks.join('');
  if (text.length !== manifest.chars || checksum(text) !== manifest.checksum) return { state: 'incomplete' };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { state: 'invalid', reason: 'the chunks are not JSON' };
  }
  if (!isRecord(document) || !Array.isArray(document.terms)) return { state: 'invalid', reason: 'the chunks hold no glossary' };
  if (document.version !== GLOSSARY_VERSION) return { state: 'unsupported' };
  const terms = document.terms.flatMap((raw) => parseTerm(raw) ?? []);
  const bytes = Object.entries(stored).reduce((sum, [key, value]) => sum + (isGlossarySyncKey(key) ? syncItemBytes(key, value) : 0), 0);
  return { state: 'ok', terms, rejected: document.terms.length - terms.length, bytes };
}

/**
 * The writes that turn what sync storage holds into `items`: only chunks that changed are set (each write counts
 * against the browser's per-minute and per-hour limits, and every set item is sent to the other browsers), and
 * chunks beyond the new count are removed.
 */
export function syncWrites(stored: Record<string, unknown>, items: Record<string, unknown>): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(items)) {
    if (JSON.stringify(stored[key]) !== JSON.stringify(value)) set[key] = value;
  }
  const remove = Object.keys(stored).filter((key) => isGlossarySyncKey(key) && !(key in items));
  return { set, remove };
}
