import { dedupeTerms } from './glossary.ts';
import { mergeTerm, replacedScalars, union } from './merge-term.ts';
import {
  contextKey,
  isRecord,
  LIMITS,
  normalizeContexts,
  parseContextFields,
  parseContexts,
  parseNote,
  parseSenses,
  parseSyllables,
  parseTags,
  parseWord,
  termId,
  type Glossary,
  type GlossaryTerm,
  type TermContext,
} from './term.ts';

/**
 * Changes to a glossary, each returning a new glossary and leaving the old one (and its unchanged terms) as they
 * were, so a search index can keep its entries. Storage should apply them one at a time to the latest stored
 * glossary (the background serialising writes); `mergeGlossaries` reconciles copies that diverged anyway.
 */

/** What the hover card, popup or context menu sends to save a word. */
export type SaveTermInput = Pick<GlossaryTerm, 'simplified' | 'traditional' | 'syllables' | 'senses' | 'note' | 'tags'> & {
  context?: Omit<TermContext, 'savedAt'>;
};

export type SaveResult = { ok: true; glossary: Glossary; term: GlossaryTerm } | { ok: false; reason: 'full' };

/** A save request from a message; null when its words are unusable. Other fields are repaired like stored ones. */
export function parseSaveTermInput(raw: unknown): SaveTermInput | null {
  if (!isRecord(raw)) return null;
  const simplified = parseWord(raw.simplified);
  const traditional = parseWord(raw.traditional);
  if (!simplified || !traditional || Array.from(simplified).length !== Array.from(traditional).length) return null;
  const input: SaveTermInput = {
    simplified,
    traditional,
    syllables: parseSyllables(raw.syllables, simplified),
    senses: parseSenses(raw.senses),
    note: parseNote(raw.note),
    tags: parseTags(raw.tags),
  };
  const context = parseContextFields(raw.context);
  if (context) input.context = context;
  return input;
}

function appendNote(note: string, addition: string): string {
  if (!addition || note.includes(addition)) return note;
  return parseNote(note ? `${note}\n${addition}` : addition);
}

/**
 * Saves a word, or adds to the term already saved for it: the new context unless that sentence on that page is
 * already there, senses and tags as unions, the note appended unless already contained. The first reading stays
 * (the one the reader saw when first saving it; `updateTerm` changes it).
 */
export function saveTerm(glossary: Glossary, input: SaveTermInput, now: number): SaveResult {
  const id = termId(input.simplified, input.traditional);
  const contexts: TermContext[] = input.context ? [{ ...input.context, savedAt: now }] : [];
  const existing = glossary.terms.find((term) => term.id === id);
  if (!existing) {
    if (glossary.terms.length >= LIMITS.terms) return { ok: false, reason: 'full' };
    const { simplified, traditional, note } = input;
    const lists = { syllables: [...input.syllables], senses: [...input.senses], tags: [...input.tags] };
    const term: GlossaryTerm = { id, simplified, traditional, ...lists, note, contexts, createdAt: now, updatedAt: now };
    return { ok: true, glossary: { ...glossary, terms: [...glossary.terms, term] }, term };
  }
  const known = new Set(existing.contexts.map(contextKey));
  const term: GlossaryTerm = {
    ...existing,
    syllables: existing.syllables.length > 0 ? existing.syllables : [...input.syllables],
    senses: union(existing.senses, input.senses, LIMITS.senses),
    note: appendNote(existing.note, input.note),
    tags: union(existing.tags, input.tags, LIMITS.tags),
    contexts: normalizeContexts([...existing.contexts, ...contexts.filter((context) => !known.has(contextKey(context)))]),
    updatedAt: Math.max(now, existing.updatedAt),
  };
  return { ok: true, glossary: replaceTerm(glossary, term), term };
}

function replaceTerm(glossary: Glossary, term: GlossaryTerm): Glossary {
  return { ...glossary, terms: glossary.terms.map((old) => (old.id === term.id ? term : old)) };
}

/** What the reader may edit. The words themselves are the term's identity: a different word is a new term. */
export interface TermChanges {
  syllables?: string[];
  senses?: string[];
  note?: string;
  tags?: string[];
  contexts?: TermContext[];
}

/** An edit from a message; fields absent or of the wrong type are left out, the rest repaired like stored ones. */
export function parseTermChanges(raw: unknown): TermChanges | null {
  if (!isRecord(raw)) return null;
  const changes: TermChanges = {};
  if (Array.isArray(raw.syllables)) changes.syllables = raw.syllables.filter((item): item is string => typeof item === 'string');
  if (Array.isArray(raw.senses)) changes.senses = parseSenses(raw.senses);
  if (typeof raw.note === 'string') changes.note = parseNote(raw.note);
  if (Array.isArray(raw.tags)) changes.tags = parseTags(raw.tags);
  if (Array.isArray(raw.contexts)) changes.contexts = parseContexts(raw.contexts);
  return changes;
}

/** The glossary with one term edited; unchanged when no term has that id. A reading that does not fit the word is cleared. */
export function updateTerm(glossary: Glossary, id: string, changes: TermChanges, now: number): Glossary {
  const existing = glossary.terms.find((term) => term.id === id);
  if (!existing) return glossary;
  const term: GlossaryTerm = {
    ...existing,
    syllables: changes.syllables ? parseSyllables(changes.syllables, existing.simplified) : existing.syllables,
    senses: changes.senses ? parseSenses(changes.senses) : existing.senses,
    note: changes.note === undefined ? existing.note : parseNote(changes.note),
    tags: changes.tags ? parseTags(changes.tags) : existing.tags,
    contexts: changes.contexts ? normalizeContexts(changes.contexts) : existing.contexts,
    updatedAt: Math.max(now, existing.updatedAt),
  };
  return replaceTerm(glossary, term);
}

/** The term with `tag` added or removed (and marked edited), or as it was when that changes nothing or it is full. */
export function retagged(term: GlossaryTerm, tag: string, add: boolean, now: number): GlossaryTerm {
  if (term.tags.includes(tag) === add || (add && term.tags.length >= LIMITS.tags)) return term;
  const tags = add ? [...term.tags, tag] : term.tags.filter((other) => other !== tag);
  return { ...term, tags, updatedAt: Math.max(now, term.updatedAt) };
}

/** What a tag change did: terms changed, and terms left without the tag because they have the most tags allowed. */
export interface RetagReport {
  changed: number;
  full: number;
}

/** A tag added to (or removed from) the terms with these ids; a full list of tags is never cut to make room. */
export function retagTerms(glossary: Glossary, ids: readonly string[], tag: string, add: boolean, now: number): RetagReport & { glossary: Glossary } {
  const wanted = new Set(ids);
  const report: RetagReport = { changed: 0, full: 0 };
  const terms = glossary.terms.map((term) => {
    if (!wanted.has(term.id)) return term;
    const next = retagged(term, tag, add, now);
    if (next !== term) report.changed++;
    else if (add && !term.tags.includes(tag)) report.full++;
    return next;
  });
  return { glossary: report.changed > 0 ? { ...glossary, terms } : glossary, ...report };
}

/** Deleted terms with their places, all that undo needs. */
export interface DeletedTerms {
  removed: { index: number; term: GlossaryTerm }[];
}

export function deleteTerms(glossary: Glossary, ids: readonly string[]): { glossary: Glossary; deleted: DeletedTerms } {
  const doomed = new Set(ids);
  const removed: DeletedTerms['removed'] = [];
  const terms = glossary.terms.filter((term, index) => {
    if (!doomed.has(term.id)) return true;
    removed.push({ index, term });
    return false;
  });
  return { glossary: { ...glossary, terms }, deleted: { removed } };
}

export type RestoreResult = { ok: true; glossary: Glossary } | { ok: false; reason: 'full'; excess: number };

/**
 * Undo of `deleteTerms`: each term back in its place. A term saved again since the deletion is merged with the
 * restored one, so the new context is kept too. Refused as a whole when the terms put back would take the glossary
 * past `LIMITS.terms` (words saved meanwhile took their room): `excess` says how many.
 */
export function restoreTerms(glossary: Glossary, deleted: DeletedTerms): RestoreResult {
  const present = new Set(glossary.terms.map((term) => term.id));
  const returning = new Set(deleted.removed.map(({ term }) => term.id).filter((id) => !present.has(id)));
  const excess = glossary.terms.length + returning.size - LIMITS.terms;
  if (returning.size > 0 && excess > 0) return { ok: false, reason: 'full', excess };
  const terms = [...glossary.terms];
  for (const { index, term } of [...deleted.removed].sort((a, b) => a.index - b.index)) {
    const current = terms.findIndex((candidate) => candidate.id === term.id);
    if (current >= 0) terms[current] = mergeTerm(term, terms[current] ?? term);
    else terms.splice(Math.min(index, terms.length), 0, term);
  }
  return { ok: true, glossary: { ...glossary, terms } };
}

export interface MergeReport {
  glossary: Glossary;
  /** Ids of terms that were new to `local`. */
  added: string[];
  /** Ids of terms of `local` that gained something. */
  updated: string[];
  /** Ids whose reading or note in `local` was replaced by a newer one from `incoming`, for the import to show. */
  replaced: string[];
  /** Ids of incoming terms left out because the glossary is full. */
  dropped: string[];
}

/**
 * An import, or another tab's copy, merged into `local` term by term (`mergeTerm`: unions for contexts, senses
 * and tags; for the reading and note the later edit wins, but never with an empty value). New terms go at the end.
 */
export function mergeGlossaries(local: Glossary, incoming: Glossary): MergeReport {
  const byId = new Map(local.terms.map((term) => [term.id, term]));
  const report: MergeReport = { glossary: local, added: [], updated: [], replaced: [], dropped: [] };
  const additions: GlossaryTerm[] = [];
  for (const term of dedupeTerms(incoming.terms)) {
    const existing = byId.get(term.id);
    if (!existing) {
      if (local.terms.length + additions.length >= LIMITS.terms) report.dropped.push(term.id);
      else {
        additions.push(term);
        report.added.push(term.id);
      }
      continue;
    }
    const merged = mergeTerm(existing, term);
    if (JSON.stringify(merged) === JSON.stringify(existing)) continue;
    byId.set(term.id, merged);
    report.updated.push(term.id);
    if (replacedScalars(existing, merged)) report.replaced.push(term.id);
  }
  report.glossary = { ...local, terms: [...local.terms.map((term) => byId.get(term.id) ?? term), ...additions] };
  return report;
}
