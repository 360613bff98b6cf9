import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GlossaryService } from '../../lib/glossary/glossary-service.ts';
import { decodeGlossaryChunks, encodeGlossaryChunks, SYNC_QUOTA } from '../../lib/glossary/sync-chunks.ts';
import { GLOSSARY_VERSION, termId, type GlossaryTerm } from '../../lib/glossary/term.ts';
import { CHANGZHI, LVSE, T0, ZHANGDA } from '../../lib/glossary/test-fixtures.ts';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings.ts';
import { BrowserGlossaryStore } from '../../platform/glossary-store.ts';
import { startGlossarySync, type GlossarySync } from '../../platform/glossary-sync.ts';
import { loadGlossarySyncStatus } from '../../platform/glossary-sync-status.ts';
import { saveSettings } from '../../platform/settings-store.ts';

const DELAYS = { pushDelayMs: 20, pullDelayMs: 5, retryDelayMs: 50 };
const SAVE_LVSE = { ...LVSE, context: { sentence: '推动绿色发展。', url: '', title: '' } };

async function syncedTerms(): Promise<GlossaryTerm[] | null> {
  const decoded = decodeGlossaryChunks(await fakeBrowser.storage.sync.get(null));
  return decoded.state === 'ok' ? decoded.terms : null;
}

async function syncKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) => key.startsWith('glossary'));
}

const ids = (terms: readonly GlossaryTerm[] | null) => terms?.map((term) => term.id).sort() ?? null;

describe('startGlossarySync (fake browser)', () => {
  let glossary: GlossaryService;
  let sync: GlossarySync;

  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ glossary: { version: GLOSSARY_VERSION, terms: [CHANGZHI] } });
    glossary = new GlossaryService(new BrowserGlossaryStore());
  });
  afterEach(() => sync.stop());

  it('is off by default and then touches no sync storage', async () => {
    expect(DEFAULT_SETTINGS.syncGlossary).toBe(false);
    expect(parseSettings({ syncGlossary: 'yes' }).syncGlossary).toBe(false);
    expect(parseSettings({ syncGlossary: true }).syncGlossary).toBe(true);
    sync = startGlossarySync(glossary, DELAYS);
    await glossary.save(SAVE_LVSE);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await syncKeys()).toEqual([]);
    expect(await loadGlossarySyncStatus()).toBeNull();
  });

  it('pushes when turned on, merges what another browser pushes, and pushes local changes after the delay', async () => {
    sync = startGlossarySync(glossary, DELAYS);
    await saveSettings({ ...DEFAULT_SETTINGS, syncGlossary: true });
    await vi.waitFor(async () => expect(ids(await syncedTerms())).toEqual([CHANGZHI.id]));
    expect(await loadGlossarySyncStatus()).toMatchObject({ state: 'ok', terms: 1 });

    // Another browser pushes its glossary, which has a term this one lacks.
    const other = encodeGlossaryChunks([CHANGZHI, ZHANGDA], { bytes: SYNC_QUOTA.bytes, items: 20 });
    if (!other.fits) throw new Error('fits');
    await fakeBrowser.storage.sync.set(other.items);
    await vi.waitFor(async () => expect(ids(await glossary.list())).toEqual([CHANGZHI.id, ZHANGDA.id].sort()));

    await glossary.save(SAVE_LVSE);
    await vi.waitFor(async () => expect(ids(await syncedTerms())).toEqual([CHANGZHI.id, ZHANGDA.id, LVSE.id].sort()));
    // A deletion here is not undone by the copy in sync storage.
    await glossary.delete([LVSE.id]);
    await sync.syncNow();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(ids(await glossary.list())).toEqual([CHANGZHI.id, ZHANGDA.id].sort());
  });

  it('leaves a glossary larger than the quota whole and unsynced, and records why', async () => {
    const terms = Array.from({ length: 600 }, (_, i) => {
      const simplified = `词${String.fromCodePoint(0x4e00 + i)}`;
      return {
        ...ZHANGDA,
        id: termId(simplified, simplified),
        simplified,
        traditional: simplified,
        syllables: [],
        contexts: [{ sentence: `第${i}句，一个足够长的句子，让词汇表超过浏览器同步存储的配额。`, url: 'https://news.example.cn/a.html', title: '新闻', savedAt: T0 }],
      };
    });
    await fakeBrowser.storage.local.set({ glossary: { version: GLOSSARY_VERSION, terms } });
    glossary.forget();
    sync = startGlossarySync(glossary, DELAYS);
    await saveSettings({ ...DEFAULT_SETTINGS, syncGlossary: true });
    await vi.waitFor(async () => expect(await loadGlossarySyncStatus()).toMatchObject({ state: 'too-large', terms: 600 }));
    const status = await loadGlossarySyncStatus();
    expect(status?.state === 'too-large' && status.bytes > status.budgetBytes).toBe(true);
    expect(await syncKeys()).toEqual([]);
    expect((await glossary.list()).length).toBe(600);
  });

  it('records a failed write and stops when the setting is turned off', async () => {
    sync = startGlossarySync(glossary, DELAYS);
    const realSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    // Failing until the test has seen the error recorded: rounds may come sooner than the retry (a local change).
    let failing = true;
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if ('glossary' in items && failing) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
      await realSet(items);
    });
    await saveSettings({ ...DEFAULT_SETTINGS, syncGlossary: true });
    await vi.waitFor(async () => expect(await loadGlossarySyncStatus()).toMatchObject({ state: 'error', message: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' }));
    failing = false;
    // The retry after the delay succeeds.
    await vi.waitFor(async () => expect(await loadGlossarySyncStatus()).toMatchObject({ state: 'ok' }));
    set.mockRestore();
    await saveSettings({ ...DEFAULT_SETTINGS, syncGlossary: false });
    const pushed = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    await glossary.save(SAVE_LVSE);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toBe(pushed);
  });
});
