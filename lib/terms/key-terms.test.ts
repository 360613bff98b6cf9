import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_CHINESE_PARAGRAPHS } from '../align/seed-article.fixture.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { keyTerms, termGloss, type KeyTerm } from './key-terms.ts';

let dictionary: Dictionary;
let seed: KeyTerm[];
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
  seed = keyTerms(SEED_CHINESE_PARAGRAPHS, dictionary);
});

describe('keyTerms', () => {
  it('ranks the seed article’s formulations among its forty key terms, nested ones included', () => {
    const texts = seed.map((term) => term.text);
    expect(texts).toHaveLength(40);
    for (const expected of ['社會工作', '新興領域', '中國特色社會主義', '新就業群體', '基層治理', '中央社會工作會議', '黨建']) {
      expect(texts).toContain(expected);
    }
    // 中國特色社會主義 is never a word of its own there: it is read inside 中國特色社會主義社會治理之路 and others.
    expect(seed.find((term) => term.text === '中國特色社會主義')?.count).toBeGreaterThanOrEqual(4);
  });

  it('orders by salience: the article’s formulations before everyday words', () => {
    const all = keyTerms(SEED_CHINESE_PARAGRAPHS, dictionary, { limit: Infinity });
    const rank = (text: string) => all.findIndex((term) => term.text === text);
    expect(rank('推動')).toBeGreaterThan(0);
    expect(rank('社會工作')).toBeLessThan(rank('推動'));
    const scores = seed.map((term) => term.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('reads each term in context and glosses it briefly', () => {
    const term = seed.find((candidate) => candidate.text === '社會工作');
    expect(term?.syllables).toEqual(['she4', 'hui4', 'gong1', 'zuo4']);
    expect(term?.gloss).toBe('social work');
    expect(term?.sentence).toContain('社會工作');
    // A long CC-CEDICT definition is cut to its head.
    expect(termGloss('中國特色社會主義', dictionary)).toBe('socialism with Chinese characteristics');
  });

  it('marks names as people, places and organizations with their English form', () => {
    const kinds = new Map(keyTerms(SEED_CHINESE_PARAGRAPHS, dictionary, { limit: Infinity }).map((term) => [term.text, term]));
    expect(kinds.get('蔡奇')).toMatchObject({ kind: 'person', english: 'Cai Qi' });
    expect(kinds.get('中央組織部')).toMatchObject({ kind: 'organization', english: 'Organization Department of the CPC Central Committee' });
    expect(kinds.get('浙江省')).toMatchObject({ kind: 'place', english: 'Zhejiang Province' });
    expect(kinds.get('社會工作')).toMatchObject({ kind: 'term', english: null });
  });

  it('leaves out single characters, function words, everyday words, numbers and dates', () => {
    const texts = keyTerms(
      ['我們已經可以看到', '因為這個原因，我們在2024年11月5日召開了二十屆三中全會，第十八次會議重要而且必須。', '所以如果可以，三年後再來。'],
      dictionary,
      { limit: Infinity },
    ).map((term) => term.text);
    for (const excluded of ['我們', '已經', '可以', '因為', '這個', '所以', '如果', '重要', '必須', '二十', '三年', '11月', '5日', '第十八', '的']) {
      expect(texts).not.toContain(excluded);
    }
    expect(texts).toContain('三中全會');
  });

  it('counts a name the dictionary lacks as a person when it reads like one', () => {
    const texts = keyTerms(['新華社記者李濤攝', '責任編輯曹川川'], dictionary, { limit: Infinity }).map((term) => term.text);
    expect(texts).toContain('曹川川');
  });
});
