import { describe, expect, it } from 'vitest';
import { tinyDictionary, tinyEntries } from '../../test/support/tiny-dictionary.ts';
import { parseCedictLine } from './cedict-line.ts';
import { compactFromEncoded, encodeDictionary, encodeFrequency, decodeFrequency, keysFromBytes, keysToBytes } from './compact-format.ts';
import { Dictionary } from './dictionary.ts';
import { senseKind, splitSenses } from './senses.ts';

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
  it('round-trips entries, including slashes inside senses and tabs in notes', () => {
    const entry = { traditional: '甲', simplified: '甲', syllables: ['jia3'], properName: true, senses: ['A/B', 'first'], source: 'glossary' as const, kind: 'formulation', attestation: 'somewhere' };
    const dictionary = new Dictionary(compactFromEncoded(encodeDictionary([{ entry, frequency: 12 }])));
    expect(dictionary.lookup('甲')).toEqual([entry]);
    expect(dictionary.frequency('甲')).toBeCloseTo(12, 1);
    const tabbed = new Dictionary(compactFromEncoded(encodeDictionary([{ entry: { ...entry, attestation: 'a\tb' }, frequency: 0 }])));
    expect(tabbed.lookup('甲')[0]?.attestation).toBe('a b');
  });

  it('stores keys as UTF-16LE bytes and reads them back', () => {
    const keys = '國家\n𠀀\n';
    expect(keysFromBytes(keysToBytes(keys))).toBe(keys);
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
    expect(dictionary.frequency('國家')).toBeCloseTo(40000, -2);
    expect(dictionary.frequency('国家')).toBe(dictionary.frequency('國家'));
    expect(dictionary.frequency('長治')).toBeUndefined();
    expect(dictionary.longestWord).toBe(5);
    expect(dictionary.glossarySize).toBe(1);
  });

  it('handles characters outside the BMP as keys', () => {
    expect(tinyDictionary().lookup('𠀀')[0]?.syllables).toEqual(['he1']);
  });

  it('rejects a truncated index', () => {
    const compact = compactFromEncoded(encodeDictionary(tinyEntries()));
    expect(() => new Dictionary({ ...compact, frequencies: compact.frequencies.subarray(1) })).toThrow(/truncated/);
    expect(() => new Dictionary({ ...compact, keys: compact.keys.slice(0, 10) })).toThrow(/truncated/);
  });

  it('keeps frequencies to a thousandth in the log domain', () => {
    for (const frequency of [0, 1, 3, 5000, 1e8]) {
      expect(decodeFrequency(encodeFrequency(frequency))).toBeCloseTo(frequency, frequency < 10 ? 2 : -Math.log10(frequency) + 3);
    }
  });

  it('loads entry shards on demand, once, and follows simplified keys to their traditional row', async () => {
    const encoded = encodeDictionary(tinyEntries());
    const loads: number[] = [];
    const dictionary = new Dictionary({
      ...compactFromEncoded(encoded),
      shards: new Map(),
      loadShard: async (shard) => {
        loads.push(shard);
        return encoded.shards[shard] ?? '';
      },
    });
    expect(dictionary.has('长治久安')).toBe(true);
    expect(() => dictionary.lookup('长治久安')).toThrow(/prepare/);
    await Promise.all([dictionary.prepare(['长治久安']), dictionary.prepare(['长治久安', '国家'])]);
    expect(dictionary.lookup('长治久安')[0]?.traditional).toBe('長治久安');
    expect(loads).toEqual([0]);
  });

  it('keeps at most shardLimit shards, dropping the least recently prepared, never the ones a lookup needs', async () => {
    const encoded = encodeDictionary(tinyEntries());
    const compact = compactFromEncoded(encoded);
    // One row per shard, so that every word sits on shards of its own.
    const rows = (encoded.shards[0] ?? '').split('\n');
    const index = compact.index.slice();
    index[3] = 1;
    const loads: number[] = [];
    const dictionary = new Dictionary({
      ...compact,
      index,
      shards: new Map(),
      shardLimit: 2,
      loadShard: async (shard) => {
        loads.push(shard);
        return rows[shard] ?? '';
      },
    });
    const words = ['長治久安', '國家', '𠀀'];
    for (const word of words) await dictionary.prepare([word]);
    expect(dictionary.lookup('𠀀')).toHaveLength(1);
    expect(() => dictionary.lookup('長治久安')).toThrow(/prepare/);
    await dictionary.prepare(words);
    expect(words.map((word) => dictionary.lookup(word).length)).toEqual([1, 1, 1]);
    const loadsBefore = loads.length;
    await dictionary.prepare(['國家']);
    expect(loads.length).toBe(loadsBefore);
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

  it('takes a pointer to words a character is used in for a note, not a definition (家 "used in 傢伙")', () => {
    expect(splitSenses(['used in 傢伙|家伙[jia1 huo5] and 傢俱|家俱[jia1 ju4]']).definitions).toEqual([]);
  });
});

describe('senseKind', () => {
  it('tells meanings from surnames and abbreviations of names, and from the glosses of variant forms', () => {
    expect(['new', 'surname Jiao', 'abbr. for Xinjiang 新疆[Xin1 jiang1]', 'abbr. to 中共', '(literary) harmonious (variant of 和[he2])'].map(senseKind)).toEqual([
      'meaning',
      'name',
      'name',
      'name',
      'variant form',
    ]);
  });
});
