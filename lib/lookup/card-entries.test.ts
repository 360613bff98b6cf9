import { beforeAll, describe, expect, it } from 'vitest';
import { inMemoryConversionLoader } from '../convert/build/in-memory-loader.ts';
import { createConverterLoader, type ConverterLoader } from '../convert/converter.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { readingsInContext } from '../pinyin/context-reading.ts';
import { dictionaryWordReadings } from '../pinyin/dictionary-word-readings.ts';
import { cardTerm } from './card-term.ts';
import { lookupWord, type LookupResult } from './word-lookup.ts';

/** The card's entries with the real dictionary, the real reader and OpenCC's tables: the cases readers reported. */
let dictionary: Dictionary;
let converters: ConverterLoader;

beforeAll(async () => {
  dictionary = new Dictionary(readDictionaryFiles());
  converters = createConverterLoader(await inMemoryConversionLoader());
}, 60_000);

async function card(text: string, hovered: string): Promise<LookupResult> {
  const words = dictionaryWordReadings(dictionary);
  const index = Array.from(text).indexOf(hovered);
  const result = await lookupWord({ text, index }, dictionary, (sentence) => readingsInContext(sentence, words), converters);
  if (!result) throw new Error(`no card for ${hovered} in ${text}`);
  return result;
}

const firstSense = (result: LookupResult): string | undefined => result.entries[0]?.definitions[0];

describe('the entry the card leads with', () => {
  it('shows 和 in the other script as 和 (OpenCC), not the old variant 咊, and leads with "and"', async () => {
    const result = await card('我和你', '和');
    expect(result.word.text).toBe('和');
    expect(result.otherScript).toBeNull();
    expect(result.forms).toEqual({ simplified: '和', traditional: '和' });
    expect(firstSense(result)).toMatch(/\band\b/);
    expect(result.entries.map((entry) => entry.traditional)).not.toContain('咊');
    expect(result.folded.map((entry) => entry.traditional)).toContain('咊');
  });

  it('shows 最 as 最 and its sense, the variants 㝡 and 冣 folded', async () => {
    const result = await card('最重要的是', '最');
    expect(result.word.text).toBe('最');
    expect(result.otherScript).toBeNull();
    expect(result.forms.traditional).toBe('最');
    expect(firstSense(result)).toMatch(/most/);
    expect(result.folded.map((entry) => entry.traditional).sort()).toEqual(['㝡', '冣'].sort());
  });

  it('shows 谷歌 as 谷歌 in both scripts and leads with Google, not the variant 穀歌', async () => {
    const result = await card('谷歌的搜索', '谷');
    expect(result.word.text).toBe('谷歌');
    expect(result.forms).toEqual({ simplified: '谷歌', traditional: '谷歌' });
    expect(firstSense(result)).toMatch(/Google/);
    expect(result.folded.map((entry) => entry.traditional)).toEqual(['穀歌']);
  });

  it('leads 比如 with "for example", the sense-less "see 比如縣" folded', async () => {
    const result = await card('比如我们', '比');
    expect(result.word.text).toBe('比如');
    expect(firstSense(result)).toMatch(/for example/);
    expect(result.entries.every((entry) => entry.definitions.length > 0)).toBe(true);
    expect(result.folded[0]?.variants[0]).toMatch(/^see 比如縣/);
  });

  it('leads 教 in 来教它 with the reading read there, jiāo "to teach", not "surname Jiao"', async () => {
    const result = await card('我来教它', '教');
    expect(result.reading).toEqual(['jiao1']);
    expect(result.entries[0]?.syllables).toEqual(['jiao1']);
    expect(firstSense(result)).toMatch(/to teach/);
    expect(result.entries.findIndex((entry) => entry.definitions.includes('surname Jiao'))).toBe(result.entries.length - 1);
  });

  it('leads 新 with "new", not "abbr. for Xinjiang"', async () => {
    const result = await card('新的一年', '新');
    expect(firstSense(result)).toBe('new');
    expect(result.entries.at(-1)?.definitions[0]).toMatch(/^abbr\. for Xinjiang/);
  });

  it('gives the Traditional counterpart of a Simplified word by OpenCC, and the Simplified one of a Traditional word', async () => {
    const simplified = await card('他们后来走了', '后');
    expect(simplified.word.text).toBe('后来');
    expect(simplified.script).toBe('simplified');
    expect(simplified.otherScript).toBe('後來');
    const traditional = await card('國家長治久安', '治');
    expect(traditional.script).toBe('traditional');
    expect(traditional.otherScript).toBe('长治久安');
    expect(traditional.forms).toEqual({ simplified: '长治久安', traditional: '長治久安' });
  });

  it('reads a word of shared characters by the script of its sentence', async () => {
    const inSimplified = await card('后来他们说', '说');
    expect(inSimplified.script).toBe('simplified');
    const shared = await card('皇后來了', '皇');
    expect(shared.script).toBe('traditional');
    expect(shared.otherScript).toBeNull();
  });
});

describe('variant forms of Hong Kong and Xinhua Traditional text', () => {
  it('reads 這裏 as 這裡, with its senses, not as a variant without any', async () => {
    const result = await card('他在這裏工作', '裏');
    expect(result.word.text).toBe('這裏');
    expect(result.otherScript).toBe('这里');
    expect(firstSense(result)).toBe('here');
  });
});

describe('what Save keeps', () => {
  it('keeps the entry the card leads with, with its senses', async () => {
    expect(cardTerm(await card('我和你', '和'))).toMatchObject({ simplified: '和', traditional: '和', syllables: ['he2'] });
    expect(cardTerm(await card('我和你', '和')).senses[0]).toMatch(/\band\b/);
    expect(cardTerm(await card('谷歌的搜索', '谷'))).toMatchObject({ simplified: '谷歌', traditional: '谷歌' });
    expect(cardTerm(await card('谷歌的搜索', '谷')).senses[0]).toMatch(/Google/);
    expect(cardTerm(await card('比如我们', '比')).senses[0]).toMatch(/for example/);
  });

  it('has no senses to keep for a word the dictionary only refers elsewhere (the reader is asked for a gloss)', async () => {
    const result = await card('穀歌', '穀');
    expect(result.entries).toEqual([]);
    expect(result.folded.map((entry) => entry.variants[0])).toEqual(['variant of 谷歌[Gu3 ge1]']);
    expect(cardTerm(result)).toMatchObject({ traditional: '穀歌', senses: [] });
  });
});

describe('the word under the pointer', () => {
  it('is the word of the sentence segmentation: 中 in 历史对弈中的大约, not 中的 "to hit the target"', async () => {
    const result = await card('在历史对弈中的大约', '中');
    expect(result.word.text).toBe('中');
    expect(result.alternatives.map((span) => span.text)).toContain('中的');
    expect(firstSense(result)).not.toMatch(/target/);
  });

  it('is 都 in 每家酿酒商都想, not 商都, and reads dōu', async () => {
    const result = await card('每家酿酒商都想', '都');
    expect(result.word.text).toBe('都');
    expect(result.reading).toEqual(['dou1']);
    expect(result.entries[0]?.syllables).toEqual(['dou1']);
    expect(result.alternatives.map((span) => span.text)).toContain('商都');
  });

  it('is the dictionary word inside a word the dictionary lacks: 酿酒 of 酿酒商 (a brewer)', async () => {
    expect((await card('每家酿酒商都想', '酒')).word.text).toBe('酿酒');
    expect((await card('每家酿酒商都想', '商')).word.text).toBe('商');
  });
});
