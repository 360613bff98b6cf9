import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GlossaryService } from '../../lib/glossary/glossary-service.ts';
import { LEGACY_KEY, META_KEY, shardKey, shardOf } from '../../lib/glossary/storage-layout.ts';
import { GLOSSARY_VERSION } from '../../lib/glossary/term.ts';
import { CHANGZHI, LVSE, ZHANGDA } from '../../lib/glossary/test-fixtures.ts';
import { BrowserGlossaryStore } from '../../platform/glossary-store.ts';

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
});
