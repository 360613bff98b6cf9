import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { GALE_CHURCH } from './settings.ts';
import { alignTranslation } from './translation-alignment.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

describe('alignTranslation', () => {
  // The English of the first sentence runs long and that of the second short: by lengths the second English
  // sentence goes with the second Chinese one, by its words (call, whole Party, unite, strive) with the first.
  const chinese = ['習近平發表重要講話，號召全黨全國人民團結奮鬥。', '蔡奇主持會議並強調要深入學習貫徹習近平總書記重要指示精神，堅決做到兩個維護。'];
  const english = [
    'Xi Jinping delivered an important speech.',
    'He called on the whole Party and the people of the whole country to unite and strive, working together with one heart for the goals ahead.',
    'Cai Qi presided over the meeting.',
  ];
  const right = [
    { zh: [0], en: [0, 1] },
    { zh: [1], en: [2] },
  ];

  it('needs the dictionary where lengths mislead', () => {
    expect(alignTranslation(chinese, english, dictionary, GALE_CHURCH)).not.toEqual(right);
    expect(alignTranslation(chinese, english, dictionary)).toEqual(right);
  });
});
