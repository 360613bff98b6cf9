import { beforeAll, describe, expect, it } from 'vitest';
import { MOST_SENTENCES } from '../align/article-alignment.ts';
import { SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS } from '../align/seed-article.fixture.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { alignSource, sideBySideRows, SUMMARY_SENTENCES } from './aligned-source.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

describe('alignSource', () => {
  it('ties each English sentence of the seed coverage to the Chinese paragraph a careful reader would', () => {
    const { sentences } = alignSource(SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS, dictionary);
    const paragraphOf = (opening: string) => {
      const sentence = sentences.find((candidate) => candidate.text.startsWith(opening));
      return sentence?.chinese.map((index) => SEED_CHINESE_PARAGRAPHS[index]).join('') ?? '';
    };
    expect(paragraphOf('A central conference on social work')).toContain('中央社會工作會議11月5日至6日在京召開');
    expect(paragraphOf('Social work is vital')).toContain('事關黨長期執政和國家長治久安');
    expect(paragraphOf('It is important to give full play')).toContain('抓好黨建引領基層治理');
  });

  it('summarizes with sentences that are among the aligned ones, in article order', () => {
    const { sentences, summary } = alignSource(SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS, dictionary);
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_SENTENCES);
    expect([...summary].sort((a, b) => a - b)).toEqual(summary);
    for (const index of summary) expect(sentences[index]).toBeDefined();
  });

  it('says how many sentences were past what one request aligns', () => {
    const long = [...SEED_ENGLISH_PARAGRAPHS, ...Array.from({ length: MOST_SENTENCES }, () => 'The home side won the football match.')];
    const { sentences, leftOut } = alignSource(SEED_CHINESE_PARAGRAPHS, long, dictionary);
    expect(leftOut).toEqual({ zh: 0, en: sentences.length - MOST_SENTENCES });
    expect(alignSource(SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS, dictionary).leftOut).toEqual({ zh: 0, en: 0 });
  });

  it('reports sentences with no source with no paragraph', () => {
    const { sentences } = alignSource(SEED_CHINESE_PARAGRAPHS, [...SEED_ENGLISH_PARAGRAPHS, 'The home side won the football match 2-1 after extra time.'], dictionary);
    expect(sentences.at(-1)?.chinese).toEqual([]);
  });
});

describe('sideBySideRows', () => {
  it('puts each sentence under the last paragraph it draws on, in paragraph order, and leaves out sentences with no source', () => {
    expect(
      sideBySideRows({
        sentences: [
          { text: 'B', paragraph: 0, chinese: [3] },
          { text: 'A', paragraph: 0, chinese: [0, 1] },
          { text: 'C', paragraph: 1, chinese: [] },
          { text: 'D', paragraph: 2, chinese: [3] },
        ],
        summary: [],
        leftOut: { zh: 0, en: 0 },
      }),
    ).toEqual([
      { paragraph: 1, english: ['A'] },
      { paragraph: 3, english: ['B', 'D'] },
    ]);
  });
});
