import { describe, expect, it } from 'vitest';
import { assembleStoredGlossary, LEGACY_KEY, META_KEY, SHARD_COUNT, SHARD_KEYS, shardKey, shardOf, shardWrites } from './storage-layout.ts';
import { GLOSSARY_VERSION, type Glossary, type GlossaryTerm } from './term.ts';
import { CHANGZHI, HOUR, LVSE, T0, ZHANGDA } from './test-fixtures.ts';

const WRITER = { revision: 3, writer: 'me' };

/** What storage holds after applying `items` over `stored`. */
const applied = (stored: Record<string, unknown>, items: Record<string, unknown>) => JSON.parse(JSON.stringify({ ...stored, ...items }));

describe('glossary storage layout', () => {
  it('puts a term in the same shard in every version (the stored layout depends on it)', () => {
    // Pinned values (FNV-1a, finalized): a changed hash would file new writes of stored terms under other shards.
    expect([shardOf(''), shardOf('a'), shardOf('长治久安|長治久安')]).toEqual([11, 435, 546]);
    const used = new Set(Array.from({ length: 20_000 }, (_, i) => shardOf(`词${i}|詞${i}`)));
    expect(used.size).toBe(SHARD_COUNT);
  });

  it('writes only the shards of changed terms, with the meta item, and reads the terms back oldest first', () => {
    const terms: GlossaryTerm[] = [LVSE, CHANGZHI, ZHANGDA];
    const all = shardWrites({ version: GLOSSARY_VERSION, terms }, 'all', WRITER);
    expect(Object.keys(all)).toHaveLength(SHARD_COUNT + 1);
    expect(all[META_KEY]).toEqual({ version: GLOSSARY_VERSION, revision: 3, writer: 'me' });
    const stored = applied({}, all);
    const read = assembleStoredGlossary(stored);
    expect(read).toMatchObject({
      document: { version: GLOSSARY_VERSION, terms: JSON.parse(JSON.stringify([CHANGZHI, ZHANGDA, LVSE])) },
      layout: 'current',
      revision: 3,
      unreadable: [],
      readOnly: false,
    });
    expect(read.sourceOf?.(2)).toBe(shardKey(shardOf(LVSE.id)));
    const edited = { ...ZHANGDA, note: 'edited', updatedAt: T0 + HOUR };
    const one = shardWrites({ version: GLOSSARY_VERSION, terms: [LVSE, CHANGZHI, edited] }, new Set([ZHANGDA.id]), { revision: 4, writer: 'me' });
    expect(Object.keys(one).sort()).toEqual([META_KEY, shardKey(shardOf(ZHANGDA.id))].sort());
    const after = assembleStoredGlossary(applied(stored, one));
    expect(after.document).toMatchObject({ terms: [{ id: CHANGZHI.id }, { id: ZHANGDA.id, note: 'edited' }, { id: LVSE.id }] });
  });

  it('empties the shard of a deleted term rather than leaving it out', () => {
    const stored = applied({}, shardWrites({ version: GLOSSARY_VERSION, terms: [LVSE] }, 'all', WRITER));
    const deletion = shardWrites({ version: GLOSSARY_VERSION, terms: [] }, new Set([LVSE.id]), WRITER);
    expect(deletion[shardKey(shardOf(LVSE.id))]).toBe('[]');
    expect(assembleStoredGlossary(applied(stored, deletion)).document).toEqual({ version: GLOSSARY_VERSION, terms: [] });
  });

  it('reads the single item of older versions as outdated, and reads one left beside the shards with them', () => {
    const legacy: Glossary = { version: GLOSSARY_VERSION, terms: [LVSE] };
    expect(assembleStoredGlossary({ [LEGACY_KEY]: legacy })).toMatchObject({ document: legacy, layout: 'outdated', revision: 0 });
    expect(assembleStoredGlossary({ [LEGACY_KEY]: legacy }).sourceOf?.(0)).toBe(LEGACY_KEY);
    expect(assembleStoredGlossary({})).toEqual({ document: undefined, layout: 'current', revision: 0 });
    const moved = applied({ [LEGACY_KEY]: { version: GLOSSARY_VERSION, terms: [] } }, shardWrites(legacy, 'all', WRITER));
    expect(assembleStoredGlossary(moved)).toMatchObject({ document: { terms: [{ id: LVSE.id }] }, layout: 'outdated' });
    // An older version the reader went back to saved 长大 in its single item: read with the shards, not lost.
    const wentBack = applied(moved, { [LEGACY_KEY]: { version: GLOSSARY_VERSION, terms: [LVSE, ZHANGDA] } });
    expect(assembleStoredGlossary(wentBack)).toMatchObject({ document: { terms: [{ id: ZHANGDA.id }, { id: LVSE.id }, { id: LVSE.id }] }, layout: 'outdated' });
  });

  it('keeps a single item that holds no glossary, unread, alone or beside the shards', () => {
    expect(assembleStoredGlossary({ [LEGACY_KEY]: 'junk' })).toEqual({ document: undefined, layout: 'current', revision: 0, unreadable: [LEGACY_KEY] });
    const beside = applied({ [LEGACY_KEY]: { version: GLOSSARY_VERSION, terms: 'junk' } }, shardWrites({ version: GLOSSARY_VERSION, terms: [LVSE] }, 'all', WRITER));
    expect(assembleStoredGlossary(beside)).toMatchObject({ document: { terms: [{ id: LVSE.id }] }, layout: 'current', unreadable: [LEGACY_KEY], readOnly: false });
  });

  it('reports shards that are not JSON lists and reads the others, leaving validation of their terms to the reader', () => {
    const items = {
      [META_KEY]: { version: GLOSSARY_VERSION, revision: 1, writer: 'x' },
      [SHARD_KEYS[0] ?? '']: 'junk',
      [SHARD_KEYS[1] ?? '']: '[{"nonsense":true}]',
      [SHARD_KEYS[2] ?? '']: [{ notJson: true }],
      [SHARD_KEYS[3] ?? '']: '{"terms":[]}',
    };
    expect(assembleStoredGlossary(items)).toMatchObject({
      document: { version: GLOSSARY_VERSION, terms: [{ nonsense: true }] },
      unreadable: [SHARD_KEYS[0], SHARD_KEYS[2], SHARD_KEYS[3]],
      readOnly: false,
    });
  });

  it('reads the shards when the meta item does not parse or is missing, and allows no write', () => {
    const stored = applied({}, shardWrites({ version: GLOSSARY_VERSION, terms: [LVSE, CHANGZHI] }, 'all', WRITER));
    for (const meta of [{ ...WRITER, version: GLOSSARY_VERSION, revision: '7' }, undefined]) {
      expect(assembleStoredGlossary({ ...stored, [META_KEY]: meta })).toMatchObject({
        document: { version: GLOSSARY_VERSION, terms: [{ id: CHANGZHI.id }, { id: LVSE.id }] },
        unreadable: [META_KEY],
        readOnly: true,
      });
    }
  });
});
