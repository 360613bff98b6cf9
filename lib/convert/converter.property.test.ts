import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConversionSources } from './build/conversion-sources.ts';
import { CURATED_PHRASES } from './build/curated-phrases.ts';
import { inMemoryConversionLoader } from './build/in-memory-loader.ts';
import { dictionaryNamed, dictionaryPairs } from './build/opencc-dictionaries.ts';
import { createConverterLoader, type ConverterLoader } from './converter.ts';
import { LOCALES, type Locale } from './locales.ts';

const DIRECTIONS = LOCALES.flatMap((from) => LOCALES.filter((to) => to !== from).map((to) => [from, to] as const));

let loadConverter: ConverterLoader;
let words: string[];
/** Simplified characters that some phrase of the first stage writes otherwise than the character table does. */
let contextual: Set<string>;
beforeAll(async () => {
  loadConverter = createConverterLoader(await inMemoryConversionLoader());
  const { dictionaries, words: wordList } = await loadConversionSources();
  words = [...dictionaries]
    .filter(([name]) => !name.startsWith('JP'))
    .flatMap(([, pairs]) => dictionaryPairs(pairs).flatMap(([source, replacement]) => [source, replacement]))
    .concat([...wordList.keys()].slice(0, 5000));
  const characters = new Map(dictionaryPairs(dictionaryNamed(dictionaries, 'STCharacters')));
  contextual = new Set();
  for (const name of ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases', CURATED_PHRASES]) {
    for (const [key, value] of dictionaryPairs(dictionaryNamed(dictionaries, name))) {
      const written = Array.from(value);
      Array.from(key).forEach((character, i) => {
        if (written[i] !== (characters.get(character) ?? character)) contextual.add(character);
      });
    }
  }
});

const codePoint = (min: number, max: number) => fc.integer({ min, max }).map((value) => String.fromCodePoint(value));

/** Text that exercises the tables: their own words and characters, next to anything else a page may hold. */
function pageText(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.nat(words.length - 1).map((index) => words[index] ?? '') },
    { weight: 2, arbitrary: codePoint(0x4e00, 0x9fff) },
    { weight: 1, arbitrary: codePoint(0x20000, 0x2a6df) }, // CJK Extension B, surrogate pairs in UTF-16
    { weight: 1, arbitrary: codePoint(0x2ff0, 0x2fff) }, // ideographic description characters
    { weight: 1, arbitrary: fc.constantFrom('日本の漢字', '東京都渋谷区', '国学広県', 'ひらがな', 'カタカナ', '変換') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    { weight: 1, arbitrary: codePoint(0xd800, 0xdfff) }, // a lone surrogate, as broken text may hold
  );
  return fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join(''));
}

// The regional phrase tables (twp, hkp) swap words of other lengths (U盤 → 隨身碟); the other tables map a phrase to
// a phrase as long, so positions in the page's text stay put.
const LENGTH_KEEPING: readonly Locale[] = ['cn', 'tw', 'hk', 't'];

// opencc-js takes most of the time: it builds its tables again for each direction.
describe('conversion', { timeout: 60_000 }, () => {
  it.each(DIRECTIONS.filter(([from]) => from !== 'cn'))('%s → %s gives opencc-js output on any text', async (from, to) => {
    const convert = await loadConverter(from, to);
    const opencc = OpenCC.Converter({ from, to });
    fc.assert(fc.property(pageText(), (text) => convert(text) === opencc(text)), { numRuns: 300 });
  });

  // Simplified converts by words (word-conversion.ts): it parts from opencc-js only where OpenCC's own phrases give
  // a character another form than its table does (发 → 發 or 髮). Compared character by character, so for the
  // directions whose phrases keep the length (twp and hkp are left to OpenCC's test cases).
  it.each(DIRECTIONS.filter(([from, to]) => from === 'cn' && LENGTH_KEEPING.includes(to)))(
    '%s → %s gives opencc-js output on any text but for characters whose form depends on the phrase',
    async (from, to) => {
      const convert = await loadConverter(from, to);
      const opencc = OpenCC.Converter({ from, to });
      fc.assert(
        fc.property(pageText(), (text) => {
          const input = Array.from(text);
          const theirs = Array.from(opencc(text));
          return Array.from(convert(text)).every((character, i) => character === theirs[i] || contextual.has(input[i] ?? ''));
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(DIRECTIONS)('%s → %s leaves text without Chinese characters as it is', async (from, to) => {
    const convert = await loadConverter(from, to);
    const noHan = fc.string({ unit: 'binary' }).filter((text) => !/\p{Script=Han}/u.test(text));
    fc.assert(fc.property(noHan, (text) => convert(text) === text), { numRuns: 200 });
  });

  it.each(DIRECTIONS.filter(([from, to]) => LENGTH_KEEPING.includes(from) && LENGTH_KEEPING.includes(to)))(
    '%s → %s keeps the length in code points',
    async (from, to) => {
      const convert = await loadConverter(from, to);
      fc.assert(fc.property(pageText(), (text) => Array.from(convert(text)).length === Array.from(text).length), {
        numRuns: 300,
      });
    },
  );

  // Where OpenCC's tables are closed (the variant tables between Traditional standards). Elsewhere they are not:
  // cn → tw turns 没精打采 into 沒精打采, then 沒精打採; twp → t turns 哈薩克斯坦 into 哈薩克斯坦斯坦, and again.
  const IDEMPOTENT = [['t', 'tw'], ['t', 'hk'], ['tw', 't'], ['hk', 't'], ['hk', 'tw']] as const;
  it.each(IDEMPOTENT)('%s → %s converted twice is converted once', async (from, to) => {
    const convert = await loadConverter(from, to);
    fc.assert(
      fc.property(pageText(), (text) => {
        const once = convert(text);
        return convert(once) === once;
      }),
      { numRuns: 500 },
    );
  });

  it('keeps well-formed text well-formed, Extension B included', async () => {
    const convert = await loadConverter('cn', 'tw');
    const wellFormed = pageText().filter((text) => text.isWellFormed());
    fc.assert(fc.property(wellFormed, (text) => convert(text).isWellFormed()), { numRuns: 300 });
    expect(convert('𠮷野家的发展')).toBe('𠮷野家的發展');
  });

  it('leaves a text in its own locale alone, where opencc-js would convert cn → cn through Traditional', async () => {
    expect((await loadConverter('cn', 'cn'))('没精打采')).toBe('没精打采');
    expect((await loadConverter('tw', 'tw'))('裡面')).toBe('裡面');
  });

  it('uses the regional phrase tables for twp and hkp only', async () => {
    expect((await loadConverter('cn', 'tw'))('发布时间：软件')).toBe('發佈時間：軟件');
    expect((await loadConverter('cn', 'twp'))('发布时间：软件')).toBe('釋出時間：軟體');
    expect((await loadConverter('tw', 'cn'))('發佈時間 核心')).toBe('发布时间 核心');
    expect((await loadConverter('twp', 'cn'))('發佈時間 核心')).toBe('发布时间 内核');
  });
});
