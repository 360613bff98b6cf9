import { storage } from '@wxt-dev/storage';
import type { GlossaryStore } from '../lib/glossary/glossary-service.ts';
import type { Glossary } from '../lib/glossary/term.ts';

/**
 * The glossary in local storage (large, and with `unlimitedStorage` not bound by the 10 MB quota). The value is
 * read as unknown: lib/glossary/migrations.ts validates and migrates whatever it finds.
 */
const glossaryItem = storage.defineItem<unknown>('local:glossary');

export const browserGlossaryStore: GlossaryStore = {
  read: () => glossaryItem.getValue(),
  write: async (glossary: Glossary) => {
    try {
      await glossaryItem.setValue(glossary);
    } catch (error) {
      // The stored copy is untouched when a write fails: say why, and lose nothing.
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`The glossary could not be saved (${reason}). Nothing stored was lost.`);
    }
  },
};

export function watchGlossary(onChange: () => void): () => void {
  return glossaryItem.watch(() => onChange());
}
