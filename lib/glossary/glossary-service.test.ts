import { describe, expect, it, vi } from 'vitest';
import { GlossaryService, parseDeletedTerms, parseImportedTerms, type GlossaryStore } from './glossary-service.ts';
import type { StoredGlossary } from './storage-layout.ts';
import { GLOSSARY_VERSION, type Glossary } from './term.ts';
import { CHANGZHI, LVSE, ZHANGDA } from './test-fixtures.ts';

interface MemoryStore extends GlossaryStore {
  value: unknown;
  layout: StoredGlossary['layout'];
  reads: number;
  writes: number;
  /** What each write said it changed. */
  changes: (string[] | 'all')[];
}

function memoryStore(initial: unknown = undefined, layout: StoredGlossary['layout'] = 'current'): MemoryStore {
  const store: MemoryStore = {
    value: initial,
    layout,
    reads: 0,
    writes: 0,
    changes: [],
    read: async () => {
      store.reads++;
      return { document: JSON.parse(JSON.stringify(store.value ?? null)), layout: store.layout, revision: store.writes };
    },
    write: async (glossary: Glossary, changed: ReadonlySet<string> | 'all') => {
      // A write that takes a while, so that overlapping changes would lose one without the queue.
      await new Promise((resolve) => setTimeout(resolve, 5));
      store.value = JSON.parse(JSON.stringify(glossary));
      store.layout = 'current';
      store.writes++;
      store.changes.push(changed === 'all' ? 'all' : [...changed].sort());
    },
  };
  return store;
}

const input = (simplified: string, traditional: string, sentence: string) => ({
  simplified,
  traditional,
  syllables: [],
  senses: ['a sense'],
  note: '',
  tags: [],
  context: { sentence, url: 'https://www.news.cn/a.html', title: 'A' },
});

describe('GlossaryService', () => {
  it('keeps every save when several tabs save at once, and merges a word saved twice', async () => {
    const store = memoryStore();
    // The background is the one writer: messages from several tabs arrive at one service, interleaved.
    const service = new GlossaryService(store);
    await Promise.all([
      service.save(input('长治久安', '長治久安', '事關國家長治久安。')),
      service.save(input('党建', '黨建', '抓好黨建引領基層治理。')),
      service.save(input('社会', '社會', '第一句。')),
      service.save(input('社会', '社會', '第二句。')),
    ]);
    const terms = await new GlossaryService(store).list();
    expect(terms.map((term) => term.simplified).sort()).toEqual(['党建', '社会', '长治久安']);
    expect(terms.find((term) => term.simplified === '社会')?.contexts.map((context) => context.sentence)).toEqual(['第一句。', '第二句。']);
  });

  it('deletes with undo, and finds saved words in either script', async () => {
    const service = new GlossaryService(memoryStore());
    const term = await service.save(input('长治久安', '長治久安', '事關國家長治久安。'));
    expect(service.findNow('长治久安', '長治久安')?.id).toBe(term.id);
    expect(service.findNow('党建', '黨建')).toBeUndefined();
    const deleted = await service.delete([term.id]);
    expect(await service.list()).toEqual([]);
    const parsed = parseDeletedTerms(JSON.parse(JSON.stringify(deleted)));
    if (!parsed) throw new Error('undo payload did not parse');
    await service.restore(parsed);
    expect((await service.list()).map((saved) => saved.id)).toEqual([term.id]);
  });

  it('refuses to overwrite a glossary written by a newer version', async () => {
    const store = memoryStore({ version: 99, terms: [] });
    await expect(new GlossaryService(store).save(input('国', '國', '國'))).rejects.toThrow(/newer version/);
    expect(store.writes).toBe(0);
  });

  it('merges imported terms without losing stored ones, and validates them where they enter', async () => {
    const service = new GlossaryService(memoryStore());
    const stored = await service.save(input('长治久安', '長治久安', '事關國家長治久安。'));
    const incoming = parseImportedTerms(JSON.parse(JSON.stringify([{ ...stored, contexts: [{ ...stored.contexts[0], sentence: '另一句。' }] }])));
    if (!incoming) throw new Error('valid terms did not parse');
    expect(await service.merge(incoming)).toEqual({ added: 0, updated: 1, replaced: [], dropped: [] });
    expect((await service.list())[0]?.contexts.map((context) => context.sentence)).toEqual(['事關國家長治久安。', '另一句。']);
    expect(parseImportedTerms([{ simplified: 42 }])).toBeNull();
    expect(parseImportedTerms('nope')).toBeNull();
  });

  it('edits the note, tags and senses of a saved term, and refuses an unknown id', async () => {
    const service = new GlossaryService(memoryStore());
    const term = await service.save(input('党建', '黨建', '抓好黨建引領基層治理。'));
    const edited = await service.update(term.id, { note: 'short for 党的建设', tags: ['politics'], senses: ['Party building'] });
    expect([edited.note, edited.tags, edited.senses]).toEqual(['short for 党的建设', ['politics'], ['Party building']]);
    expect((await service.list())[0]?.note).toBe('short for 党的建设');
    await expect(service.update('nope', { note: 'x' })).rejects.toThrow(/no longer in the glossary/);
  });

  it('reads storage once, keeps its copy across its own writes, and says which terms each write changed', async () => {
    const store = memoryStore({ version: GLOSSARY_VERSION, terms: [CHANGZHI, ZHANGDA] });
    const service = new GlossaryService(store);
    await service.update(CHANGZHI.id, { note: 'edited' });
    await service.retag([ZHANGDA.id, CHANGZHI.id], 'review', true);
    await service.delete([ZHANGDA.id]);
    await service.retag([CHANGZHI.id], 'review', true);
    expect(store.reads).toBe(1);
    // The last retag changed nothing (the tag was there): nothing written.
    expect(store.changes).toEqual([[CHANGZHI.id], [CHANGZHI.id, ZHANGDA.id].sort(), [ZHANGDA.id]]);
    service.forget();
    expect((await service.list()).map((term) => [term.id, term.note, term.tags.includes('review')])).toEqual([[CHANGZHI.id, 'edited', true]]);
    expect(store.reads).toBe(2);
  });

  it('moves an older document, or the single item of older versions, into the current form once', async () => {
    const legacy = memoryStore({ version: GLOSSARY_VERSION, terms: [LVSE] }, 'outdated');
    const service = new GlossaryService(legacy);
    expect((await service.list()).map((term) => term.id)).toEqual([LVSE.id]);
    // Written after the read is answered; a change waits for it, so the move never writes over the change.
    const saved = await service.save(input('党建', '黨建', '抓好黨建。'));
    expect(legacy.changes).toEqual(['all', [saved.id]]);
    const v0 = memoryStore([{ word: '绿色', pinyin: 'lu:4 se4', definition: 'green' }]);
    expect((await new GlossaryService(v0).list()).map((term) => term.simplified)).toEqual(['绿色']);
    await vi.waitFor(() => expect(v0.changes).toEqual(['all']));
    const current = memoryStore({ version: GLOSSARY_VERSION, terms: [LVSE] });
    await new GlossaryService(current).list();
    expect(current.writes).toBe(0);
  });

  it('says a word\'s saved state is unknown until the glossary is read, and starts reading it', async () => {
    const store = memoryStore({ version: GLOSSARY_VERSION, terms: [LVSE] });
    const service = new GlossaryService(store);
    expect(service.findNow(LVSE.simplified, LVSE.traditional)).toBeNull();
    expect(store.reads).toBe(1);
    await vi.waitFor(() => expect(service.findNow(LVSE.simplified, LVSE.traditional)?.id).toBe(LVSE.id));
    service.forget();
    expect(service.findNow(LVSE.simplified, LVSE.traditional)).toBeNull();
  });

  it('rejects malformed undo payloads', () => {
    expect(parseDeletedTerms({ removed: [{ index: -1, term: {} }] })).toBeNull();
    expect(parseDeletedTerms('nope')).toBeNull();
  });
});
