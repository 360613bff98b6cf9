import { describe, expect, it } from 'vitest';
import { GlossaryService, parseDeletedTerms, parseImportedTerms, type GlossaryStore } from './glossary-service.ts';
import type { Glossary } from './term.ts';

function memoryStore(initial: unknown = undefined): GlossaryStore & { value: unknown; writes: number } {
  const store = {
    value: initial,
    writes: 0,
    read: async () => store.value,
    write: async (glossary: Glossary) => {
      // A write that takes a while, so that overlapping changes would lose one without the queue.
      await new Promise((resolve) => setTimeout(resolve, 5));
      store.value = JSON.parse(JSON.stringify(glossary));
      store.writes++;
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
    expect((await service.find('长治久安', '長治久安'))?.id).toBe(term.id);
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
    expect(await service.merge(incoming)).toEqual({ added: 0, updated: 1, replaced: [], dropped: 0 });
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

  it('rejects malformed undo payloads', () => {
    expect(parseDeletedTerms({ removed: [{ index: -1, term: {} }] })).toBeNull();
    expect(parseDeletedTerms('nope')).toBeNull();
  });
});
