import { describe, expect, it } from 'vitest';
import { DictionaryTrie, wholeText, type Pieces } from './dictionary-trie.ts';
import { decodeTrie, encodeTrie, type TrieEntry } from './trie-format.ts';

function trie(entries: TrieEntry[], dictionaryCount: number): DictionaryTrie {
  const bytes = encodeTrie(entries, dictionaryCount);
  return new DictionaryTrie(decodeTrie(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
}

// Dictionary 0 holds phrases, dictionary 1 characters, as in OpenCC's stages.
const STAGE = trie(
  [
    { key: '发', value: '發', membership: 0b10 },
    { key: '头发', value: '頭髮', membership: 0b01 },
    { key: '头', value: '頭', membership: 0b10 },
    { key: '𠮷', value: '吉', membership: 0b10 },
    { key: '发展中', value: '發展中', membership: 0b01 },
  ],
  2,
);

const convert = (text: string) => STAGE.convert(wholeText(text)).text;

function pieces({ text, bounds }: Pieces): string[] {
  return bounds.slice(1).map((end, k) => text.slice(bounds[k], end));
}

describe('DictionaryTrie', () => {
  it('replaces the longest key at each position and keeps the rest', () => {
    expect(convert('头发和发展, 𠮷')).toBe('頭髮和發展, 吉');
    expect(convert('发展中国家')).toBe('發展中国家');
    expect(convert('')).toBe('');
    expect(convert('abc')).toBe('abc');
  });

  it('cuts text at the longest keys of the dictionaries asked for', () => {
    expect(pieces(STAGE.segment('他头发长', 0b01))).toEqual(['他', '头发', '长']);
    expect(pieces(STAGE.segment('他头发长', 0b10))).toEqual(['他', '头', '发', '长']);
    expect(pieces(STAGE.segment('头发', 0b01))).toEqual(['头发']);
    expect(STAGE.segment('', 0b01).bounds).toEqual([0]);
  });

  it('converts each piece alone, and gives the bounds of the converted pieces', () => {
    const converted = STAGE.convert({ text: '头发头发', bounds: [0, 1, 2, 4] });
    expect(converted).toEqual({ text: '頭發頭髮', bounds: [0, 1, 2, 4] });
    expect(pieces(STAGE.convert({ text: 'x𠮷y', bounds: [0, 1, 3, 4] }))).toEqual(['x', '吉', 'y']);
  });

  it('steps over an ideographic description sequence whole, as opencc-js does', () => {
    expect(convert('⿰发头发')).toBe('⿰发头發');
    expect(convert('⿰发')).toBe('⿰發');
    // Cut short by the end of its piece, the sequence is no sequence: its parts convert.
    expect(pieces(STAGE.convert({ text: '⿰发头', bounds: [0, 2, 3] }))).toEqual(['⿰發', '頭']);
  });

  it('keeps the weights of a word list beside the dictionaries, its words replacing nothing', () => {
    const words = trie(
      [
        { key: '发', value: '發', membership: 0b10, weight: 11 },
        { key: '发展', value: '發展', membership: 0b01, weight: 9 },
        { key: '保护', value: '', membership: 0, weight: 15 },
      ],
      2,
    );
    expect(words.convert(wholeText('保护发展')).text).toBe('保护發展');
    const node = (key: string) => words.nodeOf(key);
    expect([node('发'), node('发展'), node('保护')].map((n) => words.weight(n))).toEqual([11, 9, 15]);
    expect(words.isIn(node('发展'), 0b01)).toBe(true);
    expect(words.isIn(node('保护'), words.everyDictionary)).toBe(false);
    expect(words.replacement(node('发展'))).toBe('發展');
    expect(words.child(node('发'), '展'.charCodeAt(0))).toBe(node('发展'));
    expect([node('保'), node('护'), node('展')]).toEqual([node('保'), 0, 0]);
  });

  it('keeps a replacement starting with a byte order mark', () => {
    expect(trie([{ key: 'a', value: '\ufeffb', membership: 1 }], 1).convert(wholeText('a')).text).toBe('\ufeffb');
  });
});

describe('trie format', () => {
  it('refuses truncated files and other versions', () => {
    const bytes = encodeTrie([{ key: '发', value: '發', membership: 1 }], 1);
    expect(() => decodeTrie(bytes.buffer.slice(0, bytes.byteLength - 1))).toThrow(/truncated/);
    const other = bytes.slice();
    other[0] = 9;
    expect(() => decodeTrie(other.buffer)).toThrow(/format 9/);
  });

  it('refuses duplicate keys, and memberships and weights out of range', () => {
    expect(() => encodeTrie([{ key: 'a', value: 'b', membership: 1 }, { key: 'a', value: 'c', membership: 1 }], 1)).toThrow(/Duplicate/);
    expect(() => encodeTrie([{ key: 'a', value: 'b', membership: 0 }], 1)).toThrow(/membership/);
    expect(() => encodeTrie([{ key: 'a', value: 'b', membership: 0b10000 }], 4)).toThrow(/membership/);
    expect(() => encodeTrie([{ key: 'a', value: '', membership: 0, weight: 16 }], 1)).toThrow(/weight/);
    expect(() => encodeTrie([{ key: 'a', value: 'b', membership: 1 }], 5)).toThrow(/dictionary count/);
  });
});
