import { describe, expect, it } from 'vitest';
import { parsePinyin, readPinyinLetters } from './pinyin-input.ts';

describe('parsePinyin', () => {
  it('reads marks, numbers and every way of writing ü', () => {
    expect(parsePinyin('cháng zhì jiǔ ān')).toEqual(['chang2', 'zhi4', 'jiu3', 'an1']);
    expect(parsePinyin('chángzhìjiǔ\'ān')).toEqual(['chang2', 'zhi4', 'jiu3', 'an1']);
    expect(parsePinyin('chang2zhi4jiu3an1')).toEqual(['chang2', 'zhi4', 'jiu3', 'an1']);
    expect(parsePinyin('Chang2 Zhi4')).toEqual(['chang2', 'zhi4']);
    for (const written of ['lǜsè', 'lv4se4', 'lu:4 se4', 'LÜ4 SE4']) expect(parsePinyin(written)).toEqual(['lv4', 'se4']);
  });

  it('splits run-together syllables as pinyin orthography does', () => {
    expect(parsePinyin('Zhōngguó')).toEqual(['zhong1', 'guo2']);
    expect(parsePinyin('xīnán')).toEqual(['xi1', 'nan2']);
    expect(parsePinyin("xīn'ān")).toEqual(['xin1', 'an1']);
    expect(parsePinyin('érqiě')).toEqual(['er2', 'qie3']);
    expect(parsePinyin('zhuàngkuàng')).toEqual(['zhuang4', 'kuang4']);
    expect(parsePinyin('ng2')).toEqual(['ng2']);
  });

  it('reads an unmarked syllable among marked ones as neutral', () => {
    expect(parsePinyin('xiānsheng')).toEqual(['xian1', 'sheng5']);
    expect(parsePinyin('hao3 de0')).toEqual(['hao3', 'de5']);
  });

  it('refuses toneless or foreign text', () => {
    expect(parsePinyin('changzhi')).toBeNull();
    expect(parsePinyin('')).toBeNull();
    expect(parsePinyin('长治')).toBeNull();
    expect(parsePinyin('chang2 ?')).toBeNull();
    expect(parsePinyin('xyz1')).toBeNull();
  });
});

describe('readPinyinLetters', () => {
  it('records tones where the text states them', () => {
    const read = readPinyinLetters('cháng zhi4');
    expect(read?.letters).toBe('changzhi');
    expect([...(read?.tones ?? [])]).toEqual([
      [2, 2],
      [7, 4],
    ]);
  });
});
