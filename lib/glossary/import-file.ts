import { GLOSSARY_FULL, type ImportReport } from './glossary-service.ts';
import { importCsv } from './import-csv.ts';
import { importJson } from './import-json.ts';
import type { ImportError } from './import-result.ts';
import { LIMITS, type GlossaryTerm } from './term.ts';

/**
 * An imported file from its text to the reader's report, the one path of the settings page and the command line:
 * read the file, send the glossary what it can take, and say what was imported and, line by line, what was not.
 */
export type ImportFormat = 'json' | 'csv';

export function isImportFormat(value: unknown): value is ImportFormat {
  return value === 'json' || value === 'csv';
}

/** A JSON backup starts with `{` or `[` (after blanks or a byte order mark); anything else is read as CSV. */
export function importFormatOf(text: string): ImportFormat {
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** The glossary an import goes into: the background's (through messages) or one in memory. */
export interface ImportTarget {
  /** Ids of the terms stored now: a term already there is merged whatever the glossary's size. */
  storedIds(): Promise<readonly string[]>;
  /** At most `LIMITS.terms` terms a call, as the background accepts. */
  merge(terms: GlossaryTerm[]): Promise<ImportReport>;
}

/** What an import did: null `report` when the file gave no term to import; `errors` for every record left out. */
export interface GlossaryImport {
  report: ImportReport | null;
  errors: ImportError[];
}

/**
 * Imports `text` into `target`. Terms already stored, then new ones in file order while there is room, are sent;
 * the rest are reported at their lines as not imported, and so is any term a save made meanwhile left no room for.
 */
export async function importGlossaryFile(text: string, format: ImportFormat, now: number, target: ImportTarget): Promise<GlossaryImport> {
  const read = format === 'json' ? importJson(text, now) : importCsv(text, now);
  if (read.terms.length === 0) return { report: null, errors: read.errors };
  const stored = new Set(await target.storedIds());
  let room = LIMITS.terms - stored.size;
  const sent: GlossaryTerm[] = [];
  const leftOut: string[] = [];
  for (const term of read.terms) {
    const known = stored.has(term.id);
    if (sent.length < LIMITS.terms && (known || room > 0)) {
      sent.push(term);
      if (!known) room--;
    } else leftOut.push(term.id);
  }
  const merged: ImportReport = sent.length > 0 ? await target.merge(sent) : { added: 0, updated: 0, replaced: [], dropped: [] };
  const dropped = [...leftOut, ...merged.dropped];
  const where = new Map(read.terms.map((term, i) => [term.id, { word: term.simplified, line: read.lines[i] ?? 0 }]));
  const full = dropped
    .map((id) => where.get(id) ?? { word: id, line: 0 })
    .sort((a, b) => a.line - b.line)
    .map(({ word, line }) => ({ line, reason: `${word} not imported: ${GLOSSARY_FULL}` }));
  return { report: { ...merged, dropped }, errors: [...read.errors, ...full] };
}
