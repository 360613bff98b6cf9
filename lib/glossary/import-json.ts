import { dedupeTerms } from './glossary.ts';
import type { ImportError, ImportResult } from './import-result.ts';
import { ENCODING_PROBLEM, looksLikeUtf16, MAX_IMPORT_CHARS, REPLACEMENT_CHARACTER } from './import-text.ts';
import { loadGlossary, versionOf } from './migrations.ts';
import { GLOSSARY_VERSION, isRecord, LIMITS, type GlossaryTerm } from './term.ts';

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

/**
 * A JSON backup (any version `loadGlossary` reads, including a v0 flat list). Terms are checked one by one, so
 * a bad term is reported at its line and the rest still import; a repeat of an earlier term is merged into it.
 */
export function importJson(text: string, now: number): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { terms: [], errors: [{ line: 0, reason: 'the file is too large' }] };
  if (looksLikeUtf16(text)) return { terms: [], errors: [{ line: 0, reason: 'the file is UTF-16 without a byte order mark: save it as UTF-8' }] };
  const source = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return { terms: [], errors: [{ line: errorLine(source, message), reason: 'not valid JSON (truncated or malformed)' }] };
  }
  const version = versionOf(raw);
  if (version === null) return { terms: [], errors: [{ line: 0, reason: 'not a glossary backup' }] };
  if (version > GLOSSARY_VERSION) return { terms: [], errors: [{ line: 0, reason: `written by a newer Duizhao (version ${version})` }] };
  // Migrate term by term, so each one is judged (and reported) on its own.
  const items: unknown[] = Array.isArray(raw) ? raw : isRecord(raw) && Array.isArray(raw.terms) ? raw.terms : [];
  const lines = elementLines(source);
  const terms: GlossaryTerm[] = [];
  const errors: ImportError[] = [];
  items.slice(0, LIMITS.terms * 2).forEach((item, i) => {
    const line = lines[i] ?? 0;
    if (JSON.stringify(item).includes(REPLACEMENT_CHARACTER)) {
      errors.push({ line, reason: ENCODING_PROBLEM });
      return;
    }
    const single = version === 0 ? [item] : { version, terms: [item] };
    const [term] = loadGlossary(single, now).glossary.terms;
    if (term) terms.push(term);
    else errors.push({ line, reason: 'not a valid term (a Chinese word and valid times are required)' });
  });
  return { terms: dedupeTerms(terms).slice(0, LIMITS.terms), errors };
}
