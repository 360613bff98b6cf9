import type { TermChanges } from './operations.ts';
import { parsePinyin } from './pinyin-input.ts';
import { searchTerms, type SearchIndex } from './search.ts';
import { parseTags, type GlossaryTerm, type TermContext } from './term.ts';

/**
 * What the options page's glossary table shows, apart from the table itself: which terms match the search and the
 * tag filter, in which order, which of them are selected, and what an edit or a tag change sends. Orders are built
 * once per column and glossary, so that with 10,000 terms a keystroke or a click on a header only filters.
 */
export type ManagerColumn = 'hanzi' | 'pinyin' | 'english' | 'tags' | 'note' | 'source' | 'saved';

export interface ManagerSort {
  column: ManagerColumn;
  descending: boolean;
}

/** Which terms the table lists: all, those without tags, those with a tag, or those still without a meaning. */
export type TagFilter = { kind: 'all' } | { kind: 'untagged' } | { kind: 'tag'; tag: string } | { kind: 'no-meaning' };

/** Whether a term says what it means: an English sense or a note. A word saved from a page may have neither. */
export function hasMeaning(term: GlossaryTerm): boolean {
  return term.senses.length > 0 || term.note.trim() !== '';
}

/** A term's latest context: where the table says the term comes from. */
export function latestContext(term: GlossaryTerm): TermContext | undefined {
  return term.contexts[term.contexts.length - 1];
}

/** Sort keys of the text columns; an empty key sorts after all others, whichever the direction. */
const TEXT_KEYS: Record<Exclude<ManagerColumn, 'pinyin' | 'saved'>, (term: GlossaryTerm) => string> = {
  hanzi: (term) => term.simplified,
  english: (term) => (term.senses[0] ?? '').toLowerCase(),
  tags: (term) => term.tags.join(', ').toLowerCase(),
  note: (term) => term.note.toLowerCase(),
  source: (term) => {
    const context = latestContext(term);
    return (context?.title || context?.url || '').toLowerCase();
  },
};

interface ColumnOrder {
  /** Ascending, empty keys last. */
  terms: GlossaryTerm[];
  /** How many terms have a key; the rest are empty. */
  filled: number;
}

function textOrder(terms: readonly GlossaryTerm[], key: (term: GlossaryTerm) => string): ColumnOrder {
  const keyed = terms.map((term) => ({ term, key: key(term) }));
  keyed.sort((a, b) => (a.key === b.key ? a.term.createdAt - b.term.createdAt : !a.key ? 1 : !b.key ? -1 : a.key < b.key ? -1 : 1));
  return { terms: keyed.map((entry) => entry.term), filled: keyed.filter((entry) => entry.key !== '').length };
}

/** Column orders of one glossary, each built the first time it is asked for. */
export function createColumnOrders(index: SearchIndex): (column: ManagerColumn) => ColumnOrder {
  const cache = new Map<ManagerColumn, ColumnOrder>();
  return (column) => {
    let order = cache.get(column);
    if (!order) {
      if (column === 'saved') order = { terms: index.sorted.oldest.map((entry) => entry.term), filled: index.entries.length };
      else if (column === 'pinyin') {
        // The popup's pinyin order, where terms without a reading already come last.
        const terms = index.sorted.pinyin.map((entry) => entry.term);
        order = { terms, filled: terms.filter((term) => term.syllables.length > 0).length };
      } else order = textOrder(index.entries.map((entry) => entry.term), TEXT_KEYS[column]);
      cache.set(column, order);
    }
    return order;
  };
}

function matchesTag(term: GlossaryTerm, filter: TagFilter): boolean {
  if (filter.kind === 'all') return true;
  if (filter.kind === 'untagged') return term.tags.length === 0;
  if (filter.kind === 'no-meaning') return !hasMeaning(term);
  return term.tags.includes(filter.tag);
}

/** The terms the table lists: matching the search (lib/glossary/search.ts) and the tag filter, in the chosen order. */
export function visibleTerms(
  index: SearchIndex,
  orders: (column: ManagerColumn) => ColumnOrder,
  query: string,
  tag: TagFilter,
  sort: ManagerSort,
): GlossaryTerm[] {
  const order = orders(sort.column);
  const sorted = sort.descending ? [...order.terms.slice(0, order.filled).reverse(), ...order.terms.slice(order.filled)] : order.terms;
  const matching = query.trim() ? new Set(searchTerms(index, query, 'newest')) : null;
  if (!matching && tag.kind === 'all') return sorted;
  return sorted.filter((term) => (!matching || matching.has(term)) && matchesTag(term, tag));
}

/** Every tag in use with how many terms carry it, alphabetically. */
export function tagCounts(terms: readonly GlossaryTerm[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const term of terms) for (const tag of term.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The selection with `ids` added (`on`) or removed. */
export function withSelected(selection: ReadonlySet<string>, ids: readonly string[], on: boolean): Set<string> {
  const next = new Set(selection);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** For the "select all" box over `ids`: checked, unchecked or mixed. */
export function selectionState(selection: ReadonlySet<string>, ids: readonly string[]): 'none' | 'some' | 'all' {
  const selected = ids.filter((id) => selection.has(id)).length;
  return selected === 0 ? 'none' : selected === ids.length ? 'all' : 'some';
}

export interface TermUpdate {
  id: string;
  changes: TermChanges;
}

/** A tag as the reader typed it, cleaned like a stored one; null when nothing is left. */
export function parseTagInput(raw: string): string | null {
  return parseTags([raw])[0] ?? null;
}

/** One item a line (senses). */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Comma-separated, with the Chinese comma and enumeration comma too (tags). */
export function splitTags(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export interface EditFields {
  pinyin: string;
  senses: string;
  note: string;
  tags: string;
}

/** What an edit form starts with; `readEdit` compares against it. */
export function editFields(term: GlossaryTerm, formatPinyin: (syllables: readonly string[]) => string): EditFields {
  return { pinyin: formatPinyin(term.syllables), senses: term.senses.join('\n'), note: term.note, tags: term.tags.join(', ') };
}

/**
 * The changes an edit form asks for, or why it cannot be saved. The reading is sent only when it was changed (a
 * reading shown with marks may not parse back exactly, a neutral tone has none): one syllable with a tone for each
 * character, or empty to clear it.
 */
export function readEdit(term: GlossaryTerm, initial: EditFields, fields: EditFields): { ok: true; changes: TermChanges } | { ok: false; problem: 'pinyin' } {
  const changes: TermChanges = { senses: splitLines(fields.senses), note: fields.note.trim(), tags: splitTags(fields.tags) };
  if (fields.pinyin.trim() !== initial.pinyin.trim()) {
    if (fields.pinyin.trim()) {
      const syllables = parsePinyin(fields.pinyin);
      if (!syllables || syllables.length !== Array.from(term.simplified).length) return { ok: false, problem: 'pinyin' };
      changes.syllables = syllables;
    } else changes.syllables = [];
  }
  return { ok: true, changes };
}
