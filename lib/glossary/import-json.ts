import { dedupeTerms } from './glossary.ts';
import type { ImportError, ImportResult } from './import-result.ts';
import { ENCODING_PROBLEM, looksLikeUtf16, MAX_IMPORT_CHARS, MAX_IMPORT_RECORDS, REPLACEMENT_CHARACTER, tooManyRecords } from './import-text.ts';
import { loadGlossary, versionOf } from './migrations.ts';
import { GLOSSARY_VERSION, isRecord, type GlossaryTerm } from './term.ts';

/**
 * 1-based lines where the elements of the term list begin: the top-level array (a v0 list) or the array one
 * level inside the top-level object (a backup's `terms`), so errors can point into the file.
 */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let listDepth = 0;
  let expectingElement = false;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (depth === 0 && (char === '[' || char === '{')) listDepth = char === '[' ? 1 : 2;
    if (expectingElement && depth === listDepth && !/[\s,\]]/.test(char)) {
      lines.push(line);
      expectingElement = false;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth++;
      if (char === '[' && depth === listDepth) expectingElement = true;
    } else if (char === '}' || char === ']') depth--;
    else if (char === ',' && depth === listDepth) expectingElement = true;
  }
  return lines;
}

/** V8 names the offending position; a file that ends too soon has its error on the last line. */
function errorLine(text: string, message: string): number {
  const position = /position (\d+)/.exec(message)?.[1];
  return text.slice(0, position === undefined ? text.length : Number(position)).split('\n').length;
}

/** Whether a key or string anywhere inside `value` holds `text`: without recursion, since a file may nest thousands deep. */
function containsText(value: unknown, text: string): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.includes(text)) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (isRecord(next)) {
      for (const [key, item] of Object.entries(next)) {
        if (key.includes(text)) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

function fileError(reason: string): ImportResult {
  return { terms: [], lines: [], errors: [{ line: 0, reason }] };
}

/**
 * A JSON backup (any version `loadGlossary` reads, including a v0 flat list). Terms are checked one by one, so
 * a bad term is reported at its line and the rest still import; a repeat of an earlier term is merged into it.
 * Every term is read: how many the glossary can take is decided when merging.
 */
export function importJson(text: string, now: number): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return fileError('the file is too large');
  if (looksLikeUtf16(text)) return fileError('the file is UTF-16 without a byte order mark: save it as UTF-8');
  const source = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return { terms: [], lines: [], errors: [{ line: errorLine(source, message), reason: 'not valid JSON (truncated or malformed)' }] };
  }
  const version = versionOf(raw);
  if (version === null) return fileError('not a glossary backup');
  if (version > GLOSSARY_VERSION) return fileError(`written by a newer Duizhao (version ${version})`);
  const items: unknown[] | null = Array.isArray(raw) ? raw : isRecord(raw) && Array.isArray(raw.terms) ? raw.terms : null;
  if (!items) return fileError('its "terms" is not a list');
  // Migrate term by term, so each one is judged (and reported) on its own.
  const elementStarts = elementLines(source);
  const terms: GlossaryTerm[] = [];
  const firstLines = new Map<string, number>();
  const errors: ImportError[] = [];
  items.slice(0, MAX_IMPORT_RECORDS).forEach((item, i) => {
    const line = elementStarts[i] ?? 0;
    if (containsText(item, REPLACEMENT_CHARACTER)) {
      errors.push({ line, reason: ENCODING_PROBLEM });
      return;
    }
    const single = version === 0 ? [item] : { version, terms: [item] };
    const [term] = loadGlossary(single, now).glossary.terms;
    if (!term) {
      errors.push({ line, reason: 'not a valid term (a Chinese word and valid times are required)' });
      return;
    }
    terms.push(term);
    if (!firstLines.has(term.id)) firstLines.set(term.id, line);
  });
  if (items.length > MAX_IMPORT_RECORDS) errors.push(tooManyRecords(elementStarts[MAX_IMPORT_RECORDS] ?? 0, items.length - MAX_IMPORT_RECORDS));
  const unique = dedupeTerms(terms);
  return { terms: unique, lines: unique.map((term) => firstLines.get(term.id) ?? 0), errors };
}
