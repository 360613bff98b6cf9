import { describe, expect, it } from 'vitest';
import { tinyDictionary } from '../../test/support/tiny-dictionary.ts';
import { segment, type WordSource } from './segmenter.ts';

const words = (text: string) => segment(text, tinyDictionary()).map((token) => token.text);

/** A word list with the Leiden Weibo counts of the real dictionary, for the cases that hinge on how common words are. */
function countedWords(counts: Record<string, number>): WordSource {
  const known = new Map(Object.entries(counts));
  return {
    longestWord: Math.max(...[...known.keys()].map((word) => Array.from(word).length)),
    frequency: (word) => known.get(word),
    hasPrefix: (prefix) => [...known.keys()].some((word) => word.startsWith(prefix)),
  };
}

const NEWS = countedWords({
  美國: 16263,
  總統: 10537,
  說: 310907,
  我們: 213466,
  的: 4650143,
  是: 1648662,
  中文: 11640,
  有: 894633,
  人: 791505,
  年: 165000,
  布: 1300,
  殊: 376,
  吳: 1613,
  數: 6404,
  德: 2451,
  白: 8411,
  白蘭: 3,
  馬龍: 24,
  度: 9838,
  拉美: 20,
  德國: 2469,
  每: 165710,
  家: 156372,
  酿酒: 79,
  商: 198,
  商都: 42,
  都: 609868,
  想: 478781,
  可行: 20000,
  可行性: 3,
});
const newsWords = (text: string) => segment(text, NEWS).map((token) => (token.known ? token.text : `${token.text}?`));

describe('segment', () => {
  it('prefers the jointly most probable words over the longest first match', () => {
    expect(words('研究生命')).toEqual(['研究', '生命']);
  });

  it('keeps a dictionary word whole', () => {
    expect(words('國家長治久安')).toEqual(['國家', '長治久安']);
  });

  it('keeps curated glossary terms as one unit', () => {
    expect(words('新就業群體')).toEqual(['新就業群體']);
  });

  it('groups Latin and digit runs, keeps punctuation apart and drops spaces', () => {
    expect(words('國家 GDP2024，重要')).toEqual(['國家', 'GDP2024', '，', '重要']);
  });

  it('counts offsets in code points, so characters outside the BMP do not shift them', () => {
    const tokens = segment('𠀀國家', tinyDictionary());
    expect(tokens.map(({ text, start, end }) => [text, start, end])).toEqual([
      ['𠀀', 0, 1],
      ['國家', 1, 3],
    ]);
  });

  it('marks unknown characters as such', () => {
    expect(segment('龘', tinyDictionary())).toEqual([{ text: '龘', start: 0, end: 1, known: false }]);
  });
});

describe('segment: numbers', () => {
  it('joins a number to its magnitude, a month or a day, and a year number to 年', () => {
    expect(newsWords('2002年3月有8萬人')).toEqual(['2002年?', '3月?', '有', '8萬?', '人']);
    expect(newsWords('2.5億')).toEqual(['2.5億?']);
  });

  it('keeps a number of years apart from 年, which is then its measure word', () => {
    expect(newsWords('3年')).toEqual(['3?', '年']);
  });

  it('reads Chinese numerals as one number, including approximate numbers and years written with a circle', () => {
    expect(newsWords('二○○一年')).toEqual(['二○○一年?']);
    expect(newsWords('一九九八年')).toEqual(['一九九八年?']);
    expect(newsWords('十二月三十一日')).toEqual(['十二月?', '三十一日?']);
    expect(newsWords('數十人')).toEqual(['數十?', '人']);
  });
});

describe('segment: names the dictionary lacks', () => {
  it('recognises a Chinese person by surname and given name', () => {
    expect(newsWords('吳數德說')).toEqual(['吳數德?', '說']);
  });

  it('recognises a transliterated foreign name instead of cutting it into characters or chance words', () => {
    expect(newsWords('美國總統布殊說')).toEqual(['美國', '總統', '布殊?', '說']);
    expect(newsWords('馬龍白蘭度說')).toEqual(['馬龍白蘭度?', '說']);
  });

  it('leaves common words alone, and never lets a name swallow a common word', () => {
    expect(newsWords('我們說的是中文')).toEqual(['我們', '說', '的', '是', '中文']);
    expect(newsWords('德國達姆施塔特')).toEqual(['德國', '達姆施塔特?']);
  });

  it('keeps a dictionary word known even where it also reads as a name', () => {
    expect(segment('拉美', NEWS)).toEqual([{ text: '拉美', start: 0, end: 2, known: true }]);
  });
});

describe('segment: words made with a suffix', () => {
  it('joins a word and a suffix that makes a noun of it, so the suffix does not pair with what follows', () => {
    expect(newsWords('每家酿酒商都想')).toEqual(['每', '家', '酿酒商?', '都', '想']);
  });

  it('keeps a dictionary word that ends in a suffix known', () => {
    expect(segment('可行性', NEWS)).toEqual([{ text: '可行性', start: 0, end: 3, known: true }]);
  });
});
