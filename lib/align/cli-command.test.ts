import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { alignCommand } from './cli-command.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

describe('alignCommand', () => {
  it('prints one link per line in the format of the gold files', () => {
    const lines = alignCommand(
      ['習近平發表重要講話，號召全黨全國人民團結奮鬥。', '蔡奇主持會議。'],
      [
        'Xi Jinping delivered an important speech.',
        'He called on the whole Party and the people of the whole country to unite and strive.',
        'Cai Qi presided over the meeting.',
      ],
      dictionary,
    );
    expect(lines).toEqual(['[0]:[0, 1]', '[1]:[2]']);
  });

  it('prints unmatched lines on their own', () => {
    expect(alignCommand([], ['Only English.'], dictionary)).toEqual(['[]:[0]']);
    expect(alignCommand(['只有中文。'], [], dictionary)).toEqual(['[0]:[]']);
  });
});
