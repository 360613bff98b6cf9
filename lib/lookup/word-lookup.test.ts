import { beforeAll, describe, expect, it } from 'vitest';
import { tinyDictionary } from '../../test/support/tiny-dictionary.ts';
import { inMemoryConversionLoader } from '../convert/build/in-memory-loader.ts';
import { createConverterLoader, type ConverterLoader } from '../convert/converter.ts';
import type { Dictionary } from '../dictionary/dictionary.ts';
import { standardForm } from '../dictionary/variant-characters.ts';
import { segment } from '../segment/segmenter.ts';
import { lookupWord, type LookupRequest, type ReadingsInContext } from './word-lookup.ts';

/** Stands in for the context reader: every Han character reads as given, others null. */
function readings(map: Record<string, string>): ReadingsInContext {
  return (text) => Array.from(text).map((char) => map[char] ?? null);
}

let converters: ConverterLoader;
beforeAll(async () => {
  converters = createConverterLoader(await inMemoryConversionLoader());
}, 60_000);

const lookup = (request: LookupRequest, dictionary: Dictionary, read: ReadingsInContext) => lookupWord(request, dictionary, read, converters);

const READ = readings({ 長: 'chang2', 治: 'zhi4', 久: 'jiu3', 安: 'an1', 國: 'guo2', 家: 'jia1', 重: 'zhong4', 要: 'yao4' });

describe('lookupWord', () => {
  it('shows the word that covers the hovered character in the sentence segmentation', async () => {
    const result = await lookup({ text: '國家長治久安', index: 3 }, tinyDictionary(), READ);
    expect(result?.word).toEqual({ start: 2, end: 6, text: '長治久安' });
    expect(result?.otherScript).toBe('长治久安');
    expect(result?.script).toBe('traditional');
    expect(result?.reading).toEqual(['chang2', 'zhi4', 'jiu3', 'an1']);
    expect(result?.entries[0]?.definitions).toEqual(['long-term stability']);
    expect(result?.previousStart).toBe(0);
    expect(result?.nextStart).toBeNull();
  });

  it('shows the word of the segmentation, not a dictionary word spanning two of its words, which is a key away', async () => {
    const dictionary = tinyDictionary();
    expect(segment('社會工作', dictionary).map((token) => token.text)).toEqual(['社會', '工作']);
    const result = await lookup({ text: '社會工作', index: 3 }, dictionary, READ);
    expect(result?.word.text).toBe('工作');
    expect(result?.alternatives.map((span) => span.text)).toEqual(['工作', '社會工作']);
  });

  it('lists the shorter and longer dictionary words covering the character', async () => {
    const result = await lookup({ text: '國家長治久安', index: 4 }, tinyDictionary(), READ);
    expect(result?.alternatives.map((span) => span.text)).toEqual(['久安', '長治久安']);
  });

  it('honours a forced span (longer/shorter keys)', async () => {
    const result = await lookup({ text: '國家長治久安', index: 3, span: { start: 3, end: 4 } }, tinyDictionary(), READ);
    expect(result?.word.text).toBe('治');
    expect(result?.entries[0]?.definitions).toContain('to govern');
  });

  it('puts the entry read in this sentence first and marks it', async () => {
    const result = await lookup({ text: '長', index: 0 }, tinyDictionary(), readings({ 長: 'zhang3' }));
    expect(result?.entries.map((entry) => [entry.syllables[0], entry.readInContext])).toEqual([
      ['zhang3', true],
      ['chang2', false],
    ]);
  });

  it('reads the word as the sentence reader does (the ruby reads by it too), the entry filling in what it lacks', async () => {
    const result = await lookup({ text: '長治久安', index: 1 }, tinyDictionary(), readings({ 長: 'zhang3', 治: 'zhi4' }));
    expect(result?.reading).toEqual(['zhang3', 'zhi4', 'jiu3', 'an1']);
  });

  it('uses the curated glossary reading and marks glossary entries', async () => {
    const result = await lookup({ text: '新就業群體', index: 2 }, tinyDictionary(), readings({}));
    expect(result?.word.text).toBe('新就業群體');
    expect(result?.reading).toEqual(['xin1', 'jiu4', 'ye4', 'qun2', 'ti3']);
    expect(result?.entries[0]?.source).toBe('glossary');
    expect(result?.entries[0]?.attestation).toMatch(/Xinhua/);
  });

  it('answers null off Chinese text and a bare character for unknown ones', async () => {
    expect(await lookup({ text: 'abc', index: 1 }, tinyDictionary(), READ)).toBeNull();
    const unknown = await lookup({ text: '龘', index: 0 }, tinyDictionary(), READ);
    expect(unknown?.word.text).toBe('龘');
    expect(unknown?.entries).toEqual([]);
  });

  it('reads variant characters through their standard form and shows the word as written', async () => {
    const variant = await lookup({ text: '國家生産', index: 3 }, tinyDictionary(), READ);
    expect(variant?.word.text).toBe('生産');
    expect(variant?.entries[0]?.definitions).toContain('to produce');
    expect(variant?.otherScript).toBe('生产');
    expect(standardForm('新疆生産建設兵團，陜西')).toBe('新疆生產建設兵團，陝西');
    expect(standardForm('温度计')).toBe('温度计');
  });

  it('folds entries that define nothing apart from the entries', async () => {
    const result = await lookup({ text: '𠀀', index: 0 }, tinyDictionary(), READ);
    expect(result?.entries).toEqual([]);
    expect(result?.folded.map((entry) => entry.variants)).toEqual([['variant of 呵[he1]']]);
  });

  it('separates measure words from senses', async () => {
    const result = await lookup({ text: '國家', index: 0 }, tinyDictionary(), READ);
    expect(result?.entries[0]?.classifiers).toEqual(['個|个[ge4]']);
  });
});
