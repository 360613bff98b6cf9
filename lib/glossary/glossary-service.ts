import { loadGlossary, type LoadStatus } from './migrations.ts';
import {
  deleteTerms,
  mergeGlossaries,
  restoreTerms,
  retagTerms,
  saveTerm,
  updateTerm,
  type DeletedTerms,
  type RetagReport,
  type SaveTermInput,
  type TermChanges,
} from './operations.ts';
import type { StoredGlossary } from './storage-layout.ts';
import { GLOSSARY_VERSION, isRecord, LIMITS, parseTerm, termId, type Glossary, type GlossaryTerm } from './term.ts';

/** What an import did, for the reader: counts, the words whose reading or note the file replaced, and the ids left out. */
export interface ImportReport {
  added: number;
  updated: number;
  replaced: string[];
  /** Ids of the terms left out because the glossary is full. */
  dropped: string[];
}

/** Stored data that could not be read, for the reader: how many storage items, and whether it stops every change. */
export interface GlossaryDamage {
  items: number;
  readOnly: boolean;
}

/** Why a term could not be added, in the words of errors and import reports. */
const HOLDS = `it holds at most ${LIMITS.terms.toLocaleString('en')} terms`;
export const GLOSSARY_FULL = `the glossary is full (${HOLDS})`;

/** Where the glossary is kept: browser storage in the extension, memory in tests and the command line. */
export interface GlossaryStore {
  read(): Promise<StoredGlossary>;
  /**
   * Stores `glossary`; only the terms whose ids are in `changed` (added, edited or deleted) differ from before.
   * A write that would replace or remove an item of `keep` (read but not understood) must fail, storing nothing.
   */
  write(glossary: Glossary, changed: ReadonlySet<string> | 'all', keep: ReadonlySet<string>): Promise<void>;
}

interface Loaded {
  glossary: Glossary;
  status: LoadStatus;
  /** Stored items holding what could not be read: never written over. */
  keep: ReadonlySet<string>;
  damage: GlossaryDamage | null;
}

/** Ids of the terms a change added, replaced or removed: operations keep unchanged terms as the same objects. */
function changedIds(before: Glossary, after: Glossary): Set<string> {
  const old = new Map(before.terms.map((term) => [term.id, term]));
  const changed = new Set<string>();
  for (const term of after.terms) {
    if (old.get(term.id) !== term) changed.add(term.id);
    old.delete(term.id);
  }
  for (const id of old.keys()) changed.add(id);
  return changed;
}

/**
 * The glossary's one writer (the background). It reads storage once and keeps the glossary in memory across its
 * own writes, applying changes one at a time in order, so that two tabs saving at once both land; `forget` is for
 * changes made by anyone else.
 */
export class GlossaryService {
  private queue: Promise<unknown> = Promise.resolve();
  private loaded: Promise<Loaded> | null = null;
  /** What `loaded` resolved to, for answers that must not wait for storage. */
  private ready: Loaded | null = null;
  /** Rewriting a glossary read in an older form; changes wait for it, reads need not. */
  private migration: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: GlossaryStore,
    private readonly clock: () => number = Date.now,
  ) {}

  save(input: SaveTermInput): Promise<GlossaryTerm> {
    return this.change((glossary) => {
      const result = saveTerm(glossary, input, this.clock());
      if (!result.ok) throw new Error(`The glossary is full (${HOLDS}): delete or export some terms first.`);
      return { glossary: result.glossary, value: result.term };
    });
  }

  /** Edits a saved term (reading, senses, note, tags); an id no longer in the glossary is an error, not a silent no-op. */
  update(id: string, changes: TermChanges): Promise<GlossaryTerm> {
    return this.change((glossary) => {
      const next = updateTerm(glossary, id, changes, this.clock());
      const term = next.terms.find((candidate) => candidate.id === id);
      if (!term) throw new Error('That term is no longer in the glossary (deleted in another window?).');
      return { glossary: next, value: term };
    });
  }

  /** Adds a tag to many terms, or removes it from them, in one write. */
  retag(ids: readonly string[], tag: string, add: boolean): Promise<RetagReport> {
    return this.change((glossary) => {
      const { glossary: next, ...report } = retagTerms(glossary, ids, tag, add, this.clock());
      return { glossary: next, value: report };
    });
  }

  delete(ids: readonly string[]): Promise<DeletedTerms> {
    return this.change((glossary) => {
      const { glossary: next, deleted } = deleteTerms(glossary, ids);
      return { glossary: next, value: deleted };
    });
  }

  /** Undo of a deletion; refused, changing nothing, when words saved since took the room of the deleted terms. */
  restore(deleted: DeletedTerms): Promise<number> {
    return this.change((glossary) => {
      const result = restoreTerms(glossary, deleted);
      if (!result.ok) {
        const terms = result.excess === 1 ? '1 term' : `${result.excess.toLocaleString('en')} terms`;
        throw new Error(`The glossary is full (${HOLDS}), and undoing would take it past that: delete ${terms}, then undo again.`);
      }
      return { glossary: result.glossary, value: result.glossary.terms.length };
    });
  }

  /** Merges imported terms: nothing stored is lost; unions for contexts, senses and tags. */
  merge(terms: readonly GlossaryTerm[]): Promise<ImportReport> {
    return this.change((glossary) => {
      const report = mergeGlossaries(glossary, { version: GLOSSARY_VERSION, terms: [...terms] });
      return {
        glossary: report.glossary,
        value: { added: report.added.length, updated: report.updated.length, replaced: report.replaced, dropped: report.dropped },
      };
    });
  }

  /** The terms, oldest first; the same array until the glossary changes. */
  async list(): Promise<readonly GlossaryTerm[]> {
    await this.queue.catch(() => undefined);
    return (await this.current()).glossary.terms;
  }

  /** What of the stored glossary could not be read; null when all of it was. */
  async damage(): Promise<GlossaryDamage | null> {
    await this.queue.catch(() => undefined);
    return (await this.current()).damage;
  }

  /**
   * The saved term for a word if the glossary is in memory, undefined if it is not saved, and null while the
   * glossary is still being read (which this starts): for a hover card that should not wait a second for storage.
   */
  findNow(simplified: string, traditional: string): GlossaryTerm | undefined | null {
    if (!this.ready) {
      this.current().catch(() => undefined);
      return null;
    }
    const id = termId(simplified, traditional);
    return this.ready.glossary.terms.find((term) => term.id === id);
  }

  /** Drops the in-memory copy: storage was changed by someone else (an older or newer version, a test). */
  forget(): void {
    this.loaded = null;
    this.ready = null;
  }

  /**
   * The glossary as stored, read once. A document of an older version, or in the old single item, is written
   * back in the current form, so that it is migrated once rather than at every start; the reader need not wait
   * for that (seconds with 10,000 terms). Items holding what could not be read (a damaged shard, or one with a
   * term that is no valid term) are kept as they are: changes that would write over them fail, and so the move
   * waits until nothing is unreadable.
   */
  private current(): Promise<Loaded> {
    if (this.loaded) return this.loaded;
    const loading = this.store.read().then((stored): Loaded => {
      const { glossary, status, rejected } = loadGlossary(stored.document, this.clock());
      const sourceOf = stored.sourceOf ?? (() => undefined);
      const keep = new Set([...(stored.unreadable ?? []), ...rejected.flatMap((index) => sourceOf(index) ?? [])]);
      const damage = keep.size > 0 ? { items: keep.size, readOnly: stored.readOnly ?? false } : null;
      const outdated = status === 'migrated' || (stored.layout === 'outdated' && status === 'current');
      // Should the move fail (a full disk), the old copy stays and is read again next time: nothing is lost.
      if (outdated && !damage) this.migration = this.migration.then(() => this.store.write(glossary, 'all', keep)).catch(() => undefined);
      return { glossary, status, keep, damage };
    });
    this.loaded = loading;
    loading.then(
      (loaded) => {
        // A forget() meanwhile wants the next read, not this one.
        if (this.loaded === loading) this.ready = loaded;
      },
      () => {
        // A failed read is tried again next time rather than remembered.
        if (this.loaded === loading) this.loaded = null;
      },
    );
    return loading;
  }

  private change<T>(operation: (glossary: Glossary) => { glossary: Glossary; value: T }): Promise<T> {
    const next = this.queue.catch(() => undefined).then(async () => {
      const loaded = await this.current();
      await this.migration;
      if (loaded.status === 'newer') throw new Error('The glossary was saved by a newer version of Duizhao: update it before changing the glossary.');
      const result = operation(loaded.glossary);
      const changed = changedIds(loaded.glossary, result.glossary);
      if (changed.size > 0) await this.store.write(result.glossary, changed, loaded.keep);
      this.ready = { ...loaded, glossary: result.glossary, status: 'current' };
      this.loaded = Promise.resolve(this.ready);
      return result.value;
    });
    this.queue = next;
    return next;
  }
}

/** An undo payload coming back from the popup, validated like everything else that enters. */
export function parseDeletedTerms(raw: unknown): DeletedTerms | null {
  if (!isRecord(raw) || !Array.isArray(raw.removed)) return null;
  const removed: DeletedTerms['removed'] = [];
  for (const item of raw.removed) {
    if (!isRecord(item) || typeof item.index !== 'number' || !Number.isInteger(item.index) || item.index < 0) return null;
    const term = parseTerm(item.term);
    if (!term) return null;
    removed.push({ index: item.index, term });
  }
  return { removed };
}

/** Imported terms coming from the options page, validated again where they enter the background. */
export function parseImportedTerms(raw: unknown): GlossaryTerm[] | null {
  if (!Array.isArray(raw) || raw.length > LIMITS.terms) return null;
  const terms: GlossaryTerm[] = [];
  for (const item of raw) {
    const term = parseTerm(item);
    if (!term) return null;
    terms.push(term);
  }
  return terms;
}
