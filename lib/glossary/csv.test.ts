import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from './csv.ts';

describe('CSV', () => {
  it('writes RFC 4180: CRLF, quotes only where needed, doubled quotes', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', '']])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
  });

  it('reads what it writes, with the line each record starts on', () => {
    const records = [['h1', 'h2'], ['x', 'multi\r\nline "q"'], ['', 'y']];
    expect(readCsv(writeCsv(records))).toEqual({
      records: [
        { line: 1, fields: ['h1', 'h2'] },
        { line: 2, fields: ['x', 'multi\r\nline "q"'] },
        { line: 4, fields: ['', 'y'] },
      ],
      problems: [],
    });
  });

  it('accepts LF line ends, no final line end, and skips blank lines', () => {
    expect(readCsv('a,b\n\nc,d').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('reports a truncated quoted field and text after a closing quote', () => {
    expect(readCsv('a,b\r\nc,"never\r\nends')).toEqual({ records: [{ line: 1, fields: ['a', 'b'] }], problems: [{ line: 2, reason: 'a quoted field never ends: the file is truncated or malformed' }] });
    expect(readCsv('"a"x,b\r\nc,d\r\n')).toEqual({ records: [{ line: 2, fields: ['c', 'd'] }], problems: [{ line: 1, reason: 'text after a closing quote' }] });
  });
});
