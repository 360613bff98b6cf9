import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { articleSentencePairs } from './sentence-pairs.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

describe('articleSentencePairs', () => {
  it('gives each pair the rest of its paragraph as context', () => {
    const pairs = articleSentencePairs(
      ['中央社會工作會議在北京召開。會上傳達了習近平重要指示。', '蔡奇出席會議並講話。'],
      ['The central conference on social work was held in Beijing.', "Xi Jinping's important instruction was conveyed at the meeting.", 'Cai Qi attended the meeting and delivered a speech.'],
      dictionary,
    );
    expect(pairs.map((pair) => [pair.chinese, pair.context])).toEqual([
      [['中央社會工作會議在北京召開。'], ['會上傳達了習近平重要指示。']],
      [['會上傳達了習近平重要指示。'], ['中央社會工作會議在北京召開。']],
      [['蔡奇出席會議並講話。'], []],
    ]);
  });

  it('takes context from the nearer sentences of a paragraph that runs a whole page together', () => {
    const sentences = Array.from({ length: 200 }, (_, k) => `第${k + 1}次會議在北京召開。`);
    const english = sentences.map((_, k) => `Meeting number ${k + 1} was held in Beijing.`);
    const pairs = articleSentencePairs([sentences.join('')], english, dictionary);
    expect(pairs.length).toBeGreaterThan(150);
    expect(Math.max(...pairs.map((pair) => pair.context?.length ?? 0))).toBeLessThanOrEqual(20);
  });
});
