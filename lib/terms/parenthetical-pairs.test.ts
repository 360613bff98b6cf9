import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { parentheticalPairs } from './parenthetical-pairs.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

const pairsOf = (...paragraphs: string[]): string[] => parentheticalPairs(paragraphs, dictionary).map((pair) => `${pair.zh} ↔ ${pair.en}`);

describe('parentheticalPairs', () => {
  it('pairs a name the dictionary lacks with its bracketed English', () => {
    expect(pairsOf('韩国外交部长官金贤洙(Kim Hyoung-su)表示，将继续合作。')).toEqual(['金贤洙 ↔ Kim Hyoung-su']);
    expect(pairsOf('美国国务卿布林肯（Antony Blinken）说')).toEqual(['布林肯 ↔ Antony Blinken']);
  });

  it('finds how many words the bracket translates from the dictionary or the reading', () => {
    expect(pairsOf('世界卫生组织（WHO）今天发布报告。')).toEqual(['世界卫生组织 ↔ WHO']);
    expect(pairsOf('国际原子能机构(IAEA)总干事说')).toEqual(['国际原子能机构 ↔ IAEA']);
    expect(pairsOf('国务院总理李强(Li Qiang)出席。')).toEqual(['李强 ↔ Li Qiang']);
    expect(pairsOf('发展新质生产力(new quality productive forces)。')).toEqual(['新质生产力 ↔ new quality productive forces']);
  });

  it('gives each pair once, with every sentence that writes it, and its reading', () => {
    const [pair] = parentheticalPairs(['国务院总理李强(Li Qiang)出席。李强(Li Qiang)指出，要加强合作。'], dictionary);
    expect(pair).toMatchObject({ zh: '李强', en: 'Li Qiang', kind: 'parenthetical', support: 2, syllables: ['li3', 'qiang2'] });
    expect(pair?.evidence).toEqual([
      { chinese: '国务院总理李强(Li Qiang)出席。', english: null },
      { chinese: '李强(Li Qiang)指出，要加强合作。', english: null },
    ]);
  });

  it('takes neither Japanese nor Latin letters for a name', () => {
    expect(pairsOf('另一位网友写道：中国の接続がVPN（Virtual Private Network）経由になる。')).toEqual([]);
    expect(pairsOf('网络应用XVPN（Virtual Private Network）发布')).toEqual([]);
  });

  it('offers no pair when nothing tells what the bracket translates', () => {
    // An aside, a year, acronyms the words before are not, a lower-case phrase the dictionary does not give.
    expect(pairsOf('他说(I think)这很好。', '会议(2024)召开。', '北京大学(WHO)发布', '研究与开发(R&D)投入', '这是一种办法(a new approach)。')).toEqual([]);
  });
});
