import { describe, expect, it } from 'vitest';
import { exportAnki } from './export-anki.ts';
import { exportCsv } from './export-csv.ts';
import { exportJson } from './export-json.ts';
import { exportPleco } from './export-pleco.ts';
import { GLOSSARY_VERSION } from './term.ts';
import { ALL_TERMS, CHANGZHI, T0 } from './test-fixtures.ts';

describe('exportAnki', () => {
  it('writes the header lines and one escaped HTML record per term', () => {
    expect(exportAnki(ALL_TERMS)).toBe(
      [
        '#separator:tab',
        '#html:true',
        '#columns:Simplified\tTraditional\tPinyin\tEnglish\tNote\tContext\tContext English\tSource\tTags',
        '#tags column:9',
        '长治久安\t長治久安\tchángzhìjiǔ\'ān\tlong-term stability; lasting peace and order\tSet phrase in policy speeches.\t维护新疆社会稳定和长治久安。\tMaintain social stability and lasting peace in Xinjiang.\t<a href="https://news.example.cn/2026/11/01/a.html">新华社 &quot;要闻&quot;, 2026-11-01</a>\tpolitics chengyu',
        '长大\t長大\tzhǎngdà\tto grow up\t\t\t\t\t',
        '绿色\t綠色\tlǜsè\tgreen; environment-friendly\tLine one<br>line two, &quot;quoted&quot;\t推动绿色发展，促进人与自然和谐共生。<br>绿色低碳。\t\t<a href="https://example.com/green?a=1&amp;b=2">Green &lt;growth&gt;</a><br>\tenvironment',
        '',
      ].join('\n'),
    );
  });

  it('joins words of a tag, as Anki separates tags by spaces', () => {
    expect(exportAnki([{ ...CHANGZHI, tags: ['news of the day'] }]).trimEnd().split('\t').at(-1)).toBe('news_of_the_day');
  });
});

describe('exportPleco', () => {
  it('writes headword[traditional], numbered pinyin and senses, under a category per first tag', () => {
    expect(exportPleco(ALL_TERMS)).toBe(
      [
        '//Duizhao',
        '长大[長大]\tzhang3da4\tto grow up',
        '//Duizhao/environment',
        '绿色[綠色]\tlu:4se4\tgreen; environment-friendly',
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

describe('exportJson', () => {
  it('writes the whole glossary with its schema version', () => {
    const text = exportJson({ version: GLOSSARY_VERSION, terms: [CHANGZHI] }, T0);
    expect(text).toBe(`${JSON.stringify({ format: 'duizhao-glossary', version: 1, exportedAt: '2026-11-01T08:00:00.000Z', terms: [CHANGZHI] }, null, 2)}\n`);
    expect(text.split('\n').slice(0, 5)).toEqual(['{', '  "format": "duizhao-glossary",', '  "version": 1,', '  "exportedAt": "2026-11-01T08:00:00.000Z",', '  "terms": [']);
  });
});
