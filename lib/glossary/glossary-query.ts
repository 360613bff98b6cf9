import type { GlossaryDamage } from './glossary-service.ts';
import { createColumnOrders, tagCounts, visibleTerms, type ManagerColumn, type ManagerSort, type TagFilter } from './manager-view.ts';
import { buildSearchIndex, type SearchIndex } from './search.ts';
import { isRecord, LIMITS, type GlossaryTerm } from './term.ts';

/**
 * A page of the glossary as the popup and the options page ask for it: the background searches, filters and sorts
 * its copy and sends only the rows shown, since a message carrying 10,000 terms takes seconds.
 */
export interface GlossaryListing {
  /** The popup's search (lib/glossary/search.ts). */
  text: string;
  tag: TagFilter;
  sort: ManagerSort;
}

export interface GlossaryQuery extends GlossaryListing {
  offset: number;
  limit: number;
}

export interface GlossaryPage {
  /** Terms in the glossary. */
  total: number;
  /** Terms matching the search and the tag filter. */
  listed: number;
  offset: number;
  terms: GlossaryTerm[];
  /** Every tag in use, with its count. */
  tags: { tag: string; count: number }[];
  /** What of the stored glossary could not be read (its terms are missing here); null when all of it was. */
  damage: GlossaryDamage | null;
}

/** The most rows one page may ask for. */
export const MAX_PAGE_ROWS = 200;
const MAX_QUERY_CHARS = 200;
const COLUMNS: readonly ManagerColumn[] = ['hanzi', 'pinyin', 'english', 'tags', 'note', 'source', 'saved'];

function parseTagFilter(raw: unknown): TagFilter | null {
  if (!isRecord(raw)) return null;
  if (raw.kind === 'all' || raw.kind === 'untagged' || raw.kind === 'no-meaning') return { kind: raw.kind };
  if (raw.kind === 'tag' && typeof raw.tag === 'string' && raw.tag.length <= LIMITS.tagChars) return { kind: 'tag', tag: raw.tag };
  return null;
}

function parseSort(raw: unknown): ManagerSort | null {
  if (!isRecord(raw) || typeof raw.descending !== 'boolean') return null;
  const column = COLUMNS.find((candidate) => candidate === raw.column);
  return column ? { column, descending: raw.descending } : null;
}

export function parseGlossaryListing(raw: unknown): GlossaryListing | null {
  if (!isRecord(raw) || typeof raw.text !== 'string' || raw.text.length > MAX_QUERY_CHARS) return null;
  const tag = parseTagFilter(raw.tag);
  const sort = parseSort(raw.sort);
  return tag && sort ? { text: raw.text, tag, sort } : null;
}

const isCount = (value: unknown, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

export function parseGlossaryQuery(raw: unknown): GlossaryQuery | null {
  const listing = parseGlossaryListing(raw);
  if (!listing || !isRecord(raw) || !isCount(raw.offset, LIMITS.terms) || !isCount(raw.limit, MAX_PAGE_ROWS)) return null;
  return { ...listing, offset: raw.offset, limit: raw.limit };
}

function listingKey({ text, tag, sort }: GlossaryListing): string {
  return JSON.stringify([text.trim(), tag, sort]);
}

/** What listing one glossary needs, built once for it. */
interface Prepared {
  terms: readonly GlossaryTerm[];
  index: SearchIndex;
  orders: ReturnType<typeof createColumnOrders>;
  tags: GlossaryPage['tags'];
  /** The last listing, so that turning pages only slices. */
  last: { key: string; listed: GlossaryTerm[] } | null;
}

/**
 * Answers listings of one glossary after another. The search index, column orders and tag counts are built once
 * per glossary, and an edited glossary reuses the index entries of its unchanged terms.
 */
export class GlossaryQueries {
  private prepared: Prepared | null = null;

  page(terms: readonly GlossaryTerm[], query: GlossaryQuery, damage: GlossaryDamage | null): GlossaryPage {
    const { listed, tags } = this.listed(terms, query);
    const shown = listed.slice(query.offset, query.offset + query.limit);
    return { total: terms.length, listed: listed.length, offset: query.offset, terms: shown, tags, damage };
  }

  /** The ids of every listed term, for "select all". */
  ids(terms: readonly GlossaryTerm[], listing: GlossaryListing): string[] {
    return this.listed(terms, listing).listed.map((term) => term.id);
  }

  private prepare(terms: readonly GlossaryTerm[]): Prepared {
    if (this.prepared?.terms !== terms) {
      const index = buildSearchIndex(terms, this.prepared?.index);
      this.prepared = { terms, index, orders: createColumnOrders(index), tags: tagCounts(terms), last: null };
    }
    return this.prepared;
  }

  private listed(terms: readonly GlossaryTerm[], listing: GlossaryListing): { listed: GlossaryTerm[]; tags: GlossaryPage['tags'] } {
    const prepared = this.prepare(terms);
    const key = listingKey(listing);
    if (prepared.last?.key !== key) {
      prepared.last = { key, listed: visibleTerms(prepared.index, prepared.orders, listing.text, listing.tag, listing.sort) };
    }
    return { listed: prepared.last.listed, tags: prepared.tags };
  }
}
