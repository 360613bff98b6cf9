import { describe, expect, it } from 'vitest';
import { splitChineseSentences } from './chinese-sentences.ts';

describe('splitChineseSentences', () => {
  it('splits after full stops, exclamation and question marks and semicolons', () => {
    expect(splitChineseSentences('會議在京召開。蔡奇出席！為什麼？抓好黨建；推動發展')).toEqual([
      '會議在京召開。',
      '蔡奇出席！',
      '為什麼？',
      '抓好黨建；',
      '推動發展',
    ]);
  });

  it('keeps closing quotes and repeated marks with their sentence', () => {
    expect(splitChineseSentences('他說：“我們來了。”大家……好嗎？！')).toEqual(['他說：“我們來了。”', '大家……', '好嗎？！']);
  });

  it('drops blank pieces', () => {
    expect(splitChineseSentences('  好。 \n ')).toEqual(['好。']);
  });
});
