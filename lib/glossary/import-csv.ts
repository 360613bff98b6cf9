import { CSV_COLUMNS, LIST_SEPARATOR, type CsvColumn } from './csv-columns.ts';
import { readCsv, restoreFormulaCell, type CsvRecord } from './csv.ts';
import { dedupeTerms } from './glossary.ts';
import type { ImportError, ImportResult } from './import-result.ts';
import { ENCODING_PROBLEM, looksLikeUtf16, MAX_IMPORT_CHARS, MAX_IMPORT_RECORDS, REPLACEMENT_CHARACTER, tooManyRecords } from './import-text.ts';
import { parsePinyin } from './pinyin-input.ts';
import { contextKey, parseTerm, parseTime, parseWord, type GlossaryTerm } from './term.ts';

/**
 * CSV as `exportCsv` writes it, or any CSV whose header names some of its columns (in any order, any case; extra
 * columns ignored). Only `simplified` is required: a missing `traditional` is the simplified word, missing times
 * are the import time. Pinyin may be numbered or marked. A cell's formula guard (`neutralizeFormulaCell`) is taken off.
 */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

type Cells = Partial<Record<CsvColumn, string>>;

function timeCell(value: string | undefined, now: number): number | null {
  if (!value) return now;
  return ISO_TIME.test(value) ? parseTime(Date.parse(value)) : null;
}

function listCell(value: string | undefined): string[] {
  return value ? value.split(LIST_SEPARATOR) : [];
}

/** A term of one record, or why the record cannot be one. */
function termOf(cells: Cells, now: number): GlossaryTerm | string {
  const simplified = parseWord(cells.simplified);
  if (!simplified) return 'simplified is not a Chinese word';
  const traditional = cells.traditional ? parseWord(cells.traditional) : simplified;
  if (!traditional) return 'traditional is not a Chinese word';
  if (Array.from(simplified).length !== Array.from(traditional).length) return 'simplified and traditional differ in length';
  const syllables = cells.pinyin ? parsePinyin(cells.pinyin) : [];
  if (!syllables || (syllables.length > 0 && syllables.length !== Array.from(simplified).length)) return `pinyin "${cells.pinyin ?? ''}" does not read ${simplified}`;
  const createdAt = timeCell(cells.created_at, now);
  const updatedAt = timeCell(cells.updated_at, now);
  const savedAt = timeCell(cells.saved_at, now);
  if (createdAt === null || updatedAt === null || savedAt === null) return 'a time is not an ISO 8601 UTC time';
  const context = cells.sentence
    ? { sentence: cells.sentence, alignedEnglish: cells.aligned_english, url: cells.url, title: cells.title, pageDate: cells.page_date, savedAt }
    : null;
  const term = parseTerm({
    simplified,
    traditional,
    syllables,
    senses: listCell(cells.senses),
    note: cells.note,
    tags: listCell(cells.tags),
    contexts: context ? [context] : [],
    createdAt,
    updatedAt,
  });
  if (!term) return 'not a valid term';
  if (context && term.contexts.length === 0) return 'the sentence has no valid context';
  return term;
}

function columnsOf(header: CsvRecord): (CsvColumn | null)[] {
  return header.fields.map((name) => CSV_COLUMNS.find((column) => column === name.trim().toLowerCase()) ?? null);
}

/** What makes a record a repeat: the same term with the same context (or both without one). */
function recordKey(term: GlossaryTerm): string {
  const context = term.contexts[0];
  return `${term.id}\n${context ? contextKey(context) : ''}`;
}

/** Every term of the file, however many: how many the glossary can take is decided when merging. */
export function importCsv(text: string, now: number): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { terms: [], lines: [], errors: [{ line: 0, reason: 'the file is too large' }] };
  if (looksLikeUtf16(text)) return { terms: [], lines: [], errors: [{ line: 0, reason: 'the file is UTF-16 without a byte order mark: save it as UTF-8' }] };
  const { records, problems } = readCsv(text.replace(/^\uFEFF/, ''));
  const errors: ImportError[] = [...problems];
  const [header, ...rows] = records;
  const columns = header ? columnsOf(header) : [];
  if (!header || !columns.includes('simplified')) {
    return { terms: [], lines: [], errors: [...errors, { line: header?.line ?? 1, reason: 'the header has no "simplified" column' }] };
  }
  const terms: GlossaryTerm[] = [];
  const firstLines = new Map<string, number>();
  const termLines = new Map<string, number>();
  for (const row of rows.slice(0, MAX_IMPORT_RECORDS)) {
    if (row.fields.length !== columns.length) {
      errors.push({ line: row.line, reason: `${row.fields.length} fields where the header has ${columns.length}` });
      continue;
    }
    if (row.fields.some((field) => field.includes(REPLACEMENT_CHARACTER))) {
      errors.push({ line: row.line, reason: ENCODING_PROBLEM });
      continue;
    }
    const cells: Cells = {};
    columns.forEach((column, i) => {
      if (column) cells[column] = restoreFormulaCell(row.fields[i] ?? '');
    });
    const term = termOf(cells, now);
    if (typeof term === 'string') {
      errors.push({ line: row.line, reason: term });
      continue;
    }
    const key = recordKey(term);
    const first = firstLines.get(key);
    if (first !== undefined) {
      errors.push({ line: row.line, reason: `a repeat of line ${first}` });
      continue;
    }
    firstLines.set(key, row.line);
    if (!termLines.has(term.id)) termLines.set(term.id, row.line);
    terms.push(term);
  }
  const unread = rows[MAX_IMPORT_RECORDS];
  if (unread) errors.push(tooManyRecords(unread.line, rows.length - MAX_IMPORT_RECORDS));
  const unique = dedupeTerms(terms);
  return { terms: unique, lines: unique.map((term) => termLines.get(term.id) ?? 0), errors };
}
