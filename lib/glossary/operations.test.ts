import { describe, expect, it } from 'vitest';
import {
  deleteTerms,
  mergeGlossaries,
  parseSaveTermInput,
  parseTermChanges,
  restoreTerms,
  retagged,
  retagTerms,
  saveTerm,
  updateTerm,
  type SaveTermInput,
} from './operations.ts';
import { emptyGlossary, GLOSSARY_VERSION, LIMITS, type Glossary, type GlossaryTerm } from './term.ts';
import { CHANGZHI, HOUR, LVSE, T0, ZHANGDA } from './test-fixtures.ts';

const glossaryOf = (...terms: GlossaryTerm[]): Glossary => ({ version: GLOSSARY_VERSION, terms });

const SAVE: SaveTermInput = {
  simplified: '长治久安',
  traditional: '長治久安',
  syllables: ['chang2', 'zhi4', 'jiu3', 'an1'],
  senses: ['long-term stability'],
  note: '',
  tags: [],
  context: { sentence: '实现长治久安。', url: 'https://a.cn/1', title: 'A' },
};

function saved(glossary: Glossary, input: SaveTermInput, now: number): Glossary {
  const result = saveTerm(glossary, input, now);
  if (!result.ok) throw new Error(result.reason);
  return result.glossary;
}

describe('saveTerm', () => {
  it('creates a term with its context', () => {
    const result = saveTerm(emptyGlossary(), SAVE, T0);
    expect(result).toMatchObject({ ok: true, term: { id: '长治久安|長治久安', createdAt: T0, updatedAt: T0 } });
    expect(result.ok && result.term.contexts).toEqual([{ ...SAVE.context, savedAt: T0 }]);
  });

  it('adds a new context to the term instead of a duplicate, and merges without loss', () => {
    let glossary = saved(emptyGlossary(), { ...SAVE, note: 'first', tags: ['a'] }, T0);
    glossary = saved(glossary, { ...SAVE, syllables: ['zhang3', 'zhi4', 'jiu3', 'an1'], senses: ['peace'], note: 'second', tags: ['b', 'a'], context: { ...SAVE.context!, url: 'https://a.cn/2' } }, T0 + HOUR);
    glossary = saved(glossary, { ...SAVE, note: 'first' }, T0 + 2 * HOUR);
    expect(glossary.terms).toHaveLength(1);
    const [term] = glossary.terms;
    expect(term?.syllables).toEqual(SAVE.syllables);
    expect(term?.senses).toEqual(['long-term stability', 'peace']);
    expect(term?.note).toBe('first\nsecond');
    expect(term?.tags).toEqual(['a', 'b']);
    expect(term?.contexts.map((context) => [context.url, context.savedAt])).toEqual([
      ['https://a.cn/1', T0],
      ['https://a.cn/2', T0 + HOUR],
    ]);
    expect(term?.updatedAt).toBe(T0 + 2 * HOUR);
  });

  it('refuses a new term when the glossary is full, but still adds to existing ones', () => {
    const full = glossaryOf(...Array.from({ length: LIMITS.terms }, (_, i) => ({ ...ZHANGDA, id: `${i}` })), CHANGZHI);
    expect(saveTerm(full, { ...SAVE, simplified: '和平', traditional: '和平', syllables: [] }, T0)).toEqual({ ok: false, reason: 'full' });
    expect(saveTerm(full, SAVE, T0).ok).toBe(true);
  });

  it('leaves the old glossary and untouched terms as they were', () => {
    const before = glossaryOf(ZHANGDA, CHANGZHI);
    const after = saved(before, SAVE, T0 + HOUR);
    expect(before.terms[1]).toBe(CHANGZHI);
    expect(after.terms[0]).toBe(ZHANGDA);
    expect(after.terms[1]).not.toBe(CHANGZHI);
  });
});

describe('parseSaveTermInput and parseTermChanges', () => {
  it('validate what a message carries', () => {
    expect(parseSaveTermInput({ ...SAVE, context: { ...SAVE.context, savedAt: 5, url: 'data:x' }, extra: 1 })).toEqual({
      ...SAVE,
      context: { ...SAVE.context, url: '' },
    });
    expect(parseSaveTermInput({ ...SAVE, simplified: 'abc' })).toBeNull();
    expect(parseSaveTermInput({ ...SAVE, context: { sentence: '' } })).toEqual({ ...SAVE, context: undefined });
    expect(parseTermChanges({ note: 5, tags: ['x', 3], senses: 'no' })).toEqual({ tags: ['x'] });
    expect(parseTermChanges('x')).toBeNull();
  });
});

describe('updateTerm', () => {
  it('edits the fields given, and clears a reading that does not fit', () => {
    const glossary = updateTerm(glossaryOf(CHANGZHI), CHANGZHI.id, { note: ' edited ', senses: ['peace'] }, T0 + HOUR);
    expect(glossary.terms[0]).toEqual({ ...CHANGZHI, note: 'edited', senses: ['peace'], updatedAt: T0 + HOUR });
    expect(updateTerm(glossary, CHANGZHI.id, { syllables: ['chang2'] }, T0 + HOUR).terms[0]?.syllables).toEqual([]);
    expect(updateTerm(glossary, 'missing', { note: 'x' }, T0)).toBe(glossary);
  });
});

describe('deleteTerms and restoreTerms', () => {
  it('undo puts terms back in their places', () => {
    const glossary = glossaryOf(CHANGZHI, ZHANGDA, LVSE);
    const { glossary: after, deleted } = deleteTerms(glossary, [CHANGZHI.id, LVSE.id]);
    expect(after.terms).toEqual([ZHANGDA]);
    expect(restoreTerms(after, deleted)).toEqual({ ok: true, glossary });
  });

  it('refuses an undo that would take the glossary past its limit, and merges what is there again at any size', () => {
    const terms = Array.from({ length: LIMITS.terms }, (_, i) => ({ ...ZHANGDA, id: `词${i}`, simplified: `词${i}`, traditional: `词${i}` }));
    const { glossary: after, deleted } = deleteTerms(glossaryOf(...terms), ['词0', '词1']);
    const refilled = glossaryOf(...after.terms, CHANGZHI, { ...ZHANGDA, id: '词1', simplified: '词1', traditional: '词1' });
    expect(restoreTerms(refilled, deleted)).toEqual({ ok: false, reason: 'full', excess: 1 });
    const once = glossaryOf(...after.terms, CHANGZHI, { ...ZHANGDA, id: '词0', simplified: '词0', traditional: '词0' });
    const restored = restoreTerms(once, { removed: deleted.removed.slice(0, 1) });
    expect(restored.ok && restored.glossary.terms.length).toBe(LIMITS.terms);
  });

  it('undo keeps what was saved again after the deletion', () => {
    const { glossary: after, deleted } = deleteTerms(glossaryOf(CHANGZHI), [CHANGZHI.id]);
    const resaved = saved(after, SAVE, T0 + HOUR);
    const restored = restoreTerms(resaved, deleted);
    const [term] = restored.ok ? restored.glossary.terms : [];
    expect(term?.contexts.map((context) => context.sentence)).toEqual([CHANGZHI.contexts[0]?.sentence, SAVE.context?.sentence]);
    expect(term?.note).toBe(CHANGZHI.note);
  });
});

describe('retagTerms', () => {
  it('adds or removes a tag only where it changes something, and never cuts a full list of tags', () => {
    const full = { ...ZHANGDA, id: 'full', tags: Array.from({ length: LIMITS.tags }, (_, i) => `t${i}`) };
    const glossary = glossaryOf(CHANGZHI, LVSE, full);
    const added = retagTerms(glossary, [CHANGZHI.id, LVSE.id, full.id], 'review', true, T0 + HOUR);
    expect([added.changed, added.full]).toEqual([2, 1]);
    expect(added.glossary.terms[0]).toEqual({ ...CHANGZHI, tags: ['politics', 'chengyu', 'review'], updatedAt: T0 + HOUR });
    expect(added.glossary.terms[2]).toBe(full);
    const removed = retagTerms(glossary, [CHANGZHI.id, LVSE.id], 'politics', false, T0 + HOUR);
    expect([removed.changed, removed.full, removed.glossary.terms[0]?.tags]).toEqual([1, 0, ['chengyu']]);
    expect(removed.glossary.terms[1]).toBe(LVSE);
    expect(retagTerms(glossary, [CHANGZHI.id], 'politics', true, T0 + HOUR).glossary).toBe(glossary);
    expect(retagged(CHANGZHI, 'politics', true, T0 + HOUR)).toBe(CHANGZHI);
  });
});

describe('mergeGlossaries', () => {
  it('adds new terms and unions contexts and tags of shared ones', () => {
    const incoming = glossaryOf({ ...CHANGZHI, tags: ['speech'], contexts: [{ sentence: '另一句。', url: '', title: '', savedAt: T0 + HOUR }] }, LVSE);
    const report = mergeGlossaries(glossaryOf(CHANGZHI, ZHANGDA), incoming);
    expect(report.added).toEqual([LVSE.id]);
    expect(report.updated).toEqual([CHANGZHI.id]);
    expect(report.replaced).toEqual([]);
    const [merged] = report.glossary.terms;
    expect(merged?.tags).toEqual(['politics', 'chengyu', 'speech']);
    expect(merged?.contexts).toHaveLength(2);
    expect(report.glossary.terms.map((term) => term.id)).toEqual([CHANGZHI.id, ZHANGDA.id, LVSE.id]);
  });

  it('takes the later edit of a note or reading, never an empty one, and reports the replacement', () => {
    const newer = { ...CHANGZHI, note: 'newer note', updatedAt: T0 + HOUR };
    const report = mergeGlossaries(glossaryOf(CHANGZHI), glossaryOf(newer));
    expect(report.glossary.terms[0]?.note).toBe('newer note');
    expect(report.replaced).toEqual([CHANGZHI.id]);
    const emptier = { ...CHANGZHI, note: '', syllables: [], updatedAt: T0 + 2 * HOUR };
    expect(mergeGlossaries(glossaryOf(newer), glossaryOf(emptier)).glossary.terms[0]).toMatchObject({ note: 'newer note', syllables: CHANGZHI.syllables });
    const older = { ...CHANGZHI, note: 'older note', updatedAt: T0 };
    expect(mergeGlossaries(glossaryOf(newer), glossaryOf(older)).glossary.terms[0]?.note).toBe('newer note');
  });

  it('is idempotent, and two tabs that saved different words at once keep both', () => {
    const tabA = saved(glossaryOf(ZHANGDA), SAVE, T0 + HOUR);
    const tabB = saved(glossaryOf(ZHANGDA), { ...SAVE, simplified: '和平', traditional: '和平', syllables: ['he2', 'ping2'] }, T0 + HOUR);
    const merged = mergeGlossaries(tabA, tabB).glossary;
    expect(merged.terms.map((term) => term.simplified)).toEqual(['长大', '长治久安', '和平']);
    const again = mergeGlossaries(merged, tabB);
    expect(again.glossary).toEqual(merged);
    expect([again.added, again.updated]).toEqual([[], []]);
  });
});
