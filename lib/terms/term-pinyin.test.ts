import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { termPinyin } from './term-pinyin.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

describe('termPinyin', () => {
  it('runs the syllables of a word together and sets the words of a long term apart', () => {
    expect(termPinyin('長治久安', ['chang2', 'zhi4', 'jiu3', 'an1'], dictionary)).toBe("chángzhìjiǔ'ān");
    expect(termPinyin('中國特色社會主義', ['zhong1', 'guo2', 'te4', 'se4', 'she4', 'hui4', 'zhu3', 'yi4'], dictionary)).toBe(
      'zhōngguó tèsè shèhuìzhǔyì',
    );
  });

  it('leaves out what has no reading, such as the comma between coordinated terms', () => {
    const syllables = ['xin1', 'jing1', 'ji4', 'zu3', 'zhi1', null, 'xin1', 'she4', 'hui4', 'zu3', 'zhi1'];
    expect(termPinyin('新經濟組織、新社會組織', syllables, dictionary)).toBe('xīn jīngjì zǔzhī xīn shèhuì zǔzhī');
  });
});
