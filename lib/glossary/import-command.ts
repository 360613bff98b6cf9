import { exportJson } from './export-json.ts';
import { GlossaryService } from './glossary-service.ts';
import { importGlossaryFile, type ImportFormat } from './import-file.ts';
import { decodeImportFile } from './import-text.ts';
import { MemoryGlossaryStore } from './memory-store.ts';
import { GLOSSARY_VERSION } from './term.ts';

/** What `duizhao glossary import` prints: the backup (null when nothing could be read) and one line a problem. */
export interface GlossaryImportOutput {
  backup: string | null;
  problems: string[];
}

/**
 * A file imported into an empty glossary by the settings page's import (lib/glossary/import-file.ts), its result
 * as the settings page's JSON backup. Problems read `line N: reason`, or the reason alone for the whole file.
 */
export async function glossaryImportCommand(bytes: Uint8Array, format: ImportFormat, now: number): Promise<GlossaryImportOutput> {
  const glossary = new GlossaryService(new MemoryGlossaryStore(), () => now);
  const imported = await importGlossaryFile(decodeImportFile(bytes), format, now, {
    storedIds: async () => (await glossary.list()).map((term) => term.id),
    merge: (terms) => glossary.merge(terms),
  });
  const problems = imported.errors.map(({ line, reason }) => (line > 0 ? `line ${line}: ${reason}` : reason));
  // A file that gave no term and a reason why could not be read; an empty backup is read, and empty.
  if (imported.report === null && problems.length > 0) return { backup: null, problems };
  return { backup: exportJson({ version: GLOSSARY_VERSION, terms: [...(await glossary.list())] }, now), problems };
}
