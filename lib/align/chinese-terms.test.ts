import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { createTermReader, type ChineseTerm } from './chinese-terms.ts';
import { englishWordKeys } from './english-words.ts';

let readTerms: (sentence: string) => ChineseTerm[];
beforeAll(() => {
  readTerms = createTermReader(new Dictionary(readDictionaryFiles()));
});

/** The English words of `english` that some term of `chinese` can be rendered by. */
function renderedWords(chinese: string, english: string): string[] {
  const terms = readTerms(chinese);
  return englishWordKeys(english).filter((key) => terms.some((term) => term.has(key)));
}

describe('createTermReader', () => {
  it('renders words through CC-CEDICT and the curated glossary', () => {
    expect(renderedWords('新就業群體', 'groups in new forms of employment')).toEqual(englishWordKeys('groups new forms employment'));
    expect(renderedWords('事關黨長期執政', "vital to the Party's long-term governance")).toEqual(englishWordKeys('Party long term governance'));
  });

  it('renders names through their readings, known or not', () => {
    expect(renderedWords('習近平會見蔡奇', 'Xi Jinping meets Cai Qi')).toEqual(englishWordKeys('Xi Jinping meets Cai Qi'));
    expect(renderedWords('李幹傑主持', 'Li Ganjie presided')).toEqual(englishWordKeys('Li Ganjie presided'));
  });

  it('renders numbers written in digits and in Chinese numerals, and months', () => {
    expect(renderedWords('2012年11月15日，十八大開幕', 'November 15, 2012: the 18th Congress opened')).toEqual(
      englishWordKeys('November 15 2012 18th Congress opened'),
    );
    expect(renderedWords('二十大', 'the 20th congress')).toEqual(englishWordKeys('20th congress'));
  });

  it('leaves out function words', () => {
    expect(readTerms('的了和')).toEqual([]);
  });
});
