import { beforeAll, describe, expect, it } from 'vitest';
import { inMemoryConversionLoader } from './build/in-memory-loader.ts';
import { createConverterLoader, type ConverterLoader } from './converter.ts';
import { DictionaryTrie, type Pieces } from './dictionary-trie.ts';
import { decodeTrie, encodeTrie, type TrieEntry } from './trie-format.ts';
import { WordConversion } from './word-conversion.ts';

function stage(entries: TrieEntry[]): WordConversion {
  const bytes = encodeTrie(entries, 2);
  // Dictionary 0 holds phrases, dictionary 1 characters, as in OpenCC's first stage.
  return new WordConversion(new DictionaryTrie(decodeTrie(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))), 0b01);
}

const PHRASE = 0b01;
const CHARACTER = 0b10;

function pieces({ text, bounds }: Pieces): string[] {
  return bounds.slice(1).map((end, k) => text.slice(bounds[k], end));
}

describe('WordConversion', () => {
  const conversion = stage([
    { key: '发', value: '發', membership: CHARACTER, weight: 11 },
    { key: '护', value: '護', membership: CHARACTER, weight: 6 },
    { key: '干', value: '幹', membership: CHARACTER, weight: 8 },
    { key: '饭', value: '飯', membership: CHARACTER, weight: 9 },
    { key: '护发', value: '護髮', membership: PHRASE, weight: 5 },
    { key: '发展', value: '發展', membership: PHRASE, weight: 9 },
    { key: '干拌', value: '乾拌', membership: PHRASE },
    { key: '十天后', value: '十天後', membership: PHRASE },
    { key: '保护', value: '', membership: 0, weight: 9 },
    { key: '拌饭', value: '', membership: 0, weight: 6 },
    { key: '天后', value: '', membership: 0, weight: 7 },
    { key: '发干', value: '', membership: 0, weight: 9 },
    { key: '𠮷', value: '吉', membership: CHARACTER, weight: 3 },
  ]);
  const convert = (text: string) => conversion.convert(text).text;

  it('passes over a phrase that is a word where it would cut the words of the text', () => {
    expect(convert('保护发展')).toBe('保護發展');
    // Where the words agree with it, the phrase applies.
    expect(convert('护发')).toBe('護髮');
  });

  it('writes with a phrase that is no word the characters outside the words it cuts, and each word cut alone', () => {
    expect(convert('干拌饭')).toBe('乾拌飯');
    expect(convert('干')).toBe('幹');
  });

  it('reads what follows a number in digits as the phrases read it after 十', () => {
    expect(convert('1000天后')).toBe('1000天後');
    expect(convert('１０天后')).toBe('１０天後');
    expect(convert('天后')).toBe('天后');
  });

  it('takes a lone surrogate for a character of its own, not for half of the next one', () => {
    expect(convert('\ud800𠮷发展')).toBe('\ud800吉發展');
  });

  it('steps over an Ideographic Description Sequence as OpenCC does: no word reaches into it', () => {
    // ⿰护发 spells one character: the word 发干 is not read across its end, so the phrase 干拌 cuts no word.
    expect(convert('⿰护发干拌饭')).toBe('⿰护发乾拌飯');
    expect(convert('发干拌饭')).toBe('發幹拌飯');
    // ⿲ takes three parts.
    expect(convert('⿲干发饭饭')).toBe('⿲干发饭飯');
  });

  it('cuts pieces for later stages where opencc-js cuts them: at the phrases of the dictionaries asked for', () => {
    // The text as the words have it, its pieces as opencc-js's longest match has them.
    expect(pieces(conversion.convert('他护发展'))).toEqual(['他', '護發', '展']);
    expect(pieces(conversion.convert(''))).toEqual([]);
  });
});

describe('Simplified → Traditional by words, with the real tables', () => {
  let loadConverter: ConverterLoader;
  beforeAll(async () => {
    loadConverter = createConverterLoader(await inMemoryConversionLoader());
  });

  // The cases of issue 18, where OpenCC's longest match writes 保護髮展, 更復雜, 1000天后 and 自制酒精飲料.
  it.each([
    ['保护发展', '保護發展'],
    ['更复杂', '更複雜'],
    ['1000天后', '1000天後'],
    ['自制酒精饮料', '自製酒精飲料'],
  ])('%s → %s', async (simplified, traditional) => {
    for (const to of ['tw', 'hk', 't'] as const) expect(await (await loadConverter('cn', to))(simplified)).toBe(traditional);
  });

  it('keeps the phrases of whole words and the longer phrases that say what a word means there', async () => {
    const convert = await loadConverter('cn', 'tw');
    expect(convert('美国制裁 美国制武器')).toBe('美國制裁 美國製武器');
    expect(convert('三天后 不能自制 自制力')).toBe('三天後 不能自制 自制力');
    expect(convert('干拌饭 5里外 100余人 1000只')).toBe('乾拌飯 5里外 100餘人 1000隻');
  });

  it('writes a word that an Ideographic Description Sequence breaks as OpenCC writes it', async () => {
    // 苦干实 is the sequence; 实干 is no word here, and 干 alone is 乾.
    expect((await loadConverter('cn', 'tw'))('⿲苦干实干和丰')).toBe('⿲苦干实乾和豐');
  });

  it('gives the regional phrases of later stages the pieces opencc-js gives them', async () => {
    expect((await loadConverter('cn', 'twp'))('低级别产品')).toBe('低級別產品');
  });
});
