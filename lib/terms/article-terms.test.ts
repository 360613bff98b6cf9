import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS } from '../align/seed-article.fixture.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { articleTerms, type ArticleTerm } from './article-terms.ts';
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
