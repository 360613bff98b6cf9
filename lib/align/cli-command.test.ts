import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { MOST_SENTENCES } from './article-alignment.ts';
import { alignCommand } from './cli-command.ts';
import { parseLink } from './link.ts';

const noWarning = (message: string): void => {
  throw new Error(`unexpected warning: ${message}`);
};

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
      noWarning,
    );
    expect(lines).toEqual(['[0]:[0, 1]', '[1]:[2]']);
  });

  it('prints unmatched lines on their own', () => {
    expect(alignCommand([], ['Only English.'], dictionary, noWarning)).toEqual(['[]:[0]']);
    expect(alignCommand(['只有中文。'], [], dictionary, noWarning)).toEqual(['[0]:[]']);
  });

  it('aligns up to the limit of one request and says which lines it left out', () => {
    const warnings: string[] = [];
    const lines = alignCommand(Array.from({ length: MOST_SENTENCES + 3 }, () => '好。'), ['Good.'], dictionary, (message) => warnings.push(message));
    const links = lines.map(parseLink);
    expect(links.flatMap((link) => link.zh).sort((a, b) => a - b)).toEqual(Array.from({ length: MOST_SENTENCES }, (_, i) => i));
    expect(links.flatMap((link) => link.en)).toEqual([0]);
    expect(warnings).toEqual([
      `align: one request aligns at most ${MOST_SENTENCES} lines a file; left out, in no link: Chinese lines ${MOST_SENTENCES}-${MOST_SENTENCES + 2} (0-based, as in the links)`,
    ]);
  });
});
