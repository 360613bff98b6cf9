import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_CHINESE_PARAGRAPHS } from '../align/seed-article.fixture.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { CHANCELLOR_VISIT, HIGHWAY_RESCUE, TWO_SESSIONS_REPORT } from './issue-articles.fixture.ts';
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

  it('orders by salience after the subject terms: the article’s formulations before everyday words', () => {
    const all = keyTerms(SEED_CHINESE_PARAGRAPHS, dictionary, { limit: Infinity });
    const rank = (text: string) => all.findIndex((term) => term.text === text);
    expect(rank('推動')).toBeGreaterThan(0);
    expect(rank('社會工作')).toBeLessThan(rank('推動'));
    const subjects = seed.filter((term) => term.subject).length;
    expect(seed.slice(0, subjects).every((term) => term.subject)).toBe(true);
    for (const group of [seed.slice(0, subjects), seed.slice(subjects)]) {
      const scores = group.map((term) => term.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('lists the subject first: the title’s terms that the lead repeats, cut whole or not (两会 in 在两会上)', () => {
    const terms = keyTerms(TWO_SESSIONS_REPORT, dictionary);
    const subjects = terms.filter((term) => term.subject).map((term) => term.text);
    expect(subjects).toEqual(expect.arrayContaining(['两会', '供给侧结构性改革', '中等收入陷阱', '代表委员']));
    expect(terms.slice(0, subjects.length).map((term) => term.text)).toEqual(subjects);
    // Read in the lead after its dateline, not in it: 中国青年网 is where the report comes from.
    expect(subjects).not.toContain('青年');
    expect(terms.find((term) => term.text === '两会')).toMatchObject({ syllables: ['liang3', 'hui4'], count: 5 });
  });

  it('takes the words of a subject phrase for the phrase, not for themselves', () => {
    const terms = keyTerms(TWO_SESSIONS_REPORT, dictionary, { limit: Infinity });
    const texts = terms.map((term) => term.text);
    for (const fragment of ['供给', '中等', '陷阱', '收入', '委员']) expect(texts).not.toContain(fragment);
    const trap = terms.find((term) => term.text === '中等收入陷阱');
    expect(trap).toMatchObject({ kind: 'term', subject: true, syllables: ['zhong1', 'deng3', 'shou1', 'ru4', 'xian4', 'jing3'] });
    expect(trap?.gloss).toMatch(/^medium \+ .+ \+ pitfall$/u);
  });

  it('leaves out words the article only uses in passing', () => {
    const texts = keyTerms(HIGHWAY_RESCUE, dictionary, { limit: Infinity }).map((term) => term.text);
    for (const passing of ['台阶', '回答', '利用', '复杂']) expect(texts).not.toContain(passing);
    expect(texts.slice(0, 3)).toEqual(expect.arrayContaining(['高速公路', '民警', '护栏']));
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

  it('counts a name the dictionary lacks as a person when the article says it is one', () => {
    const terms = keyTerms(TWO_SESSIONS_REPORT, dictionary, { limit: Infinity });
    const people = terms.filter((term) => term.kind === 'person').map((term) => term.text);
    // A role before the name (全国人大代表张建华), or after it (李晓东委员).
    expect(people).toEqual(expect.arrayContaining(['张建华', '李晓东']));
    const after = keyTerms(['标题', '李晓东委员认为，要扩大中等收入群体。李晓东说，要依靠创新。'], dictionary).map((term) => term.text);
    expect(after).toContain('李晓东');
    // Its name in Latin letters in brackets.
    expect(keyTerms(CHANCELLOR_VISIT, dictionary).find((term) => term.text === '绍尔霍尔茨')?.kind).toBe('person');
  });

  it('takes no word for a name without evidence: fragments, credits and words that only look like names', () => {
    const texts = [...keyTerms(CHANCELLOR_VISIT, dictionary, { limit: Infinity }), ...keyTerms(TWO_SESSIONS_REPORT, dictionary, { limit: Infinity })].map(
      (term) => term.text,
    );
    for (const unnamed of ['尔霍尔茨', '商三得利', '葉落', '石磊', '石磊成', '王琳']) expect(texts).not.toContain(unnamed);
    const credits = keyTerms(['新華社記者李濤攝', '責任編輯曹川川'], dictionary, { limit: Infinity }).map((term) => term.text);
    expect(credits).not.toContain('曹川川');
  });

  it('reads no Japanese as Chinese', () => {
    const texts = keyTerms(CHANCELLOR_VISIT, dictionary, { limit: Infinity }).map((term) => term.text);
    expect(texts).not.toContain('市場');
    expect(texts.filter((text) => /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text))).toEqual([]);
    expect(texts).toContain('市场');
  });
});
