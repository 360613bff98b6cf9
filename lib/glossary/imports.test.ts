import { describe, expect, it } from 'vitest';
import { exportCsv } from './export-csv.ts';
import { exportJson } from './export-json.ts';
import { importCsv } from './import-csv.ts';
import { importJson } from './import-json.ts';
import { decodeImportFile } from './import-text.ts';
import { GLOSSARY_VERSION, termId, type Glossary, type GlossaryTerm } from './term.ts';
import { ALL_TERMS, CHANGZHI, HOSTILE_TERMS, HOUR, T0, ZHANGDA } from './test-fixtures.ts';

const NOW = T0 + 100 * HOUR;
const HEADER = 'simplified,traditional,pinyin,senses,note,tags,sentence,aligned_english,url,title,page_date,saved_at,created_at,updated_at';

describe('round trips', () => {
  it('JSON: export, import, same glossary', () => {
    const glossary: Glossary = { version: GLOSSARY_VERSION, terms: [...ALL_TERMS] };
    const text = exportJson(glossary, NOW);
    const starts = text.split('\n').flatMap((line, i) => (line === '    {' ? [i + 1] : []));
    expect(importJson(text, NOW)).toEqual({ terms: glossary.terms, lines: starts, errors: [] });
  });

  it('CSV: export, import, same terms (through the bytes, BOM included)', () => {
    const bytes = new TextEncoder().encode(exportCsv(ALL_TERMS));
    // Where each term's first record starts: 长治久安's spans three lines (a sense and a tag a line).
    expect(importCsv(decodeImportFile(bytes), NOW)).toEqual({ terms: ALL_TERMS, lines: [2, 5, 6], errors: [] });
  });
});

describe('round trips of hostile text', () => {
  it('JSON and CSV give back every term exactly, formula guards taken off and quotes the reader wrote kept', () => {
    const terms = [...HOSTILE_TERMS, { ...CHANGZHI, note: "'=kept as written", senses: ["''+two quotes", "'plain"] }];
    expect(importJson(exportJson({ version: GLOSSARY_VERSION, terms }, NOW), NOW)).toMatchObject({ terms, errors: [] });
    expect(importCsv(exportCsv(terms), NOW)).toMatchObject({ terms, errors: [] });
  });
});

describe('importCsv', () => {
  it('reports bad records by line and reason, and keeps the good ones', () => {
    const text = [
      HEADER,
      '和平,和平,he2 ping2,peace,,,,,,,,,,',
      'hello,,,,,,,,,,,,,',
      '长大,長大,chang2,,,,,,,,,,,',
      '和平,和平,he2 ping2,peace,,,,,,,,,,',
      '和平,和平,he2 ping2,peace,,,,,,,,,yesterday,',
      '长大,長大',
      '长大,長大,zhang3 da4,"to grow\nup",,,句子。,,,,,,,',
      '绿色,綠色,lv4 se4,gr\uFFFDen,,,,,,,,,,',
      '发展,發展,fa1 zhan3,"development,,,,,,,,,,,',
    ].join('\r\n');
    const { terms, errors } = importCsv(text, NOW);
    expect(terms.map((term) => [term.simplified, term.syllables, term.senses, term.contexts.length, term.createdAt])).toEqual([
      ['和平', ['he2', 'ping2'], ['peace'], 0, NOW],
      ['长大', ['zhang3', 'da4'], ['to grow', 'up'], 1, NOW],
    ]);
    expect(errors).toEqual([
      { line: 11, reason: 'a quoted field never ends: the file is truncated or malformed' },
      { line: 3, reason: 'simplified is not a Chinese word' },
      { line: 4, reason: 'pinyin "chang2" does not read 长大' },
      { line: 5, reason: 'a repeat of line 2' },
      { line: 6, reason: 'a time is not an ISO 8601 UTC time' },
      { line: 7, reason: '2 fields where the header has 14' },
      { line: 10, reason: 'undecodable bytes (U+FFFD): save the file as UTF-8' },
    ]);
  });

  it('reads a CSV from elsewhere by its header names, in any order', () => {
    const { terms, errors } = importCsv('English,Pinyin,Simplified,Senses\nx,cháng zhì jiǔ ān,长治久安,stability\n', NOW);
    expect(errors).toEqual([]);
    expect(terms).toEqual([{ id: '长治久安', simplified: '长治久安', traditional: '长治久安', syllables: ['chang2', 'zhi4', 'jiu3', 'an1'], senses: ['stability'], note: '', tags: [], contexts: [], createdAt: NOW, updatedAt: NOW }]);
  });

  it('refuses a file without a simplified column, or in UTF-16 without a BOM', () => {
    expect(importCsv('word,meaning\n和平,peace\n', NOW).errors).toEqual([{ line: 1, reason: 'the header has no "simplified" column' }]);
    const utf16 = new TextDecoder('utf-8').decode(new Uint8Array([...'simplified\n'].flatMap((char) => [char.charCodeAt(0), 0])));
    expect(importCsv(utf16, NOW).errors[0]?.line).toBe(0);
  });

  it('reads UTF-16 files that carry a BOM', () => {
    const text = `${HEADER}\n和平,和平,he2 ping2,peace,,,,,,,,,,\n`;
    const bytes = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    expect(importCsv(decodeImportFile(bytes), NOW).terms.map((term) => term.simplified)).toEqual(['和平']);
  });

  it('reports GBK bytes read as UTF-8 on their line', () => {
    const gbk = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n`), 0xba, 0xcd, 0xc6, 0xbd, ...new TextEncoder().encode(',,,,,,,,,,,,,\n')]);
    expect(importCsv(decodeImportFile(gbk), NOW).errors).toEqual([{ line: 2, reason: 'undecodable bytes (U+FFFD): save the file as UTF-8' }]);
  });
});

describe('importJson', () => {
  it('reports invalid terms at their lines and keeps the rest', () => {
    const text = exportJson({ version: GLOSSARY_VERSION, terms: [CHANGZHI, { ...CHANGZHI, simplified: 'nope' }, { ...CHANGZHI, note: 'bad \uFFFD' }] as GlossaryTerm[] }, NOW);
    const lines = text.split('\n');
    const starts = lines.flatMap((line, i) => (line === '    {' ? [i + 1] : []));
    expect(importJson(text, NOW)).toEqual({
      terms: [CHANGZHI],
      lines: [starts[0]],
      errors: [
        { line: starts[1], reason: 'not a valid term (a Chinese word and valid times are required)' },
        { line: starts[2], reason: 'undecodable bytes (U+FFFD): save the file as UTF-8' },
      ],
    });
  });

  it('migrates a v0 list', () => {
    const { terms, errors } = importJson('[\n"junk",\n{"word":"和平","pinyin":"hé píng","definition":"peace, \\"calm\\" [n]"},\n{"word":"x"}\n]', NOW);
    expect(terms.map((term) => [term.simplified, term.syllables, term.senses, term.createdAt])).toEqual([['和平', ['he2', 'ping2'], ['peace, "calm" [n]'], NOW]]);
    const reason = 'not a valid term (a Chinese word and valid times are required)';
    expect(errors).toEqual([
      { line: 2, reason },
      { line: 4, reason },
    ]);
  });

  it('reports truncated JSON, foreign JSON and newer versions as the whole file', () => {
    const text = exportJson({ version: GLOSSARY_VERSION, terms: [CHANGZHI] }, NOW);
    const truncated = importJson(text.slice(0, 200), NOW);
    expect(truncated.terms).toEqual([]);
    expect(truncated.errors).toHaveLength(1);
    expect(truncated.errors[0]?.reason).toBe('not valid JSON (truncated or malformed)');
    expect(truncated.errors[0]?.line).toBeGreaterThan(1);
    expect(importJson('{"hello": 1}', NOW).errors).toEqual([{ line: 0, reason: 'not a glossary backup' }]);
    expect(importJson('{"version": 7, "terms": []}', NOW).errors).toEqual([{ line: 0, reason: 'written by a newer Duizhao (version 7)' }]);
  });

  it('reports a term nested thousands deep at its line, without running out of stack', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = `{"version": 1,\n"terms": [\n${JSON.stringify(CHANGZHI)},\n${deep}\n]}`;
    expect(text.length).toBeLessThan(12_000);
    expect(importJson(text, NOW)).toEqual({
      terms: [CHANGZHI],
      lines: [3],
      errors: [{ line: 4, reason: 'not a valid term (a Chinese word and valid times are required)' }],
    });
    expect(importJson(`[${deep}]`, NOW).errors).toHaveLength(1);
  });

  it('says so when "terms" is not a list, rather than importing nothing in silence', () => {
    expect(importJson('{"version": 1, "terms": {"a": 1}}', NOW)).toEqual({ terms: [], lines: [], errors: [{ line: 0, reason: 'its "terms" is not a list' }] });
    expect(importJson('{"format": "duizhao-glossary", "version": 1}', NOW).errors).toEqual([{ line: 0, reason: 'its "terms" is not a list' }]);
  });

  it('reads every term of a backup larger than a glossary holds (what fits is decided when merging)', () => {
    const terms = Array.from({ length: 50_000 }, (_, i) => {
      const [simplified, traditional] = [`词${i}`, `詞${i}`];
      return { ...ZHANGDA, id: termId(simplified, traditional), simplified, traditional, syllables: [] };
    });
    const { terms: read, errors } = importJson(exportJson({ version: GLOSSARY_VERSION, terms }, NOW), NOW);
    expect(errors).toEqual([]);
    expect(read.length).toBe(50_000);
  });
});
