import { mergeGlossaries } from './operations.ts';
import { GLOSSARY_VERSION, isRecord, LIMITS, type GlossaryTerm } from './term.ts';

/**
 * Decisions of one round of glossary sync, kept free of storage so they can be tested. Sync only ever adds: terms
 * and their contents are merged (`mergeGlossaries`, which never loses a local term), and no browser deletes a term
 * because another did. A term deleted here must not come straight back from the copy this browser pushed earlier,
 * though, so this browser remembers its own deletions and skips those copies when merging.
 */
export interface SyncMemory {
  /** Ids of the local glossary when it last synced: one missing now was deleted here since. */
  knownIds: string[];
  /** Terms deleted here, by id, with when that was noticed: copies in sync storage not edited since are skipped. */
  deleted: Record<string, number>;
}

export const EMPTY_SYNC_MEMORY: Readonly<SyncMemory> = Object.freeze({ knownIds: [], deleted: {} });

/** Stored memory, validated: anything unusable is forgotten, which at worst lets a deleted term come back. */
export function parseSyncMemory(raw: unknown): SyncMemory {
  if (!isRecord(raw)) return { knownIds: [], deleted: {} };
  const knownIds = Array.isArray(raw.knownIds) ? raw.knownIds.filter((id): id is string => typeof id === 'string') : [];
  const deleted: Record<string, number> = {};
  if (isRecord(raw.deleted)) {
    for (const [id, at] of Object.entries(raw.deleted)) if (typeof at === 'number' && Number.isFinite(at)) deleted[id] = at;
  }
  return { knownIds, deleted };
}

/**
 * The deletions known after this round: terms present again (saved anew, or restored by undo) are no longer
 * deleted, and terms synced before but missing now were deleted here. An empty glossary infers nothing: it is more
 * likely unreadable or new than emptied by hand, and the copy in sync storage is then what brings the terms back.
 */
export function noteDeletions(local: readonly GlossaryTerm[], memory: SyncMemory, now: number): Record<string, number> {
  const present = new Set(local.map((term) => term.id));
  const deleted = Object.entries(memory.deleted).filter(([id]) => !present.has(id));
  if (present.size > 0) {
    const known = new Set(deleted.map(([id]) => id));
    for (const id of memory.knownIds) if (!present.has(id) && !known.has(id)) deleted.push([id, now]);
  }
  // The newest deletions are the ones whose copies may still be in sync storage.
  return Object.fromEntries(deleted.sort((a, b) => b[1] - a[1]).slice(0, LIMITS.terms));
}

/** The pushed terms to merge here: all but copies of terms deleted here that nobody edited since. */
export function incomingTerms(remote: readonly GlossaryTerm[], deleted: Record<string, number>): GlossaryTerm[] {
  return remote.filter((term) => !(term.id in deleted) || term.updatedAt > (deleted[term.id] ?? 0));
}

/** Whether merging `incoming` into `base` would change it: new terms, or something a term lacks. */
export function mergeWouldChange(base: readonly GlossaryTerm[], incoming: readonly GlossaryTerm[]): boolean {
  const report = mergeGlossaries({ version: GLOSSARY_VERSION, terms: [...base] }, { version: GLOSSARY_VERSION, terms: [...incoming] });
  return report.added.length > 0 || report.updated.length > 0;
}

/**
 * Whether this browser should push: when sync storage lacks something of the local glossary. Pushing only then
 * (not whenever the copies differ) ends every exchange: two browsers whose copies differ only in what merging
 * keeps as it is (the order of senses, a tie between two notes) leave each other's pushes alone.
 */
export function needsPush(remote: readonly GlossaryTerm[] | null, local: readonly GlossaryTerm[]): boolean {
  return remote === null ? local.length > 0 : mergeWouldChange(remote, local);
}

export function rememberSynced(local: readonly GlossaryTerm[], deleted: Record<string, number>): SyncMemory {
  return { knownIds: local.map((term) => term.id), deleted };
}
