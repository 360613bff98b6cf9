import type { GlossaryStore } from './glossary-service.ts';
import type { StoredGlossary } from './storage-layout.ts';
import type { Glossary } from './term.ts';

/** A glossary kept in memory, starting empty: the command line's, which has no browser storage. */
export class MemoryGlossaryStore implements GlossaryStore {
  private glossary: Glossary | undefined;

  async read(): Promise<StoredGlossary> {
    return { document: this.glossary, layout: 'current', revision: 0 };
  }

  async write(glossary: Glossary): Promise<void> {
    this.glossary = glossary;
  }
}
