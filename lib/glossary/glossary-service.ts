import { loadGlossary } from './migrations.ts';
import {
  deleteTerms,
  mergeGlossaries,
  restoreTerms,
  saveTerm,
  updateTerm,
  type DeletedTerms,
  type SaveTermInput,
  type TermChanges,
} from './operations.ts';
import { GLOSSARY_VERSION, isRecord, LIMITS, parseTerm, termId, type Glossary, type GlossaryTerm } from './term.ts';

/** What an import did, for the reader: counts, and the words whose reading or note the file replaced. */
export interface ImportReport {
  added: number;
  updated: number;
  replaced: string[];
  dropped: number;
}

/** Where the glossary is kept: browser storage in the extension, memory in tests. */
export interface GlossaryStore {
  read(): Promise<unknown>;
  write(glossary: Glossary): Promise<void>;
}

/**
 * The glossary's one writer. Every change reads the stored copy afresh, applies one operation and writes it back,
 * one change at a time, so that two tabs saving at once both land and nothing is lost.
 */
export class GlossaryService {
  private queue: Promise<unknown> = Promise.resolve();
  private cached: Glossary | null = null;

  constructor(
    private readonly store: GlossaryStore,
    private readonly clock: () => number = Date.now,
  ) {}

  save(input: SaveTermInput): Promise<GlossaryTerm> {
    return this.change((glossary) => {
      const result = saveTerm(glossary, input, this.clock());
      if (!result.ok) throw new Error('The glossary is full: delete or export some terms first.');
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

  delete(ids: readonly string[]): Promise<DeletedTerms> {
    return this.change((glossary) => {
      const { glossary: next, deleted } = deleteTerms(glossary, ids);
      return { glossary: next, value: deleted };
    });
  }

  restore(deleted: DeletedTerms): Promise<number> {
    return this.change((glossary) => {
      const next = restoreTerms(glossary, deleted);
      return { glossary: next, value: next.terms.length };
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

  async list(): Promise<GlossaryTerm[]> {
    return (await this.current()).terms;
  }

  /** The saved term for a word, if any (lookups mark saved words on the card). */
  async find(simplified: string, traditional: string): Promise<GlossaryTerm | undefined> {
    const id = termId(simplified, traditional);
    return (await this.current()).terms.find((term) => term.id === id);
  }

  /** Drops the in-memory copy: storage was changed by someone else (another browser through sync, an import). */
  forget(): void {
    this.cached = null;
  }

  private async current(): Promise<Glossary> {
    await this.queue.catch(() => undefined);
    if (!this.cached) this.cached = (await this.load()).glossary;
    return this.cached;
  }

  private async load(): Promise<ReturnType<typeof loadGlossary>> {
    return loadGlossary(await this.store.read(), this.clock());
  }

  private change<T>(operation: (glossary: Glossary) => { glossary: Glossary; value: T }): Promise<T> {
    const next = this.queue.catch(() => undefined).then(async () => {
      const { glossary, status } = await this.load();
      if (status === 'newer') throw new Error('The glossary was saved by a newer version of Duizhao: update it before changing the glossary.');
      const result = operation(glossary);
      await this.store.write(result.glossary);
      this.cached = result.glossary;
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
