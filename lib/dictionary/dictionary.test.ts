import { describe, expect, it } from 'vitest';
import { tinyDictionary } from '../../test/support/tiny-dictionary.ts';
import { parseCedictLine } from './cedict-line.ts';
import { decodeLine, encodeDictionary } from './compact-format.ts';
import { Dictionary } from './dictionary.ts';
import { splitSenses } from './senses.ts';

describe('parseCedictLine', () => {
  it('reads the four parts of a line', () => {
    expect(parseCedictLine('長治久安 长治久安 [chang2 zhi4 jiu3 an1] /long-term stability/')).toEqual({
      traditional: '長治久安',
      simplified: '长治久安',
      pinyin: 'chang2 zhi4 jiu3 an1',
      senses: ['long-term stability'],
    });
  });

  it('skips comments and malformed lines', () => {
    expect(parseCedictLine('# CC-CEDICT')).toBeNull();
    expect(parseCedictLine('長治久安 [chang2] /x/')).toBeNull();
  });
});

describe('compact dictionary', () => {
  it('round-trips entries, including slashes inside senses', () => {
    const compact = encodeDictionary([
      {
        entry: { traditional: '甲', simplified: '甲', syllables: ['jia3'], properName: true, senses: ['A/B', 'first'], source: 'glossary', kind: 'formulation', attestation: 'somewhere' },
        frequency: 12,
      },
    ]);
    expect(decodeLine(compact.text, 0)).toEqual({
      entry: { traditional: '甲', simplified: '甲', syllables: ['jia3'], properName: true, senses: ['A/B', 'first'], source: 'glossary', kind: 'formulation', attestation: 'somewhere' },
      frequency: 12,
    });
  });

  it('finds words by either script, glossary entries first', () => {
    const dictionary = tinyDictionary();
    expect(dictionary.lookup('長治久安').map((entry) => entry.simplified)).toEqual(['长治久安']);
    expect(dictionary.lookup('长治久安').map((entry) => entry.traditional)).toEqual(['長治久安']);
    expect(dictionary.lookup('长').map((entry) => entry.syllables[0])).toEqual(['chang2', 'zhang3']);
    expect(dictionary.lookup('新就业群体')[0]?.source).toBe('glossary');
    expect(dictionary.lookup('不存在')).toEqual([]);
  });

  it('answers prefix and frequency questions', () => {
    const dictionary = tinyDictionary();
    expect(dictionary.hasPrefix('長治')).toBe(true);
    expect(dictionary.hasPrefix('治久')).toBe(false);
    expect(dictionary.has('長治')).toBe(false);
    expect(dictionary.frequency('國家')).toBe(40000);
    expect(dictionary.frequency('国家')).toBe(40000);
    expect(dictionary.frequency('長治')).toBeUndefined();
    expect(dictionary.longestWord).toBe(5);
    expect(dictionary.glossarySize).toBe(1);
  });

  it('handles characters outside the BMP as keys', () => {
    expect(tinyDictionary().lookup('𠀀')[0]?.syllables).toEqual(['he1']);
  });

  it('rejects a truncated index', () => {
    expect(() => new Dictionary({ text: '', index: new Uint32Array(1) })).toThrow(/truncated/);
  });
});

describe('splitSenses', () => {
  it('separates measure words and variant notes from definitions', () => {
    expect(splitSenses(['country', 'CL:個|个[ge4],家[jia1]', 'variant of 裡|里[li3]'])).toEqual({
      definitions: ['country'],
      classifiers: ['個|个[ge4]', '家[jia1]'],
      variants: ['variant of 裡|里[li3]'],
    });
  });
});
