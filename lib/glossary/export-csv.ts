import { CSV_COLUMNS, LIST_SEPARATOR, type CsvColumn } from './csv-columns.ts';
import { neutralizeFormulaCell, writeCsv } from './csv.ts';
import type { GlossaryTerm, TermContext } from './term.ts';

/**
 * UTF-8 with a byte order mark: Excel, where most readers open a CSV, reads a file without one in the system's
 * legacy code page and garbles every Chinese character; LibreOffice, Google Sheets and our own import skip the mark.
 */
const BOM = '\uFEFF';

function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

function record(term: GlossaryTerm, context: TermContext | undefined): string[] {
  const cells: Record<CsvColumn, string> = {
    simplified: term.simplified,
    traditional: term.traditional,
    pinyin: term.syllables.join(' '),
    senses: term.senses.join(LIST_SEPARATOR),
    note: term.note,
    tags: term.tags.join(LIST_SEPARATOR),
    sentence: context?.sentence ?? '',
    aligned_english: context?.alignedEnglish ?? '',
    url: context?.url ?? '',
    title: context?.title ?? '',
    page_date: context?.pageDate ?? '',
    saved_at: context ? isoTime(context.savedAt) : '',
    created_at: isoTime(term.createdAt),
    updated_at: isoTime(term.updatedAt),
  };
  return CSV_COLUMNS.map((column) => neutralizeFormulaCell(cells[column]));
}

export function exportCsv(terms: readonly GlossaryTerm[]): string {
  const records = terms.flatMap((term) => (term.contexts.length > 0 ? term.contexts.map((context) => record(term, context)) : [record(term, undefined)]));
  return `${BOM}${writeCsv([[...CSV_COLUMNS], ...records])}`;
}
