import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GlossaryService } from '../../lib/glossary/glossary-service.ts';
import { LEGACY_KEY, META_KEY, SHARD_KEYS, shardKey, shardOf } from '../../lib/glossary/storage-layout.ts';
import { GLOSSARY_VERSION, LIMITS, termId, type GlossaryTerm } from '../../lib/glossary/term.ts';
import { CHANGZHI, LVSE, T0, ZHANGDA } from '../../lib/glossary/test-fixtures.ts';
import { BrowserGlossaryStore } from '../../platform/glossary-store.ts';

/** `count` distinct terms, oldest first. */
function numbered(count: number, from = 0): GlossaryTerm[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const [simplified, traditional] = [`词${n}`, `詞${n}`];
    return { ...ZHANGDA, id: termId(simplified, traditional), simplified, traditional, syllables: [], createdAt: T0 + n, updatedAt: T0 + n };
  });
}

const ids = (terms: readonly GlossaryTerm[]): string[] => terms.map((term) => term.id);
/** A worker started afresh: a new store and service over the same storage. */
const restarted = () => new GlossaryService(new BrowserGlossaryStore());
const saveInput = (simplified: string, traditional: string) => ({ simplified, traditional, syllables: [], senses: [], note: '', tags: [] });
/** A term of the glossary other than `term` that lies in the same shard. */
const shardMate = (terms: readonly GlossaryTerm[], term: Pick<GlossaryTerm, 'id'>) =>
  terms.find((other) => other.id !== term.id && shardOf(other.id) === shardOf(term.id));

describe('BrowserGlossaryStore (fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves the single item of older versions into shards on first read, losing nothing', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_KEY]: { version: GLOSSARY_VERSION, terms: [CHANGZHI, LVSE] } });
    const service = new GlossaryService(new BrowserGlossaryStore());
    expect((await service.list()).map((term) => term.id)).toEqual([CHANGZHI.id, LVSE.id]);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(LEGACY_KEY))[LEGACY_KEY]).toBeUndefined());
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[META_KEY]).toMatchObject({ version: GLOSSARY_VERSION, revision: 1 });
    expect(JSON.parse(String(stored[shardKey(shardOf(LVSE.id))]))).toContainEqual(LVSE);
    // Another worker (after a restart) reads the same glossary from the shards.
    expect((await new GlossaryService(new BrowserGlossaryStore()).list()).map((term) => term.id)).toEqual([CHANGZHI.id, LVSE.id]);
  });

  it('keeps what an older version saved in its single item beside the shards (the reader went back and forth)', async () => {
    await new GlossaryService(new BrowserGlossaryStore()).merge([CHANGZHI]);
    await fakeBrowser.storage.local.set({ [LEGACY_KEY]: { version: GLOSSARY_VERSION, terms: [CHANGZHI, LVSE] } });
    const service = new GlossaryService(new BrowserGlossaryStore());
    expect((await service.list()).map((term) => term.id)).toEqual([CHANGZHI.id, LVSE.id]);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(LEGACY_KEY))[LEGACY_KEY]).toBeUndefined());
    expect((await new GlossaryService(new BrowserGlossaryStore()).list()).map((term) => term.id)).toEqual([CHANGZHI.id, LVSE.id]);
  });

  it('rewrites only the shard of a changed term', async () => {
    const service = new GlossaryService(new BrowserGlossaryStore());
    await service.merge([CHANGZHI, LVSE, ZHANGDA]);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await service.update(LVSE.id, { note: 'green' });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual([META_KEY, shardKey(shardOf(LVSE.id))].sort());
  });

  it("tells others' writes from its own, so the background keeps its copy across its own writes", async () => {
    const store = new BrowserGlossaryStore();
    const service = new GlossaryService(store);
    const others = vi.fn();
    const unwatch = store.watchOthers(others);
    await service.save({ ...LVSE, context: { sentence: '推动绿色发展。', url: '', title: '' } });
    const someoneElse = new GlossaryService(new BrowserGlossaryStore());
    await someoneElse.delete([LVSE.id]);
    await vi.waitFor(() => expect(others).toHaveBeenCalledTimes(1));
    unwatch();
  });

  it('says plainly when storage refuses a write, and keeps what was stored', async () => {
    const service = new GlossaryService(new BrowserGlossaryStore());
    await service.merge([CHANGZHI]);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(service.merge([LVSE])).rejects.toThrow(/could not be saved \(QUOTA_BYTES quota exceeded\)\. Nothing stored was lost/);
    expect((await service.list()).map((term) => term.id)).toEqual([CHANGZHI.id]);
    expect((await new GlossaryService(new BrowserGlossaryStore()).list()).map((term) => term.id)).toEqual([CHANGZHI.id]);
  });

  describe('at the limit of terms', { timeout: 60_000 }, () => {
    it('refuses an undo that would go over the limit, and loses nothing after a restart', async () => {
      const service = new GlossaryService(new BrowserGlossaryStore());
      await service.merge(numbered(LIMITS.terms));
      const [first] = numbered(1);
      if (!first) throw new Error('no term');
      const deleted = await service.delete([first.id]);
      const saved = await service.save(saveInput('新词', '新詞'));
      await expect(service.restore(deleted)).rejects.toThrow(/full.*20,000/);
      expect((await service.list()).length).toBe(LIMITS.terms);
      const after = restarted();
      expect(ids(await after.list())).toContain(saved.id);
      const mate = shardMate(await after.list(), saved);
      if (!mate) throw new Error('no other term in the shard');
      await after.update(mate.id, { note: 'edited' });
      expect(ids(await restarted().list())).toContain(saved.id);
    });

    it('reads every stored term, even past the limit, and a change in their shard keeps them', async () => {
      await new GlossaryService(new BrowserGlossaryStore()).merge(numbered(LIMITS.terms));
      // 20,001 terms, as an undo over the limit left them before it was capped.
      const newest = numbered(1, LIMITS.terms)[0];
      if (!newest) throw new Error('no term');
      const key = shardKey(shardOf(newest.id));
      const shard = JSON.parse(String((await fakeBrowser.storage.local.get(key))[key])) as GlossaryTerm[];
      await fakeBrowser.storage.local.set({ [key]: JSON.stringify([...shard, newest]) });
      const service = restarted();
      const terms = await service.list();
      expect(terms.length).toBe(LIMITS.terms + 1);
      await service.update(shardMate(terms, newest)?.id ?? '', { note: 'edited' });
      expect(ids(await restarted().list())).toContain(newest.id);
      await expect(service.save(saveInput('新词', '新詞'))).rejects.toThrow(/full/);
    });
  });

  describe('stored data it cannot read', () => {
    it('reads the shards when the meta item does not parse, and writes over nothing', async () => {
      await new GlossaryService(new BrowserGlossaryStore()).merge([CHANGZHI, LVSE, ZHANGDA]);
      await fakeBrowser.storage.local.set({ [META_KEY]: { version: GLOSSARY_VERSION, revision: '7', writer: 'x' } });
      const before = await fakeBrowser.storage.local.get(null);
      const service = restarted();
      expect(ids(await service.list()).sort()).toEqual([CHANGZHI.id, LVSE.id, ZHANGDA.id].sort());
      expect(await service.damage()).toEqual({ items: 1, readOnly: true });
      await expect(service.save(saveInput('新词', '新詞'))).rejects.toThrow(/could not be read/);
      await expect(service.update(LVSE.id, { note: 'edited' })).rejects.toThrow(/could not be read/);
      expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    });

    it('keeps reading the other shards when one is truncated, keeps it as it is, and refuses to write over it', async () => {
      const terms = numbered(3000);
      await new GlossaryService(new BrowserGlossaryStore()).merge(terms);
      const [damaged] = terms;
      if (!damaged) throw new Error('no term');
      const key = shardKey(shardOf(damaged.id));
      const text = String((await fakeBrowser.storage.local.get(key))[key]);
      const truncated = text.slice(0, text.length / 2);
      await fakeBrowser.storage.local.set({ [key]: truncated });
      const service = restarted();
      const lost = terms.filter((term) => shardOf(term.id) === shardOf(damaged.id));
      expect((await service.list()).length).toBe(terms.length - lost.length);
      expect(await service.damage()).toEqual({ items: 1, readOnly: false });
      // A change elsewhere is saved; one that would rewrite the damaged shard is not, and says why.
      const elsewhere = terms.find((term) => shardOf(term.id) !== shardOf(damaged.id));
      await service.update(elsewhere?.id ?? '', { note: 'edited' });
      const mate = numbered(1000, 5000).find((term) => shardOf(term.id) === shardOf(damaged.id));
      await expect(service.save(saveInput(mate?.simplified ?? '', mate?.traditional ?? ''))).rejects.toThrow(/could not be read/);
      await expect(service.merge([mate ?? damaged])).rejects.toThrow(/could not be read/);
      expect((await fakeBrowser.storage.local.get(key))[key]).toBe(truncated);
      expect((await restarted().list()).find((term) => term.id === elsewhere?.id)?.note).toBe('edited');
    });

    it('keeps a shard holding a term it cannot read, and an unreadable single item of older versions', async () => {
      await new GlossaryService(new BrowserGlossaryStore()).merge([CHANGZHI, LVSE]);
      const key = shardKey(shardOf(LVSE.id));
      const unreadable = JSON.stringify([LVSE, { ...ZHANGDA, createdAt: 'yesterday' }]);
      await fakeBrowser.storage.local.set({ [key]: unreadable, [LEGACY_KEY]: 'not a glossary' });
      const service = restarted();
      expect(ids(await service.list()).sort()).toEqual([CHANGZHI.id, LVSE.id].sort());
      expect(await service.damage()).toEqual({ items: 2, readOnly: false });
      await expect(service.update(LVSE.id, { note: 'edited' })).rejects.toThrow(/could not be read/);
      await service.update(CHANGZHI.id, { note: 'edited' });
      const stored = await fakeBrowser.storage.local.get([key, LEGACY_KEY]);
      expect(stored).toEqual({ [key]: unreadable, [LEGACY_KEY]: 'not a glossary' });
      expect(SHARD_KEYS).toContain(key);
    });
  });
});
