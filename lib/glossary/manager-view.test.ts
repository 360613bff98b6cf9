import { describe, expect, it } from 'vitest';
import { formatWord } from '../pinyin/syllable.ts';
import {
  createColumnOrders,
  editFields,
  hasMeaning,
  readEdit,
  selectionState,
  splitTags,
  parseTagInput,
  tagCounts,
  visibleTerms,
  withSelected,
  type ManagerSort,
  type TagFilter,
} from './manager-view.ts';
import { buildSearchIndex } from './search.ts';
import type { GlossaryTerm } from './term.ts';
import { ALL_TERMS, CHANGZHI, HOUR, T0, ZHANGDA } from './test-fixtures.ts';

const SHANGHAI: GlossaryTerm = { ...ZHANGDA, id: '上海', simplified: '上海', traditional: '上海', syllables: ['shang4', 'hai3'], senses: ['Shanghai'], tags: ['place'], createdAt: T0 - HOUR };
const TERMS = [...ALL_TERMS, SHANGHAI];
const index = buildSearchIndex(TERMS);
const orders = createColumnOrders(index);
const ALL: TagFilter = { kind: 'all' };
const words = (query: string, sort: ManagerSort, tag: TagFilter = ALL) => visibleTerms(index, orders, query, tag, sort).map((term) => term.simplified);

describe('visibleTerms', () => {
  it('sorts by each column, either way, with empty values last both ways', () => {
    expect(words('', { column: 'saved', descending: false })).toEqual(['上海', '长治久安', '长大', '绿色']);
    expect(words('', { column: 'saved', descending: true })).toEqual(['绿色', '长大', '长治久安', '上海']);
    expect(words('', { column: 'pinyin', descending: false })).toEqual(['长治久安', '绿色', '上海', '长大']);
    expect(words('', { column: 'english', descending: false })).toEqual(['绿色', '长治久安', '上海', '长大']);
    // 长大 and 上海 have no note: last in both directions, in the order they were saved.
    expect(words('', { column: 'note', descending: false })).toEqual(['绿色', '长治久安', '上海', '长大']);
    expect(words('', { column: 'note', descending: true })).toEqual(['长治久安', '绿色', '上海', '长大']);
    // 绿色 was last met away from a page (no title or address).
    expect(words('', { column: 'source', descending: false })).toEqual(['长治久安', '上海', '长大', '绿色']);
  });

  it('lists the terms without a meaning: no English sense and no note', () => {
    const guge: GlossaryTerm = { ...ZHANGDA, id: '谷歌|穀歌', simplified: '谷歌', traditional: '穀歌', senses: [], note: '', createdAt: T0 + 5 * HOUR };
    const noted: GlossaryTerm = { ...ZHANGDA, id: '百度|百度', simplified: '百度', traditional: '百度', senses: [], note: 'Baidu, the search engine', createdAt: T0 + 6 * HOUR };
    const withThem = buildSearchIndex([...TERMS, guge, noted]);
    const listed = visibleTerms(withThem, createColumnOrders(withThem), '', { kind: 'no-meaning' }, { column: 'saved', descending: false });
    expect(listed.map((term) => term.simplified)).toEqual(['谷歌']);
    expect([guge, noted, ZHANGDA].map(hasMeaning)).toEqual([false, true, true]);
  });

  it('filters by the popup search and by tag, keeping the order', () => {
    expect(words('zhang', { column: 'saved', descending: false })).toEqual(['长大']);
    expect(words('長', { column: 'hanzi', descending: true })).toEqual(['长治久安', '长大']);
    expect(words('', { column: 'saved', descending: false }, { kind: 'tag', tag: 'politics' })).toEqual(['长治久安']);
    expect(words('', { column: 'saved', descending: false }, { kind: 'untagged' })).toEqual(['长大']);
    expect(words('green', { column: 'saved', descending: false }, { kind: 'tag', tag: 'politics' })).toEqual([]);
  });
});

describe('tags', () => {
  it('counts the tags in use', () => {
    expect(tagCounts(TERMS)).toEqual([
      { tag: 'chengyu', count: 1 },
      { tag: 'environment', count: 1 },
      { tag: 'place', count: 1 },
      { tag: 'politics', count: 1 },
    ]);
  });

  it('reads a typed tag and a typed list of tags', () => {
    expect(parseTagInput('  review ')).toBe('review');
    expect(parseTagInput('  ')).toBeNull();
    expect(splitTags('a, b，c、 d,,')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('selection and pages', () => {
  it('selects and unselects many at once, and says whether all, some or none of a page is selected', () => {
    const selection = withSelected(new Set(['a']), ['b', 'c'], true);
    expect([...selection]).toEqual(['a', 'b', 'c']);
    expect(selectionState(selection, ['b', 'c'])).toBe('all');
    expect(selectionState(withSelected(selection, ['c'], false), ['b', 'c'])).toBe('some');
    expect(selectionState(new Set(), ['b'])).toBe('none');
  });
});

describe('readEdit', () => {
  const marks = (syllables: readonly string[]) => formatWord(syllables, 'marks');

  it('sends senses, note and tags, and the reading only when it was changed', () => {
    const initial = editFields(CHANGZHI, marks);
    expect(initial.pinyin).toBe("chángzhìjiǔ'ān");
    expect(readEdit(CHANGZHI, initial, { ...initial, senses: ' stability \n\n peace ', tags: 'a，b' })).toEqual({
      ok: true,
      changes: { senses: ['stability', 'peace'], note: CHANGZHI.note, tags: ['a', 'b'] },
    });
    const changed = readEdit(CHANGZHI, initial, { ...initial, pinyin: 'chang2 zhi4 jiu3 an1' });
    expect(changed.ok && changed.changes.syllables).toEqual(['chang2', 'zhi4', 'jiu3', 'an1']);
    expect(readEdit(CHANGZHI, initial, { ...initial, pinyin: '' })).toMatchObject({ ok: true, changes: { syllables: [] } });
  });

  it('refuses a reading that does not give one toned syllable per character', () => {
    const initial = editFields(CHANGZHI, marks);
    expect(readEdit(CHANGZHI, initial, { ...initial, pinyin: 'chang2 zhi4' })).toEqual({ ok: false, problem: 'pinyin' });
    expect(readEdit(CHANGZHI, initial, { ...initial, pinyin: 'changzhijiuan' })).toEqual({ ok: false, problem: 'pinyin' });
  });
});
