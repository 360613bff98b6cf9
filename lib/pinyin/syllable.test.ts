import { describe, expect, it } from 'vitest';
import { formatSyllable, formatWord, normalizeCedictSyllable, toneOf } from './syllable.ts';

describe('normalizeCedictSyllable', () => {
  it.each([
    ['Lu:4', 'lv4'],
    ['nu:3', 'nv3'],
    ['lu:e4', 'lve4'],
    ['r5', 'r5'],
    ['Xi2', 'xi2'],
    ['m2', 'm2'],
    ['zhong4', 'zhong4'],
  ])('%s → %s', (cedict, ours) => {
    expect(normalizeCedictSyllable(cedict)).toBe(ours);
  });

  it.each([',', '·', 'C', 'xx5', ''])('%j is no syllable', (cedict) => {
    expect(normalizeCedictSyllable(cedict)).toBeNull();
  });
});

describe('toneOf', () => {
  it('reads the tone digit, 5 being neutral', () => {
    expect(toneOf('zhong4')).toBe(4);
    expect(toneOf('le5')).toBe(5);
    expect(toneOf('lv3')).toBe(3);
  });

  it('rejects what is not a numbered syllable', () => {
    expect(() => toneOf('zhōng')).toThrow();
  });
});

describe('formatSyllable with tone marks', () => {
  it.each([
    ['zhong4', 'zhòng'],
    ['hao3', 'hǎo'],
    ['xie2', 'xié'],
    ['lou2', 'lóu'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['lv4', 'lǜ'],
    ['nve4', 'nüè'],
    ['lv5', 'lü'],
    ['le5', 'le'],
    ['r5', 'r'],
    ['m2', 'ḿ'],
    ['ng3', 'ňg'],
    ['er2', 'ér'],
  ])('%s → %s', (numbered, marked) => {
    expect(formatSyllable(numbered, 'marks')).toBe(marked);
  });

  it('leaves numbered syllables as they are', () => {
    expect(formatSyllable('lv4', 'numbers')).toBe('lv4');
  });
});

describe('formatSyllable in zhuyin', () => {
  it.each([
    ['zhong4', 'ㄓㄨㄥˋ'],
    ['ma1', 'ㄇㄚ'],
    ['ren2', 'ㄖㄣˊ'],
    ['shi4', 'ㄕˋ'],
    ['zi5', '˙ㄗ'],
    ['le5', '˙ㄌㄜ'],
    ['lv4', 'ㄌㄩˋ'],
    ['xue2', 'ㄒㄩㄝˊ'],
    ['jun1', 'ㄐㄩㄣ'],
    ['yi1', 'ㄧ'],
    ['you3', 'ㄧㄡˇ'],
    ['yuan2', 'ㄩㄢˊ'],
    ['wei4', 'ㄨㄟˋ'],
    ['wen2', 'ㄨㄣˊ'],
    ['dui4', 'ㄉㄨㄟˋ'],
    ['liu2', 'ㄌㄧㄡˊ'],
    ['er2', 'ㄦˊ'],
    ['ng2', 'ㄫˊ'],
  ])('%s → %s', (numbered, zhuyin) => {
    expect(formatSyllable(numbered, 'zhuyin')).toBe(zhuyin);
  });
});

describe('formatWord', () => {
  it('joins marked syllables, with an apostrophe before a, o, e', () => {
    expect(formatWord(['chang2', 'zhi4', 'jiu3', 'an1'], 'marks')).toBe("chángzhìjiǔ'ān");
    expect(formatWord(['xi1', 'an1'], 'marks')).toBe("xī'ān");
    expect(formatWord(['tian1', 'e2'], 'marks')).toBe("tiān'é");
    expect(formatWord(['zhong1', 'guo2'], 'marks')).toBe('zhōngguó');
  });

  it('separates numbered and zhuyin syllables with spaces', () => {
    expect(formatWord(['zhong1', 'guo2'], 'numbers')).toBe('zhong1 guo2');
    expect(formatWord(['zhong1', 'guo2'], 'zhuyin')).toBe('ㄓㄨㄥ ㄍㄨㄛˊ');
  });
});
