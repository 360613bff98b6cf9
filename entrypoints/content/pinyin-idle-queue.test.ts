import { describe, expect, it } from 'vitest';
import { FIRST_SLICE_CHARS } from '../../lib/ruby/slice-size.ts';
import { IdleQueue, type IdleScheduler } from './pinyin-idle-queue.ts';

/** Idle moments when the test makes them; `pass` runs what waits for one. */
function testIdle(): { scheduler: IdleScheduler; pass: () => void; waiting: () => number } {
  const works = new Set<() => void>();
  return {
    scheduler: (work) => {
      works.add(work);
      return () => works.delete(work);
    },
    pass: () => {
      const now = [...works];
      works.clear();
      for (const work of now) work();
    },
    waiting: () => works.size,
  };
}

/** A queue of texts that records what each slice ran and how often it laid the page out. */
function queue() {
  const idle = testIdle();
  const slices: string[][] = [[]];
  const ran = new IdleQueue<string>(
    idle.scheduler,
    (item) => slices.at(-1)?.push(item),
    (item) => item.length,
    () => slices.push([]),
  );
  const done = () => slices.filter((slice) => slice.length > 0);
  return { idle, ran, done };
}

describe('IdleQueue', () => {
  it('runs its items in order a slice per idle moment, the first slice the size of FIRST_SLICE_CHARS, one idle request at a time', () => {
    const { idle, ran, done } = queue();
    const items = Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(100, '.'));
    for (const item of items) ran.add(item);
    expect(idle.waiting()).toBe(1);
    idle.pass();
    expect(done()).toEqual([items.slice(0, Math.ceil(FIRST_SLICE_CHARS / 100))]);
    while (idle.waiting() > 0) idle.pass();
    expect(done().flat()).toEqual(items);
  });

  it('takes at least one item per slice, however long', () => {
    const { idle, ran, done } = queue();
    ran.add('長'.repeat(FIRST_SLICE_CHARS * 10));
    ran.add('短');
    idle.pass();
    expect(done()).toHaveLength(1);
    expect(done()[0]).toHaveLength(1);
  });

  it('runs hurried items first, and each item once', () => {
    const { idle, ran, done } = queue();
    const items = Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(100, '.'));
    for (const item of items) ran.add(item);
    const last = items.at(-1) ?? '';
    ran.hurry(last);
    ran.hurry('never queued');
    idle.pass();
    expect(done()[0]?.[0]).toBe(last);
    while (idle.waiting() > 0) idle.pass();
    expect(done().flat().sort()).toEqual([...items].sort());
  });

  it('resolves drained when the last item has run, or when cleared, and runs nothing after clear', async () => {
    const { idle, ran, done } = queue();
    await ran.drained();
    ran.add('國家');
    let drained = false;
    void ran.drained().then(() => (drained = true));
    idle.pass();
    await Promise.resolve();
    expect(drained).toBe(true);
    ran.add('研究');
    const cleared = ran.drained();
    ran.clear();
    await cleared;
    expect(idle.waiting()).toBe(0);
    idle.pass();
    expect(done().flat()).toEqual(['國家']);
  });
});
