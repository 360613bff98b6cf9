import { describe, expect, it } from 'vitest';
import { readingsInContext, type WordReadingSource } from './context-reading.ts';

/** A dictionary of a few words (`verbs` among them), in the shape reading in context asks of lib/dictionary. */
function wordsOf(entries: Record<string, readonly string[]>, verbs: readonly string[] = []): WordReadingSource {
  const keys = Object.keys(entries);
  return {
    longestWord: Math.max(...keys.map((word) => Array.from(word).length)),
    hasPrefix: (prefix) => keys.some((word) => word.startsWith(prefix)),
    frequency: (word) => (word in entries ? 100 : undefined),
    readings: (word) => {
      const reading = entries[word];
      return reading ? [reading] : [];
    },
    uses: (word) => ({ verb: verbs.includes(word), noun: false }),
  };
}

const WORDS = wordsOf({
  重要: ['zhong4', 'yao4'],
  重新: ['chong2', 'xin1'],
  長治久安: ['chang2', 'zhi4', 'jiu3', 'an1'],
  长治久安: ['chang2', 'zhi4', 'jiu3', 'an1'],
  確保: ['que4', 'bao3'],
  社會: ['she4', 'hui4'],
  堅持: ['jian1', 'chi2'],
  人民: ['ren2', 'min2'],
  中心: ['zhong1', 'xin1'],
  發展: ['fa1', 'zhan3'],
  思想: ['si1', 'xiang3'],
  马克思列宁主义: ['ma3', 'ke4', 'si1', 'lie4', 'ning2', 'zhu3', 'yi4'],
  指导: ['zhi3', 'dao3'],
  了解: ['liao3', 'jie3'],
  什么: ['shen2', 'me5'],
  认识: ['ren4', 'shi5'],
  '𠮷': ['ji2'],
});

describe('readingsInContext', () => {
  it('reads 重 by the word it is in', () => {
    expect(readingsInContext('这很重要，我们重新开始。')).toEqual([
      'zhe4', 'hen3', 'zhong4', 'yao4', null, 'wo3', 'men5', 'chong2', 'xin1', 'kai1', 'shi3', null,
    ]);
  });

  it('reads Traditional text through its Simplified characters', () => {
    expect(readingsInContext('還是')).toEqual(['hai2', 'shi4']);
    expect(readingsInContext('時間')).toEqual(['shi2', 'jian1']);
    expect(readingsInContext('坐火車去')).toEqual(['zuo4', 'huo3', 'che1', 'qu4']);
  });

  it('tells 了 the particle from 了 of 了解', () => {
    expect(readingsInContext('我了解了情况。')).toEqual(['wo3', 'liao3', 'jie3', 'le5', 'qing2', 'kuang4', null]);
  });

  it('reads dictionary words as the dictionary does, in Traditional too', () => {
    expect(readingsInContext('確保社會長治久安', WORDS).slice(4)).toEqual(['chang2', 'zhi4', 'jiu3', 'an1']);
  });

  it('reads 为 standing alone as the copula wei2', () => {
    expect(readingsInContext('堅持以人民為中心的發展思想', WORDS)[5]).toBe('wei2');
    expect(readingsInContext('以马克思列宁主义为指导', WORDS)[8]).toBe('wei2');
  });

  it('reads 为 as wei4 "for" before a verb phrase', () => {
    const words = wordsOf({ 我们: ['wo3', 'men5'], 人民: ['ren2', 'min2'], 服务: ['fu2', 'wu4'] }, ['服务']);
    expect(readingsInContext('我们为人民服务', words)[2]).toBe('wei4');
  });

  it('reads variant characters through their standard forms, as the card and the ruby do', () => {
    expect(readingsInContext('生産', wordsOf({ 生產: ['sheng1', 'chan3'] }))).toEqual(['sheng1', 'chan3']);
  });

  it('reads a clause alike wherever the text around it is cut', () => {
    const clause = '我们要自然地笑，';
    const whole = readingsInContext(`他说：${clause}不要紧张。`, WORDS);
    expect(whole.slice(3, 3 + Array.from(clause).length)).toEqual(readingsInContext(clause, WORDS));
  });

  it('keeps a character its own tone where the dictionary writes it neutral', () => {
    expect(readingsInContext('我认识他', WORDS)).toEqual(['wo3', 'ren4', 'shi2', 'ta1']);
    expect(readingsInContext('你好吗？')[2]).toBe('ma5');
  });

  it('gives bound characters outside any word their productive reading', () => {
    expect(readingsInContext('什么', WORDS)[0]).toBe('shen2');
    expect(readingsInContext('四川省什邡市', WORDS)[3]).toBe('shi2');
  });

  it('reads the classifier 只 after a numeral and the adverb elsewhere', () => {
    expect(readingsInContext('两只猫', WORDS)[1]).toBe('zhi1');
    expect(readingsInContext('他只想回家', WORDS)[1]).toBe('zhi3');
  });

  it('keeps one element per code point, null for what is not Han', () => {
    const text = 'G20峰会𠀀于2016年9月在杭州举行。';
    const readings = readingsInContext(text, WORDS);
    expect(readings).toHaveLength(Array.from(text).length);
    expect(readings.slice(0, 3)).toEqual([null, null, null]);
    expect(readings.slice(7, 11)).toEqual([null, null, null, null]);
    expect(readings[15]).toBe('hang2');
    expect(readings.at(-1)).toBeNull();
  });

  it('reads a character outside the BMP when the dictionary knows it, and never shifts the others', () => {
    expect(readingsInContext('𠮷野家')).toEqual([null, 'ye3', 'jia1']);
    expect(readingsInContext('𠮷野家', WORDS)).toEqual(['ji2', 'ye3', 'jia1']);
  });

  it('reads the empty string as nothing', () => {
    expect(readingsInContext('')).toEqual([]);
  });
});
