import { describe, expect, it } from 'vitest';
import {
  decodeGlossaryChunks,
  encodeGlossaryChunks,
  SYNC_HEADROOM,
  SYNC_QUOTA,
  syncBudget,
  syncItemBytes,
  syncWrites,
  type SyncBudget,
} from './sync-chunks.ts';
import { termId, type GlossaryTerm } from './term.ts';
import { ALL_TERMS, CHANGZHI, HOUR, LVSE, T0 } from './test-fixtures.ts';

const ROOMY: SyncBudget = { bytes: SYNC_QUOTA.bytes, items: SYNC_QUOTA.items };

/** Terms whose text exercises every escape: quotes, backslashes, `<`, line breaks, U+2028, astral characters. */
function awkwardTerms(count: number): GlossaryTerm[] {
  return Array.from({ length: count }, (_, i) => {
    const simplified = `词${String.fromCodePoint(0x4e00 + i)}`;
    return {
      ...LVSE,
      id: termId(simplified, simplified),
      simplified,
      traditional: simplified,
      syllables: [],
      note: `"quoted" \\ back <b>not html</b>\nline\u2028sep 🀄𠀀 ${'长'.repeat(i % 50)} end`,
      contexts: [{ sentence: `第${i}句：“长治久安”。🀄`, url: `https://example.com/${i}?a=1&b=2`, title: '新闻 <title>', savedAt: T0 + i }],
      createdAt: T0 + i,
      updatedAt: T0 + i,
    };
  });
}

function itemsOf(result: ReturnType<typeof encodeGlossaryChunks>): Record<string, unknown> {
  if (!result.fits) throw new Error(`expected the glossary to fit: ${result.bytes} bytes`);
  return result.items;
}

describe('syncItemBytes', () => {
  it('counts the key and the JSON as UTF-8, with the characters Chrome escapes beyond JSON.stringify at six bytes', () => {
    expect(syncItemBytes('k', 'a')).toBe(1 + 3);
    expect(syncItemBytes('k', '长')).toBe(1 + 2 + 3);
    expect(syncItemBytes('k', '🀄')).toBe(1 + 2 + 4);
    expect(syncItemBytes('k', '"\\\n')).toBe(1 + 2 + 6);
    expect(syncItemBytes('k', '<')).toBe(1 + 2 + 6);
    expect(syncItemBytes('k', '\u2028')).toBe(1 + 2 + 6);
    expect(syncItemBytes('k', '\u0001')).toBe(1 + 2 + 6);
    expect(syncItemBytes('键', { a: [1, true] })).toBe(3 + '{"a":[1,true]}'.length);
  });
});

describe('encodeGlossaryChunks and decodeGlossaryChunks', () => {
  it('round-trips terms through the term validator, ids recomputed', () => {
    const decoded = decodeGlossaryChunks(itemsOf(encodeGlossaryChunks(ALL_TERMS, ROOMY)));
    expect(decoded).toMatchObject({ state: 'ok', rejected: 0 });
    expect(decoded.state === 'ok' && decoded.terms).toEqual(ALL_TERMS);
  });

  it('cuts a large glossary into items that each respect the per-item quota, and the total its budget', () => {
    const terms = awkwardTerms(120);
    const result = encodeGlossaryChunks(terms, ROOMY);
    const items = itemsOf(result);
    const entries = Object.entries(items);
    expect(entries.length).toBeGreaterThan(5);
    for (const [key, value] of entries) expect(syncItemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    // Full chunks come close to the limit: the split wastes little.
    const sizes = entries.filter(([key]) => key !== 'glossary').map(([key, value]) => syncItemBytes(key, value));
    expect(Math.min(...sizes.slice(0, -1))).toBeGreaterThan(SYNC_QUOTA.bytesPerItem - 8);
    expect(result.bytes).toBe(entries.reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0));
    expect(result.bytes).toBeLessThanOrEqual(ROOMY.bytes);
    // No chunk ends inside a surrogate pair: the browser would store half a character as U+FFFD.
    for (const [, value] of entries) if (typeof value === 'string') expect(value).not.toMatch(/[\uD800-\uDBFF]$/);
    const decoded = decodeGlossaryChunks(JSON.parse(JSON.stringify(items)));
    expect(decoded.state === 'ok' && decoded.terms).toEqual(terms);
  });

  it('reports a glossary that does not fit, with its size and the budget', () => {
    const terms = awkwardTerms(400);
    const budget = syncBudget({ settings: { toneStyle: 'marks', siteRules: [{ host: 'www.udn.com', target: 'tw' }] } });
    const result = encodeGlossaryChunks(terms, budget);
    expect(result.fits).toBe(false);
    if (result.fits) return;
    expect(result.bytes).toBeGreaterThan(budget.bytes);
    expect(result.terms).toBe(400);
    expect(result.budget).toEqual(budget);
    expect(result.items).toBeGreaterThan(1);
  });

  it('respects the item count as well as the bytes', () => {
    const result = encodeGlossaryChunks(awkwardTerms(40), { bytes: SYNC_QUOTA.bytes, items: 2 });
    expect(result.fits).toBe(false);
  });

  it('tells a push still arriving (chunks missing, or from two pushes) from a complete one', () => {
    const first = itemsOf(encodeGlossaryChunks(awkwardTerms(30), ROOMY));
    const second = itemsOf(encodeGlossaryChunks(awkwardTerms(31), ROOMY));
    expect(decodeGlossaryChunks({})).toEqual({ state: 'empty' });
    const withoutChunk = Object.fromEntries(Object.entries(first).filter(([key]) => key !== 'glossary.1'));
    expect(decodeGlossaryChunks(withoutChunk)).toEqual({ state: 'incomplete' });
    // The new manifest and first chunk have arrived, the other chunks are still the old push's.
    expect(decodeGlossaryChunks({ ...first, glossary: second.glossary, 'glossary.0': second['glossary.0'] })).toEqual({ state: 'incomplete' });
    expect(decodeGlossaryChunks(second).state).toBe('ok');
  });

  it('leaves alone what a newer format wrote, and reports a malformed manifest', () => {
    const items = itemsOf(encodeGlossaryChunks([CHANGZHI], ROOMY));
    const manifest = items.glossary as Record<string, unknown>;
    expect(decodeGlossaryChunks({ ...items, glossary: { ...manifest, format: 2 } })).toEqual({ state: 'unsupported' });
    expect(decodeGlossaryChunks({ ...items, glossary: 'nonsense' }).state).toBe('invalid');
    expect(decodeGlossaryChunks({ ...items, glossary: { ...manifest, chunks: 1e9 } }).state).toBe('invalid');
  });

  it('drops terms the validator rejects and counts them', () => {
    const broken = { ...CHANGZHI, simplified: 'not hanzi' };
    const decoded = decodeGlossaryChunks(itemsOf(encodeGlossaryChunks([broken, LVSE], ROOMY)));
    expect(decoded).toMatchObject({ state: 'ok', rejected: 1 });
    expect(decoded.state === 'ok' && decoded.terms.map((term) => term.id)).toEqual([LVSE.id]);
  });
});

describe('syncBudget', () => {
  it('leaves the other items their space and the headroom, and ignores the glossary own items', () => {
    const settings = { hoverEnabled: true, siteRules: [] };
    const glossaryItems = itemsOf(encodeGlossaryChunks(ALL_TERMS, ROOMY));
    expect(syncBudget({ settings, ...glossaryItems })).toEqual({
      bytes: SYNC_QUOTA.bytes - SYNC_HEADROOM.bytes - syncItemBytes('settings', settings),
      items: SYNC_QUOTA.items - SYNC_HEADROOM.items - 1,
    });
  });
});

describe('syncWrites', () => {
  it('sets only changed items and removes chunks beyond the new count, never other keys', () => {
    const before = itemsOf(encodeGlossaryChunks(awkwardTerms(60), ROOMY));
    // A term added at the end changes the manifest and the last chunk only.
    const extra = { ...CHANGZHI, createdAt: T0 + 100 * HOUR, updatedAt: T0 + 100 * HOUR };
    const after = itemsOf(encodeGlossaryChunks([...awkwardTerms(60), extra], ROOMY));
    const lastChunk = `glossary.${Object.keys(before).length - 2}`;
    const grown = syncWrites({ ...before, settings: {} }, after);
    expect(Object.keys(grown.set).sort()).toEqual(['glossary', ...Object.keys(after).filter((key) => key.startsWith('glossary.') && !(key in before)), lastChunk].sort());
    expect(grown.remove).toEqual([]);
    const shrunk = syncWrites({ ...before, settings: {} }, itemsOf(encodeGlossaryChunks([CHANGZHI], ROOMY)));
    expect(shrunk.remove).toEqual(Object.keys(before).filter((key) => key !== 'glossary' && key !== 'glossary.0'));
    expect(syncWrites(after, after)).toEqual({ set: {}, remove: [] });
  });
});
