import { beforeAll, describe, expect, it } from 'vitest';
import { inMemoryConversionLoader } from '../convert/build/in-memory-loader.ts';
import { createConverterLoader } from '../convert/converter.ts';
import { compactFromEncoded, encodeDictionary } from '../dictionary/compact-format.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { lookupWord } from '../lookup/word-lookup.ts';
import { readingsInContext } from '../pinyin/context-reading.ts';
import { dictionaryWordReadings } from '../pinyin/dictionary-word-readings.ts';
import { tinyEntries } from '../../test/support/tiny-dictionary.ts';
import { answerReadingsRequest } from './read-words.ts';
import { decodeWords } from './readings-request.ts';
import { rubySegments } from './ruby-segments.ts';

/** What the background does: read by the dictionary's own words. */
function answer(dictionary: Dictionary, texts: string[]) {
  const words = dictionaryWordReadings(dictionary);
  return answerReadingsRequest({ texts }, dictionary, (text) => readingsInContext(text, words));
}

/** Each text as `[base|reading]` segments in tone marks. */
async function annotated(dictionary: Dictionary, texts: string[]): Promise<string[]> {
  const { words } = await answer(dictionary, texts);
  return texts.map((text, i) =>
    rubySegments(text, decodeWords(words[i] ?? []), { style: 'marks' })
      .map((segment) => (segment.kind === 'text' ? segment.text : `[${segment.base}|${segment.reading}]`))
      .join(''),
  );
}

describe('answerReadingsRequest', () => {
  let dictionary: Dictionary;
  beforeAll(() => {
    dictionary = new Dictionary(readDictionaryFiles());
  });

  it('reads each word in its sentence: 行 is háng in 銀行 and xíng in 行走, in either script', async () => {
    expect(await annotated(dictionary, ['他在銀行工作。', '他在路上行走。', '他在银行工作。'])).toEqual([
      '[他|tā][在|zài][銀行|yínháng][工作|gōngzuò]。',
      '[他|tā][在|zài][路上|lùshàng][行走|xíngzǒu]。',
      '[他|tā][在|zài][银行|yínháng][工作|gōngzuò]。',
    ]);
  });

  it('answers every text in order, with only its Chinese words, at code point offsets', async () => {
    const { words } = await answer(dictionary, ['AI 與 5G', 'hello', '𠮷重要']);
    expect(words).toHaveLength(3);
    expect(words[0]).toEqual([[3, 'yu3']]);
    expect(words[1]).toEqual([]);
    expect(words[2]?.at(-1)).toEqual([1, 'zhong4 yao4']);
  });

  it('loads the entries it reads when the dictionary holds none yet (as in the service worker), variants read as their standard forms', async () => {
    const encoded = encodeDictionary(tinyEntries());
    const lazy = new Dictionary({
      ...compactFromEncoded(encoded),
      shards: new Map(),
      loadShard: async (shard) => encoded.shards[shard] ?? '',
    });
    expect(await annotated(lazy, ['長治久安很重要', '生産'])).toEqual(['[長治久安|chángzhìjiǔ\'ān][很|hěn][重要|zhòngyào]', '[生産|shēngchǎn]']);
  });

  it('reads every character as the hover card does, in the paragraph as in the sentence under the pointer', async () => {
    const words = dictionaryWordReadings(dictionary);
    const read = (text: string): (string | null)[] => readingsInContext(text, words);
    const converters = createConverterLoader(await inMemoryConversionLoader());
    const paragraph = '我們所處的位置很重要。他們來得太早了，社會工作力量不足。蔡奇出席會議並講話。';
    const sentences = paragraph.match(/[^。]+。/gu) ?? [];
    const { words: answered } = await answer(dictionary, [paragraph]);
    const ruby = Array.from(paragraph, (): string | null => null);
    for (const word of decodeWords(answered[0] ?? [])) word.reading.forEach((syllable, i) => (ruby[word.start + i] = syllable));
    const card: (string | null)[] = [];
    for (const sentence of sentences) {
      for (let index = 0; index < Array.from(sentence).length; index++) {
        const result = await lookupWord({ text: sentence, index }, dictionary, read, converters);
        card.push(result ? (result.reading[index - result.word.start] ?? null) : null);
      }
    }
    expect(card).toEqual(ruby);
  }, 60_000);
});
