// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlossaryQueries } from '../lib/glossary/glossary-query.ts';
import type { TermChanges } from '../lib/glossary/operations.ts';
import { termId, type GlossaryTerm } from '../lib/glossary/term.ts';
import { CHANGZHI, T0, ZHANGDA } from '../lib/glossary/test-fixtures.ts';
import { GlossaryView } from './GlossaryView.tsx';
import type { AskGlossaryPage } from './use-glossary-page.ts';

/** 谷歌 as saved from a qq.com page: the word and its reading, nothing to say what it means. */
const GUGE: GlossaryTerm = { ...ZHANGDA, id: termId('谷歌', '穀歌'), simplified: '谷歌', traditional: '穀歌', syllables: ['gu3', 'ge1'], senses: [], note: '', createdAt: T0 + 9 };

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

async function mount(terms: readonly GlossaryTerm[]) {
  const onEdit = vi.fn((_id: string, _changes: TermChanges) => undefined);
  const queries = new GlossaryQueries();
  const ask: AskGlossaryPage = async (query) => queries.page(terms, query, null);
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <GlossaryView ask={ask} revision={0} undoable={null} onDelete={() => undefined} onEdit={onEdit} onUndo={() => undefined} highlight={false} onHighlight={() => undefined} />,
      root,
    ),
  );
  await settle();
  return { root, onEdit };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('GlossaryView', () => {
  it('marks a term without a meaning and adds one in place in one click', async () => {
    const { root, onEdit } = await mount([CHANGZHI, GUGE]);
    const items = [...root.querySelectorAll('[data-testid="glossary-term"]')];
    const marked = items.filter((item) => item.querySelector('[data-testid="no-meaning"]'));
    expect(marked.map((item) => item.querySelector('.term-word')?.textContent)).toEqual(['谷歌 穀歌']);
    expect(marked[0]?.textContent).toContain('No meaning yet');
    const add = root.querySelector<HTMLButtonElement>('[aria-label="Add a meaning to 谷歌"]');
    act(() => add?.click());
    const senses = root.querySelector<HTMLTextAreaElement>('textarea[name="senses"]');
    if (!senses) throw new Error('no senses field');
    expect(document.activeElement).toBe(senses);
    act(() => {
      senses.value = 'Google';
      senses.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onEdit).toHaveBeenCalledWith(GUGE.id, { senses: ['Google'], note: '', tags: [] });
  });
});
