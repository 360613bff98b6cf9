import type { SqlJsStatic } from 'sql.js';
import { buildApkg } from '../anki/apkg.ts';
import { DEFAULT_DECK_NAME } from '../anki/note-type.ts';
import { exportAnki } from './export-anki.ts';
import { exportCsv } from './export-csv.ts';
import { exportJson } from './export-json.ts';
import { exportPleco } from './export-pleco.ts';
import { importJson } from './import-json.ts';
import { decodeImportFile } from './import-text.ts';
import { GLOSSARY_VERSION } from './term.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'anki', 'pleco', 'apkg'] as const;

export type ExportFileFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFileFormat {
  return EXPORT_FORMATS.some((format) => format === value);
}

/** What `duizhao glossary export` writes: the file (null when the backup gave no term and said why), and its problems. */
export interface GlossaryExportOutput {
  file: string | Uint8Array<ArrayBuffer> | null;
  problems: string[];
}

/**
 * A JSON backup (the settings page's) converted into an export as the settings page writes it. The backup is read
 * as an import reads it: terms it cannot use are reported (`line N: reason`) and the rest exported. Only the .apkg
 * needs SQLite, loaded then.
 */
export async function glossaryExportCommand(
  backup: Uint8Array,
  format: ExportFileFormat,
  deck: string | undefined,
  now: number,
  loadSql: () => Promise<SqlJsStatic>,
): Promise<GlossaryExportOutput> {
  const read = importJson(decodeImportFile(backup), now);
  const problems = read.errors.map(({ line, reason }) => (line > 0 ? `line ${line}: ${reason}` : reason));
  if (read.terms.length === 0 && problems.length > 0) return { file: null, problems };
  const anki = { deck: deck ?? DEFAULT_DECK_NAME, recall: false };
  const file =
    format === 'json'
      ? exportJson({ version: GLOSSARY_VERSION, terms: read.terms }, now)
      : format === 'csv'
        ? exportCsv(read.terms)
        : format === 'anki'
          ? exportAnki(read.terms, anki)
          : format === 'pleco'
            ? exportPleco(read.terms)
            : await buildApkg(await loadSql(), read.terms, anki, now);
  return { file, problems };
}
