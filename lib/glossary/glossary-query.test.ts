import { describe, expect, it } from 'vitest';
import { GlossaryQueries, MAX_PAGE_ROWS, parseGlossaryListing, parseGlossaryQuery, type GlossaryQuery } from './glossary-query.ts';
import { updateTerm } from './operations.ts';
import { GLOSSARY_VERSION, termId, type Glossary, type GlossaryTerm } from './term.ts';
import { ALL_TERMS, CHANGZHI, LVSE, T0, ZHANGDA } from './test-fixtures.ts';

const NEWEST: GlossaryQuery = { text: '', tag: { kind: 'all' }, sort: { column: 'saved', descending: true }, offset: 0, limit: 50 };

function many(count: number): GlossaryTerm[] {
  return Array.from({ length: count }, (_, i) => {
    const word = `词${String.fromCodePoint(0x4e00 + i)}`;
    return { ...ZHANGDA, id: termId(word, word), simplified: word, traditional: word, tags: i % 2 ? ['odd'] : [], createdAt: T0 + i, updatedAt: T0 + i };
  });
}

describe('GlossaryQueries', () => {
  it('answers a page of the listing with the counts and the tags in use', () => {
    const damage = { items: 1, readOnly: false };
    const page = new GlossaryQueries().page(ALL_TERMS, { ...NEWEST, text: 'zhang', limit: 1 }, damage);
    expect(page).toEqual({ total: 3, listed: 1, offset: 0, terms: [ZHANGDA], tags: expect.any(Array), damage });
    expect(page.tags.map(({ tag }) => tag)).toContain('politics');
  });

  it('turns pages, filters by tag and sorts like the manager, and lists the ids of everything listed', () => {
    const terms = many(120);
    const queries = new GlossaryQueries();
    const second = queries.page(terms, { ...NEWEST, offset: 50 }, null);
    expect([second.listed, second.terms.length, second.terms[0]?.createdAt]).toEqual([120, 50, T0 + 69]);
    const last = queries.page(terms, { ...NEWEST, offset: 100 }, null);
    expect(last.terms).toHaveLength(20);
    const odd = queries.page(terms, { ...NEWEST, tag: { kind: 'tag', tag: 'odd' }, sort: { column: 'saved', descending: false } }, null);
    expect([odd.listed, odd.terms[0]?.createdAt]).toEqual([60, T0 + 1]);
    expect(queries.ids(terms, { text: '', tag: { kind: 'untagged' }, sort: NEWEST.sort })).toHaveLength(60);
    expect(queries.page(terms, { ...NEWEST, limit: 0 }, null)).toMatchObject({ total: 120, listed: 120, terms: [] });
  });

  it('answers from the latest glossary after a change', () => {
    const queries = new GlossaryQueries();
    const glossary: Glossary = { version: GLOSSARY_VERSION, terms: [CHANGZHI, LVSE] };
    expect(queries.page(glossary.terms, { ...NEWEST, text: 'peace' }, null).listed).toBe(1);
    const edited = updateTerm(glossary, CHANGZHI.id, { senses: ['stability'] }, T0);
    expect(queries.page(edited.terms, { ...NEWEST, text: 'peace' }, null).listed).toBe(0);
    expect(queries.page(edited.terms, { ...NEWEST, text: 'stab' }, null).terms.map((term) => term.id)).toEqual([CHANGZHI.id]);
  });
});

describe('parseGlossaryQuery', () => {
  it('accepts what the views send and refuses anything else', () => {
    expect(parseGlossaryQuery(JSON.parse(JSON.stringify(NEWEST)))).toEqual(NEWEST);
    expect(parseGlossaryQuery({ ...NEWEST, tag: { kind: 'tag', tag: 'x' } })?.tag).toEqual({ kind: 'tag', tag: 'x' });
    expect(parseGlossaryQuery({ ...NEWEST, limit: MAX_PAGE_ROWS + 1 })).toBeNull();
    expect(parseGlossaryQuery({ ...NEWEST, offset: -1 })).toBeNull();
    expect(parseGlossaryQuery({ ...NEWEST, offset: 1.5 })).toBeNull();
    expect(parseGlossaryQuery({ ...NEWEST, sort: { column: 'id', descending: true } })).toBeNull();
    expect(parseGlossaryQuery({ ...NEWEST, tag: { kind: 'tag' } })).toBeNull();
    expect(parseGlossaryQuery({ ...NEWEST, text: 'x'.repeat(1000) })).toBeNull();
    expect(parseGlossaryListing({ text: 'a', tag: { kind: 'untagged' }, sort: { column: 'pinyin', descending: false } })).toEqual({
      text: 'a',
      tag: { kind: 'untagged' },
      sort: { column: 'pinyin', descending: false },
    });
    expect(parseGlossaryListing({ text: '', tag: { kind: 'no-meaning' }, sort: { column: 'saved', descending: true } })?.tag).toEqual({ kind: 'no-meaning' });
    expect(parseGlossaryListing(null)).toBeNull();
  });
});
