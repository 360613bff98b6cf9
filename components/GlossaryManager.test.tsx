// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TermUpdate } from '../lib/glossary/manager-view.ts';
import { termId, type GlossaryTerm } from '../lib/glossary/term.ts';
import { ALL_TERMS, CHANGZHI, LVSE, T0, ZHANGDA } from '../lib/glossary/test-fixtures.ts';
import { GlossaryQueries } from '../lib/glossary/glossary-query.ts';
import { GlossaryManager } from './GlossaryManager.tsx';
import type { AskGlossaryIds, AskGlossaryPage } from './use-glossary-page.ts';

function many(count: number): GlossaryTerm[] {
  return Array.from({ length: count }, (_, i) => {
    const simplified = `词${String.fromCodePoint(0x4e00 + i)}`;
    return { ...ZHANGDA, id: termId(simplified, simplified), simplified, traditional: simplified, createdAt: T0 + i, updatedAt: T0 + i };
  });
}

/** Lets the answers of the in-memory background arrive and the component render them. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

async function mount(terms: readonly GlossaryTerm[]) {
  const onDelete = vi.fn(async (_ids: string[]) => true);
  const onUpdate = vi.fn(async (_update: TermUpdate) => true);
  const onRetag = vi.fn(async (_ids: string[], _tag: string, _add: boolean) => ({ changed: _ids.length, full: 0 }));
  const onUndo = vi.fn();
  // The background's side of the messages, over the same terms.
  const queries = new GlossaryQueries();
  const ask: AskGlossaryPage = async (query) => queries.page(terms, query, null);
  const askIds: AskGlossaryIds = async (listing) => queries.ids(terms, listing);
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <GlossaryManager ask={ask} askIds={askIds} revision={0} undoable={null} problem={null} onDelete={onDelete} onUndo={onUndo} onUpdate={onUpdate} onRetag={onRetag} />,
      root,
    ),
  );
  await settle();
  const byLabel = <T extends HTMLElement>(label: string): T => {
    const element = root.querySelector<T>(`[aria-label="${label}"]`);
    if (!element) throw new Error(`no element labelled ${label}`);
    return element;
  };
  const button = (text: string): HTMLButtonElement => {
    const found = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
    if (!found) throw new Error(`no button ${text}`);
    return found;
  };
  const rows = () => [...root.querySelectorAll('[data-testid="manager-row"] [role="cell"]:nth-child(2)')].map((cell) => cell.textContent);
  const type = async (element: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    act(() => {
      element.value = value;
      element.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
  };
  const click = async (element: HTMLElement) => {
    act(() => element.click());
    await settle();
  };
  return { root, onDelete, onUpdate, onRetag, byLabel, button, rows, type, click, settle };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('GlossaryManager', () => {
  it('lists every term, newest first, sorts by a column and searches like the popup', async () => {
    const view = await mount(ALL_TERMS);
    expect(view.rows()).toEqual(['绿色 綠色', '长大 長大', '长治久安 長治久安']);
    await view.click(view.button('Pinyin'));
    expect(view.rows()).toEqual(['长治久安 長治久安', '绿色 綠色', '长大 長大']);
    expect(view.root.querySelector('[role="columnheader"][aria-sort="ascending"]')?.textContent).toContain('Pinyin');
    await view.type(view.byLabel('Search the glossary'), 'zhang');
    expect(view.rows()).toEqual(['长大 長大']);
    expect(view.root.querySelector('[data-testid="manager-count"]')?.textContent).toBe('1 of 3 terms listed');
  });

  it('deletes the selected rows, and only those still listed', async () => {
    const view = await mount(ALL_TERMS);
    await view.click(view.byLabel(`Select ${CHANGZHI.simplified}`));
    await view.click(view.byLabel(`Select ${LVSE.simplified}`));
    await view.type(view.byLabel('Search the glossary'), 'green');
    expect(view.root.querySelector('[data-testid="manager-count"]')?.textContent).toBe('1 of 3 terms listed, 1 selected');
    await act(async () => view.button('Delete selected').click());
    expect(view.onDelete).toHaveBeenCalledWith([LVSE.id]);
  });

  it('selects a whole page, then every listed term, and tags them', async () => {
    const view = await mount(many(80));
    expect(view.rows()).toHaveLength(50);
    await view.click(view.byLabel('Select every term on this page'));
    expect(view.root.querySelector('[data-testid="manager-count"]')?.textContent).toBe('80 terms, 50 selected');
    await view.click(view.button('Select all 80 listed'));
    const tag = view.root.querySelector<HTMLInputElement>('input[name="bulk-tag"]');
    if (!tag) throw new Error('no tag field');
    await view.type(tag, 'review');
    await act(async () => view.button('Add tag to selected').click());
    expect(view.onRetag).toHaveBeenCalledTimes(1);
    expect(view.onRetag.mock.calls[0]?.[0]).toHaveLength(80);
    expect(view.onRetag.mock.calls[0]?.slice(1)).toEqual(['review', true]);
    await view.click(view.button('Next page'));
    expect(view.rows()).toHaveLength(30);
    expect(view.root.textContent).toContain('Page 2 of 2');
  });

  it('edits a row in place, refuses a reading that does not fit, and gives focus back to the row', async () => {
    const view = await mount([CHANGZHI]);
    await view.click(view.byLabel(`Edit ${CHANGZHI.simplified}`));
    const pinyin = view.root.querySelector<HTMLInputElement>('input[name="pinyin"]');
    if (!pinyin) throw new Error('no pinyin field');
    expect(document.activeElement).toBe(pinyin);
    await view.type(pinyin, 'chang2 zhi4');
    const form = view.root.querySelector('form');
    await act(async () => {
      form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(view.onUpdate).not.toHaveBeenCalled();
    expect(pinyin.getAttribute('aria-invalid')).toBe('true');
    await view.type(pinyin, 'chang2 zhi4 jiu3 an1');
    const note = view.root.querySelector<HTMLTextAreaElement>('textarea[name="note"]');
    if (!note) throw new Error('no note field');
    await view.type(note, 'a new note');
    await act(async () => {
      form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(view.onUpdate).toHaveBeenCalledWith({
      id: CHANGZHI.id,
      changes: { senses: CHANGZHI.senses, note: 'a new note', tags: CHANGZHI.tags, syllables: ['chang2', 'zhi4', 'jiu3', 'an1'] },
    });
    expect(view.root.querySelector('form')).toBeNull();
    expect(document.activeElement).toBe(view.byLabel(`Edit ${CHANGZHI.simplified}`));
  });

  it('cancels an edit with Escape', async () => {
    const view = await mount([CHANGZHI]);
    await view.click(view.byLabel(`Edit ${CHANGZHI.simplified}`));
    act(() => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(view.root.querySelector('form')).toBeNull();
  });

  it('marks a term without a meaning, adds one in place in one click, and lists only such terms when asked', async () => {
    const guge: GlossaryTerm = { ...ZHANGDA, id: termId('谷歌', '穀歌'), simplified: '谷歌', traditional: '穀歌', syllables: ['gu3', 'ge1'], senses: [], note: '', createdAt: T0 + 9 };
    const view = await mount([CHANGZHI, guge]);
    const marked = [...view.root.querySelectorAll('[data-testid="manager-row"]')].filter((row) => row.querySelector('[data-testid="no-meaning"]'));
    expect(marked.map((row) => row.querySelector('.hanzi')?.textContent)).toEqual(['谷歌 穀歌']);
    expect(marked[0]?.textContent).toContain('No meaning yet');
    await view.click(view.byLabel('Add a meaning to 谷歌'));
    const senses = view.root.querySelector<HTMLTextAreaElement>('textarea[name="senses"]');
    if (!senses) throw new Error('no senses field');
    expect(document.activeElement).toBe(senses);
    await view.type(senses, 'Google');
    await act(async () => {
      view.root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(view.onUpdate).toHaveBeenCalledWith({ id: guge.id, changes: { senses: ['Google'], note: '', tags: [] } });

    const filter = view.root.querySelector<HTMLSelectElement>('select[name="tag-filter"]');
    if (!filter) throw new Error('no filter');
    expect([...filter.options].map((option) => option.textContent)).toContain('Without a meaning');
    act(() => {
      filter.value = 'no-meaning';
      filter.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await view.settle();
    expect(view.rows()).toEqual(['谷歌 穀歌']);
  });
});
