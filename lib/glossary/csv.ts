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
