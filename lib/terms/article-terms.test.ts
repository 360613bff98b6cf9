import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS } from '../align/seed-article.fixture.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { articleTerms, type ArticleTerm } from './article-terms.ts';
import { CHANCELLOR_VISIT, HIGHWAY_RESCUE, TWO_SESSIONS_REPORT } from './issue-articles.fixture.ts';
import { groupNames } from './name-groups.ts';
import { articleSentencePairs } from './sentence-pairs.ts';
import { termWordsToPrepare } from './words-to-prepare.ts';

let dictionary: Dictionary;
let terms: ArticleTerm[];
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
  terms = articleTerms(SEED_CHINESE_PARAGRAPHS, articleSentencePairs(SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS, dictionary), dictionary);
});

describe('articleTerms', () => {
  it('lists the key terms best first, each with the pairs the English gives it', () => {
    const scores = terms.map((term) => term.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const socialWork = terms.find((term) => term.zh === '社會工作');
    expect(socialWork?.pairs.map((pair) => pair.en)).toEqual(['social work']);
    expect(terms.find((term) => term.zh === '蔡奇')?.pairs).toEqual([]);
  });

  it('adds the paired terms beyond the key terms, below them', () => {
    const keyTermCount = 40;
    const extra = terms.slice(keyTermCount).map((term) => term.zh);
    expect(extra).toEqual(expect.arrayContaining(['新經濟組織、新社會組織', '國家長治久安', '長治久安']));
    expect(terms.slice(keyTermCount).every((term) => term.pairs.length > 0)).toBe(true);
    const possessed = terms.find((term) => term.zh === '國家長治久安');
    expect(possessed?.gloss).toBe('country + long-term peace and stability');
    expect(possessed?.syllables).toEqual(['guo2', 'jia1', 'chang2', 'zhi4', 'jiu3', 'an1']);
  });

  it('groups the names among them', () => {
    const names = groupNames(terms);
    expect(names.person.map((term) => term.zh)).toContain('蔡奇');
    expect(names.organization.map((term) => term.zh)).toContain('中央社會工作會議');
  });

  it('lists the article’s subject first: 两会 and 中等收入陷阱 in a Two Sessions report, none of their fragments', () => {
    const listed = articleTerms(TWO_SESSIONS_REPORT, [], dictionary).map((term) => term.zh);
    expect(listed.slice(0, 4)).toEqual(expect.arrayContaining(['两会', '中等收入陷阱']));
    for (const fragment of ['供给', '中等', '陷阱']) expect(listed).not.toContain(fragment);
  });

  it('reads the article’s prose only: no labels of a video player in its text', () => {
    const texts = articleTerms(HIGHWAY_RESCUE, [], dictionary).map((term) => term.zh);
    for (const label of ['播放', '开关', '弹幕', '倍速', '高清', '全屏']) expect(texts).not.toContain(label);
    expect(texts).toContain('高速公路');
  });

  it('takes no Japanese for a name, even with English in brackets after it', () => {
    const found = articleTerms(CHANCELLOR_VISIT, [], dictionary);
    expect(found.filter((term) => /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(term.zh))).toEqual([]);
    expect(found.find((term) => term.zh === '绍尔霍尔茨')?.kind).toBe('person');
    expect(found.flatMap((term) => term.pairs).map((pair) => pair.en)).not.toContain('Virtual Private Network');
  });

  it('pairs the translations the article gives in brackets, without any English', () => {
    const found = articleTerms(['標題', '韓國外交部長官金賢洙(Kim Hyoung-su)表示，將加強合作。'], [], dictionary);
    expect(found.find((term) => term.zh === '金賢洙')).toMatchObject({ kind: 'person', pairs: [{ en: 'Kim Hyoung-su', kind: 'parenthetical' }] });
  });
});

describe('termWordsToPrepare', () => {
  it('lists every word the Terms view looks up, so that a dictionary loading its entries lazily can serve it', async () => {
    const files = readDictionaryFiles();
    const lazy = new Dictionary({ ...files, shards: new Map(), loadShard: async (shard) => files.shards.get(shard) ?? '' });
    const article = [...SEED_CHINESE_PARAGRAPHS, '國務院總理李強(Li Qiang)出席。'];
    await lazy.prepare(termWordsToPrepare(article, lazy));
    const sentencePairs = articleSentencePairs(article, SEED_ENGLISH_PARAGRAPHS, lazy);
    expect(articleTerms(article, sentencePairs, lazy)).toEqual(articleTerms(article, sentencePairs, dictionary));
  });
});
