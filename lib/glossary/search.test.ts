import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchTerms } from './search.ts';
import type { GlossaryTerm } from './term.ts';
import { ALL_TERMS, CHANGZHI, HOUR, LVSE, T0, ZHANGDA } from './test-fixtures.ts';

const SHANGHAI: GlossaryTerm = { ...ZHANGDA, id: '上海', simplified: '上海', traditional: '上海', syllables: ['shang4', 'hai3'], senses: ['Shanghai'], createdAt: T0 - HOUR };
const UNREAD: GlossaryTerm = { ...ZHANGDA, id: '咕', simplified: '咕', traditional: '咕', syllables: [], senses: ['(onomatopoeia)'], createdAt: T0 + 9 * HOUR };
const index = buildSearchIndex([...ALL_TERMS, SHANGHAI, UNREAD]);
const ids = (query: string): string[] => searchTerms(index, query, 'oldest').map((term) => term.simplified);

describe('searchTerms', () => {
  it('finds hanzi in either script, as a substring', () => {
    expect(ids('治久')).toEqual(['长治久安']);
    expect(ids('長')).toEqual(['长治久安', '长大']);
    expect(ids('綠 色')).toEqual(['绿色']);
  });

  it('finds pinyin with or without tones and spaces, from a syllable start', () => {
    for (const query of ['changzhi', 'chang2zhi4', 'cháng zhì', 'chang zhi', "zhi4 jiu'an", 'Chang']) expect(ids(query)).toEqual(['长治久安']);
    expect(ids('zhang')).toEqual(['长大']);
    expect(ids('chang3')).toEqual([]);
    expect(ids('hang')).toEqual([]);
    expect(ids('lü')).toEqual(['绿色']);
    expect(ids('lu4')).toEqual(['绿色']);
    expect(ids('sh')).toEqual(['上海']);
  });

  it('finds English words by prefix, every word, case and accents ignored', () => {
    expect(ids('STAB')).toEqual(['长治久安']);
    expect(ids('lasting peace')).toEqual(['长治久安']);
    expect(ids('peace grow')).toEqual([]);
    expect(ids('environment-friendly')).toEqual(['绿色']);
    expect(ids('grow')).toEqual(['长大']);
    expect(ids('onomatopoeia')).toEqual(['咕']);
  });

  it('lists everything for an empty query', () => {
    expect(ids('  ')).toHaveLength(5);
  });

  it('sorts by date either way, or by pinyin with unread terms last', () => {
    const order = (sort: 'newest' | 'oldest' | 'pinyin'): string[] => searchTerms(index, '', sort).map((term) => term.simplified);
    expect(order('oldest')).toEqual(['上海', '长治久安', '长大', '绿色', '咕']);
    expect(order('newest')).toEqual(['咕', '绿色', '长大', '长治久安', '上海']);
    expect(order('pinyin')).toEqual(['长治久安', '绿色', '上海', '长大', '咕']);
  });

  it('reuses the entries of unchanged terms', () => {
    const edited = { ...LVSE, senses: ['verdant'] };
    const next = buildSearchIndex([CHANGZHI, edited], index);
    expect(next.entries[0]).toBe(index.entries[0]);
    expect(searchTerms(next, 'verd', 'newest')).toEqual([edited]);
  });
});
