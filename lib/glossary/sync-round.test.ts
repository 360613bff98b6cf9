import { describe, expect, it } from 'vitest';
import { GlossaryService } from './glossary-service.ts';
import { decodeGlossaryChunks, encodeGlossaryChunks, SYNC_QUOTA } from './sync-chunks.ts';
import { incomingTerms, needsPush, noteDeletions, parseSyncMemory, type SyncMemory } from './sync-plan.ts';
import { syncRound, type SyncPorts } from './sync-round.ts';
import { GLOSSARY_VERSION, termId, type Glossary, type GlossaryTerm } from './term.ts';
import { CHANGZHI, HOUR, LVSE, T0, ZHANGDA } from './test-fixtures.ts';

/** One browser: its own glossary and sync memory, sharing `sync` (the vendor's sync service) with the others. */
class Browser {
  readonly glossary: GlossaryService;
  memory: unknown = undefined;
  writes = 0;
  private stored: Glossary;

  constructor(
    private readonly sync: Record<string, unknown>,
    terms: readonly GlossaryTerm[],
    private readonly now: () => number,
  ) {
    this.stored = { version: GLOSSARY_VERSION, terms: [...terms] };
    this.glossary = new GlossaryService(
      { read: async () => ({ document: this.stored, layout: 'current', revision: 0 }), write: async (glossary) => void (this.stored = glossary) },
      now,
    );
  }

  ports(): SyncPorts {
    return {
      glossary: this.glossary,
      readSync: async () => JSON.parse(JSON.stringify(this.sync)),
      writeSync: async (set, remove) => {
        this.writes++;
        Object.assign(this.sync, JSON.parse(JSON.stringify(set)));
        for (const key of remove) delete this.sync[key];
      },
      readMemory: async () => this.memory,
      writeMemory: async (memory) => void (this.memory = memory),
    };
  }

  round() {
    return syncRound(this.ports(), this.now());
  }

  async ids(): Promise<string[]> {
    return (await this.glossary.list()).map((term) => term.id).sort();
  }
}

function setup(a: readonly GlossaryTerm[], b: readonly GlossaryTerm[]) {
  let time = T0 + 100 * HOUR;
  const now = () => (time += 1000);
  const sync: Record<string, unknown> = { settings: { hoverEnabled: true } };
  return { sync, a: new Browser(sync, a, now), b: new Browser(sync, b, now) };
}

/** Rounds in both browsers until neither writes; how many that took. */
async function settle(a: Browser, b: Browser): Promise<number> {
  for (let rounds = 1; rounds <= 10; rounds++) {
    const before = a.writes + b.writes;
    await a.round();
    await b.round();
    if (a.writes + b.writes === before) return rounds;
  }
  throw new Error('the browsers kept pushing');
}

const word = (simplified: string, traditional: string, createdAt: number): GlossaryTerm => ({
  ...ZHANGDA,
  id: termId(simplified, traditional),
  simplified,
  traditional,
  syllables: [],
  createdAt,
  updatedAt: createdAt,
});
const DANGJIAN = word('党建', '黨建', T0 + 5 * HOUR);

describe('syncRound between two browsers', () => {
  it('brings both glossaries to the union of their terms and contexts, then stops pushing', async () => {
    const lvseElsewhere = { ...LVSE, senses: ['green'], contexts: [{ sentence: '绿色出行。', url: '', title: '', savedAt: T0 + 9 * HOUR }] };
    const { a, b } = setup([CHANGZHI, LVSE], [lvseElsewhere, DANGJIAN]);
    expect(await a.round()).toMatchObject({ state: 'ok', terms: 2 });
    expect(a.writes).toBe(1);
    expect(await b.round()).toMatchObject({ state: 'ok', terms: 3 });
    expect(await settle(a, b)).toBeLessThanOrEqual(2);
    const union = [CHANGZHI.id, DANGJIAN.id, LVSE.id].sort();
    expect(await a.ids()).toEqual(union);
    expect(await b.ids()).toEqual(union);
    const lvse = (await a.glossary.list()).find((term) => term.id === LVSE.id);
    expect(lvse?.contexts.map((context) => context.sentence)).toEqual([...LVSE.contexts.map((context) => context.sentence), '绿色出行。']);
  });

  it('does not ping-pong over differences merging keeps as they are (the order of senses)', async () => {
    const reversed = { ...CHANGZHI, senses: [...CHANGZHI.senses].reverse() };
    const { a, b } = setup([CHANGZHI], [reversed]);
    expect(await settle(a, b)).toBeLessThanOrEqual(2);
    expect(a.writes + b.writes).toBe(1);
  });

  it('does not bring back a term deleted here, from its own earlier push or from another browser', async () => {
    const { a, b } = setup([CHANGZHI, LVSE], []);
    await settle(a, b);
    await a.glossary.delete([LVSE.id]);
    await a.round();
    expect(await a.ids()).toEqual([CHANGZHI.id]);
    // The other browser keeps its copy (sync never deletes) and pushes it with its next change.
    await b.glossary.save({ ...DANGJIAN, context: { sentence: '抓好黨建。', url: '', title: '' } });
    await settle(a, b);
    expect(await b.ids()).toEqual([CHANGZHI.id, DANGJIAN.id, LVSE.id].sort());
    expect(await a.ids()).toEqual([CHANGZHI.id, DANGJIAN.id].sort());
    // Saved again here, it is simply there again; edited elsewhere after the deletion, it comes back.
    await b.glossary.update(LVSE.id, { note: 'edited after the deletion' });
    await settle(a, b);
    expect(await a.ids()).toContain(LVSE.id);
  });

  it('does not push a glossary larger than the quota, says so with the numbers, and still merges the others', async () => {
    const many = Array.from({ length: 700 }, (_, i) => ({
      ...word(`词${String.fromCodePoint(0x4e00 + i)}`, `詞${String.fromCodePoint(0x4e00 + i)}`, T0 + i),
      contexts: [{ sentence: `这是第${i}个很长的句子，为了让词汇表超过同步存储的配额。`, url: `https://news.example.cn/${i}.html`, title: '新闻', savedAt: T0 + i }],
    }));
    const { sync, a, b } = setup(many, [DANGJIAN]);
    await b.round();
    const pushedByB = JSON.stringify(sync);
    const status = await a.round();
    expect(status).toMatchObject({ state: 'too-large', terms: 701 });
    if (status.state !== 'too-large') return;
    expect(status.bytes).toBeGreaterThan(status.budgetBytes);
    expect(status.budgetBytes).toBeLessThan(SYNC_QUOTA.bytes);
    expect(JSON.stringify(sync)).toBe(pushedByB);
    expect((await a.glossary.list()).length).toBe(701);
  });

  it('neither reads nor overwrites what a newer version pushed', async () => {
    const { sync, a } = setup([CHANGZHI], []);
    await a.round();
    sync.glossary = { ...(sync.glossary as object), format: 99 };
    const before = JSON.stringify(sync);
    await a.glossary.save({ ...DANGJIAN, context: undefined });
    expect(await a.round()).toMatchObject({ state: 'newer' });
    expect(JSON.stringify(sync)).toBe(before);
  });

  it('merges nothing from a push still arriving', async () => {
    const { sync, a } = setup([CHANGZHI], []);
    const items = encodeGlossaryChunks([LVSE, DANGJIAN], { bytes: SYNC_QUOTA.bytes, items: 10 });
    if (!items.fits) throw new Error('fits');
    Object.assign(sync, { glossary: items.items.glossary });
    await a.round();
    expect(await a.ids()).toEqual([CHANGZHI.id]);
    // Its own push replaced the broken one; the browser that was pushing merges it and pushes again.
    expect(decodeGlossaryChunks(sync).state).toBe('ok');
  });
});

describe('sync decisions', () => {
  const memory = (knownIds: string[], deleted: Record<string, number> = {}): SyncMemory => ({ knownIds, deleted });

  it('notes deletions, forgets them when the term is back, and infers none from an empty glossary', () => {
    expect(noteDeletions([CHANGZHI], memory([CHANGZHI.id, LVSE.id]), 5)).toEqual({ [LVSE.id]: 5 });
    expect(noteDeletions([CHANGZHI, LVSE], memory([CHANGZHI.id], { [LVSE.id]: 5 }), 9)).toEqual({});
    expect(noteDeletions([], memory([CHANGZHI.id, LVSE.id]), 5)).toEqual({});
    // The first time noticed is kept.
    expect(noteDeletions([CHANGZHI], memory([CHANGZHI.id, LVSE.id], { [LVSE.id]: 2 }), 9)).toEqual({ [LVSE.id]: 2 });
  });

  it('skips copies of deleted terms unless edited after the deletion', () => {
    const deleted = { [LVSE.id]: LVSE.updatedAt + 1 };
    expect(incomingTerms([CHANGZHI, LVSE], deleted)).toEqual([CHANGZHI]);
    const edited = { ...LVSE, updatedAt: LVSE.updatedAt + 2 };
    expect(incomingTerms([CHANGZHI, edited], deleted)).toEqual([CHANGZHI, edited]);
  });

  it('pushes only when sync storage lacks something', () => {
    expect(needsPush(null, [])).toBe(false);
    expect(needsPush(null, [CHANGZHI])).toBe(true);
    expect(needsPush([CHANGZHI, LVSE], [CHANGZHI])).toBe(false);
    expect(needsPush([CHANGZHI], [CHANGZHI, LVSE])).toBe(true);
    expect(needsPush([CHANGZHI], [{ ...CHANGZHI, note: 'newer note', updatedAt: CHANGZHI.updatedAt + 1 }])).toBe(true);
    expect(needsPush([CHANGZHI], [{ ...CHANGZHI, note: 'a tie keeps the pushed note' }])).toBe(false);
  });

  it('reads stored memory defensively', () => {
    expect(parseSyncMemory({ knownIds: ['a', 3], deleted: { a: 1, b: 'x' } })).toEqual({ knownIds: ['a'], deleted: { a: 1 } });
    expect(parseSyncMemory('garbage')).toEqual({ knownIds: [], deleted: {} });
  });
});
