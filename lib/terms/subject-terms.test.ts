import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { HIGHWAY_RESCUE, TWO_SESSIONS_REPORT } from './issue-articles.fixture.ts';
import { leadOf, occurrences, subjectTerms } from './subject-terms.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

const texts = (paragraphs: string[]): string[] => subjectTerms(paragraphs, dictionary).map((term) => term.text);

describe('leadOf', () => {
  it('takes the first paragraph of sentences, without its dateline', () => {
    expect(leadOf(TWO_SESSIONS_REPORT.slice(1))).toMatch(/^今年全国两会期间/u);
    expect(leadOf(HIGHWAY_RESCUE.slice(1))).toMatch(/^3月7日晚/u);
    expect(leadOf(['新华社北京11月6日电 习近平近日对社会工作作出重要指示，强调坚定不移走中国特色社会主义社会治理之路。'])).toMatch(/^习近平近日/u);
    expect(leadOf(['發佈時間:2024-11-06 | 來源:新華網 | 責任編輯:曹川川習近平對社會工作作出重要指示強調'])).toBe('');
  });
});

describe('subjectTerms', () => {
  it('finds the title’s words and phrases that the lead repeats, cut whole or not', () => {
    expect(texts(TWO_SESSIONS_REPORT)).toEqual(['两会', '代表委员', '供给侧结构性改革', '中等收入陷阱']);
    expect(subjectTerms(TWO_SESSIONS_REPORT, dictionary).find((term) => term.text === '中等收入陷阱')?.parts).toEqual(['中等', '收入', '陷阱']);
  });

  it('keeps to terms: no verbs, no everyday words, no clauses the lead repeats once', () => {
    const found = texts(HIGHWAY_RESCUE);
    expect(found).toEqual(expect.arrayContaining(['男子', '高速公路', '护栏', '民警']));
    // 被困 and 救援 are verbs; 高速公路护栏 comes back in no other paragraph.
    for (const word of ['被困', '救援', '高速公路护栏']) expect(found).not.toContain(word);
    const clause = ['习近平会见美国总统拜登', '国家主席习近平15日在北京会见美国总统拜登，双方就中美关系深入交换意见。'];
    expect(texts(clause)).toEqual(expect.arrayContaining(['习近平', '拜登']));
    for (const headline of ['会见', '会见美国总统拜登', '习近平会见美国总统拜登']) expect(texts(clause)).not.toContain(headline);
  });

  it('finds none without a lead', () => {
    expect(texts(['两会青年说'])).toEqual([]);
    expect(texts([])).toEqual([]);
  });
});

describe('occurrences', () => {
  it('counts without overlaps', () => {
    expect(occurrences('两会', '全国两会期间，在两会上')).toBe(2);
    expect(occurrences('aa', 'aaaa')).toBe(2);
  });
});
