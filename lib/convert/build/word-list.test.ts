import { describe, expect, it } from 'vitest';
import { weightOfCount } from '../word-weight.ts';
import { buildWordList } from './word-list.ts';

const CEDICT = [
  '# CC-CEDICT',
  '發展 发展 [fa1 zhan3] /to develop/',
  '發 发 [fa1] /to send out/',
  '髮 发 [fa4] /hair/',
  '保護 保护 [bao3 hu4] /to protect/',
  '護髮 护发 [hu4 fa4] /hair care/',
  'Ｕ盤 U盘 [U pan2] /USB flash drive/',
].join('\n');
const FREQUENCIES = ['发展,8936', '发,21000', '保护,7044', '护发,9', 'U盘,300', ''].join('\n');

describe('buildWordList', () => {
  it("weighs CC-CEDICT's Simplified words of Han characters by their counts, each once, leaving out the rare", () => {
    expect(buildWordList(CEDICT, FREQUENCIES)).toEqual(
      new Map([
        ['发展', weightOfCount(8936)],
        ['发', weightOfCount(21000)],
        ['保护', weightOfCount(7044)],
      ]),
    );
  });
});

describe('weightOfCount', () => {
  it('keeps to 1 to 15, and refuses a count below 1', () => {
    expect([1, 3, 8936, 4e6, 1e9].map(weightOfCount)).toEqual([1, 1, 9, 15, 15]);
    expect(() => weightOfCount(0)).toThrow(/at least 1/);
  });
});
