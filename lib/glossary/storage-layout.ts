import { isGlossaryDocument } from './migrations.ts';
import { GLOSSARY_VERSION, isRecord, type Glossary, type GlossaryTerm } from './term.ts';

/**
 * How the glossary lies in the browser's local storage: its terms spread over `SHARD_COUNT` items by a hash of
 * their ids, beside a small item saying the document version and who wrote last. A change rewrites only the
 * shards of the terms it touched. Chromium's storage writes about 1 MB a second on these machines and sends every
 * change to each listening page and tab, so with 10,000 terms (about 6 MB) one item meant seconds a save; with
 * 1,024 shards saving a word writes about 6 KB, and a change to 50 terms scattered over the glossary about 300 KB.
 * Each shard is one JSON string: Chromium converts a string between storage and the worker two to three times
 * faster than the same terms as objects (measured with 10,000 terms: 0.7 s against 1.4-1.9 s to read them all).
 *
 * Earlier versions kept the whole document in one item (`LEGACY_KEY`); reading it says the layout is outdated,
 * and the next write moves it into shards.
 */
export const SHARD_COUNT = 1024;
export const META_KEY = 'glossaryMeta';
export const LEGACY_KEY = 'glossary';
const SHARD_PREFIX = 'glossary.';

export function shardKey(shard: number): string {
  return `${SHARD_PREFIX}${shard}`;
}

export const SHARD_KEYS: readonly string[] = Array.from({ length: SHARD_COUNT }, (_, shard) => shardKey(shard));

/** Every key the glossary may occupy, for one read. */
export const GLOSSARY_KEYS: readonly string[] = [META_KEY, LEGACY_KEY, ...SHARD_KEYS];

/**
 * FNV-1a over the id's UTF-16 code units, then MurmurHash3's finalizer: FNV's low bits alone spread ids that differ
 * in a repeated character (`词1|詞1`) over half the shards. Stable across versions and browsers, which the layout
 * depends on.
 */
export function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) % SHARD_COUNT;
}

/** The small item every write replaces: storage watchers learn of a change, and whose it was, from it alone. */
export interface GlossaryMeta {
  version: number;
  /** Counts writes, so that two writes by one writer still differ. */
  revision: number;
  /** Which store instance wrote (the background's, normally the only writer). */
  writer: string;
}

export function parseMeta(raw: unknown): GlossaryMeta | null {
  if (!isRecord(raw)) return null;
  const { version, revision, writer } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return null;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) return null;
  if (typeof writer !== 'string') return null;
  return { version, revision, writer };
}

/** What storage held: the document to validate and migrate, and whether it still lies in the old single item. */
export interface StoredGlossary {
  document: unknown;
  layout: 'current' | 'outdated';
  /** The last write's revision, 0 when there was none. */
  revision: number;
  /**
   * Items that could not be read in full (damaged by hand or disk, or written by a version this one does not
   * understand): their terms are missing from `document`, and no write may replace or remove them. Stores that
   * cannot be damaged (memory) leave this out.
   */
  unreadable?: readonly string[];
  /** Whether no write is possible without replacing an unreadable item. */
  readOnly?: boolean;
  /** The item the term at an index of the document's term list was read from, so that one holding an invalid term is kept too. */
  sourceOf?: (index: number) => string | undefined;
}

/** A shard's terms, unvalidated; null when it is not a JSON list (damaged by hand or disk, or cut short). */
function parseShard(raw: unknown): unknown[] | null {
  if (typeof raw !== 'string') return null;
  try {
    const terms: unknown = JSON.parse(raw);
    return Array.isArray(terms) ? terms : null;
  } catch {
    return null;
  }
}

function createdAtOf(raw: unknown): number {
  return isRecord(raw) && typeof raw.createdAt === 'number' ? raw.createdAt : 0;
}

function idOf(raw: unknown): string {
  return isRecord(raw) && typeof raw.id === 'string' ? raw.id : '';
}

/** The terms of a single item written by an older version beside the shards; null when it holds no term list. */
function leftOverTerms(legacy: unknown): unknown[] | null {
  return isRecord(legacy) && Array.isArray(legacy.terms) ? legacy.terms : null;
}

/** The single item of older versions, alone: the document itself, unless it is none (then it is kept, unread). */
function singleItem(legacy: unknown): StoredGlossary {
  if (legacy === undefined) return { document: undefined, layout: 'current', revision: 0 };
  if (!isGlossaryDocument(legacy)) return { document: undefined, layout: 'current', revision: 0, unreadable: [LEGACY_KEY] };
  return { document: legacy, layout: 'outdated', revision: 0, sourceOf: () => LEGACY_KEY };
}

/**
 * The glossary document from the items read with `GLOSSARY_KEYS`, unvalidated: terms in the order they were saved
 * (shards do not keep one). A single item beside the shards is either left over from a move into shards that
 * stopped before removing it, or written by an older version the reader went back to: its terms are read with the
 * shards' (validation merges the repeats), so that nothing saved in either is lost.
 *
 * Whatever cannot be read is reported, never read as empty: every other shard is still read, and a meta item that
 * does not parse leaves the shards read as the current version, with no write allowed (each write replaces it).
 */
export function assembleStoredGlossary(items: Readonly<Record<string, unknown>>): StoredGlossary {
  const legacy = items[LEGACY_KEY];
  if (items[META_KEY] === undefined && SHARD_KEYS.every((key) => items[key] === undefined)) return singleItem(legacy);
  const meta = parseMeta(items[META_KEY]);
  const unreadable: string[] = meta ? [] : [META_KEY];
  const read: { raw: unknown; source: string }[] = [];
  for (const key of SHARD_KEYS) {
    if (items[key] === undefined) continue;
    const terms = parseShard(items[key]);
    if (terms) for (const raw of terms) read.push({ raw, source: key });
    else unreadable.push(key);
  }
  const leftOver = legacy === undefined ? [] : leftOverTerms(legacy);
  if (leftOver) for (const raw of leftOver) read.push({ raw, source: LEGACY_KEY });
  else unreadable.push(LEGACY_KEY);
  read.sort((a, b) => createdAtOf(a.raw) - createdAtOf(b.raw) || (idOf(a.raw) < idOf(b.raw) ? -1 : idOf(a.raw) > idOf(b.raw) ? 1 : 0));
  return {
    document: { version: meta?.version ?? GLOSSARY_VERSION, terms: read.map(({ raw }) => raw) },
    layout: legacy !== undefined && leftOver ? 'outdated' : 'current',
    revision: meta?.revision ?? 0,
    unreadable,
    readOnly: !meta,
    sourceOf: (index) => read[index]?.source,
  };
}

/**
 * The items one write sets: the shards holding any of `changed` ids (all of them for `'all'`), each with every
 * term of the glossary that belongs there, and the meta item. Shards left empty are written empty, never skipped,
 * or their deleted terms would come back.
 */
export function shardWrites(
  glossary: Glossary,
  changed: ReadonlySet<string> | 'all',
  write: Omit<GlossaryMeta, 'version'>,
): Record<string, unknown> {
  const shards = new Set(changed === 'all' ? SHARD_KEYS.map((_, shard) => shard) : [...changed].map(shardOf));
  const held = new Map<number, GlossaryTerm[]>([...shards].map((shard) => [shard, []]));
  for (const term of glossary.terms) held.get(shardOf(term.id))?.push(term);
  const items: Record<string, unknown> = {};
  for (const [shard, terms] of held) items[shardKey(shard)] = JSON.stringify(terms);
  const meta: GlossaryMeta = { version: GLOSSARY_VERSION, ...write };
  items[META_KEY] = meta;
  return items;
}
