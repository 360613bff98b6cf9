import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { alignArticle, MOST_SENTENCES } from './article-alignment.ts';
import { splitChineseSentences } from './chinese-sentences.ts';
import { splitEnglishSentences } from '../english-sentences.ts';
import { SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS } from './seed-article.fixture.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

describe('alignArticle', () => {
  it('aligns a translation in order', () => {
    const { links } = alignArticle(
      ['中央社會工作會議在北京召開。', '會上傳達了習近平重要指示。', '蔡奇出席會議並講話。'],
      [
        'The central conference on social work was held in Beijing.',
        "Xi Jinping's important instruction was conveyed at the meeting.",
        'Cai Qi attended the meeting and delivered a speech.',
      ],
      dictionary,
    );
    expect(links).toEqual([
      { zh: [0], en: [0] },
      { zh: [1], en: [1] },
      { zh: [2], en: [2] },
    ]);
  });

  it('aligns the first MOST_SENTENCES sentences of each side and reports how many it left out', () => {
    const chinese = Array.from({ length: 3 }, () => '會議在北京召開。');
    const english = Array.from({ length: MOST_SENTENCES + 2 }, () => 'The meeting was held in Beijing.');
    const { links, leftOut } = alignArticle(chinese, english, dictionary);
    expect(leftOut).toEqual({ zh: 0, en: 2 });
    expect(links.flatMap((link) => link.en).sort((a, b) => a - b)).toEqual(Array.from({ length: MOST_SENTENCES }, (_, i) => i));
    expect(links.flatMap((link) => link.zh)).toEqual([0, 1, 2]);
  });

  describe('the seed article and its English coverage', () => {
    const chinese = SEED_CHINESE_PARAGRAPHS.flatMap(splitChineseSentences);
    const english = SEED_ENGLISH_PARAGRAPHS.flatMap(splitEnglishSentences);
    let sourceOf: (english: number) => string | undefined;
    beforeAll(() => {
      const { links } = alignArticle(chinese, english, dictionary);
      sourceOf = (sentence) => {
        const link = links.find((candidate) => candidate.en.includes(sentence));
        return link?.zh.map((zh) => chinese[zh]).join('');
      };
    });

    // What a careful reader finds each English sentence to draw on, by a phrase of the Chinese sentence.
    it.each([
      [0, 'Xi stresses high-quality development of social work', '推動新時代社會工作高品質發展'],
      [1, 'Chinese President Xi Jinping has urged efforts to promote high-quality development', '推動新時代社會工作高品質發展'],
      [2, 'In a recent instruction on social work, Xi, also general secretary', '習近平近日對社會工作作出重要指示'],
      [3, 'A central conference on social work was held in Beijing', '中央社會工作會議11月5日至6日在京召開'],
      [4, "Xi's instruction was read out at the conference", '會上傳達了習近平重要指示'],
      [5, "Social work is vital to the Party's long-term governance", '事關黨長期執政和國家長治久安'],
      [6, "China's social structure is currently undergoing profound changes", '當前我國社會結構正在發生深刻變化'],
      [7, 'It is essential to strengthen Party building in new types of economic and social organizations', '不斷增強黨在新興領域的號召力凝聚力影響力'],
      [8, 'It is important to give full play to the leading role of Party building', '抓好黨建引領基層治理和基層政權建設'],
    ])('English sentence %i (%s…) draws on %s', (sentence, opening, phrase) => {
      expect(english[sentence]).toContain(opening);
      expect(sourceOf(sentence)).toContain(phrase);
    });

    it('lists every sentence of both sides exactly once', () => {
      const { links } = alignArticle(chinese, english, dictionary);
      expect(links.flatMap((link) => link.zh)).toEqual(chinese.map((_, i) => i));
      expect(links.flatMap((link) => link.en).sort((a, b) => a - b)).toEqual(english.map((_, i) => i));
    });
  });
});
