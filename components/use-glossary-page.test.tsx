// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { GlossaryPage, GlossaryQuery } from '../lib/glossary/glossary-query.ts';
import { useGlossaryPage, type AskGlossaryPage } from './use-glossary-page.ts';

const page = (total: number): GlossaryPage => ({ total, listed: total, offset: 0, terms: [], tags: [], damage: null });
const query = (text: string): GlossaryQuery => ({ text, tag: { kind: 'all' }, sort: { column: 'saved', descending: true }, offset: 0, limit: 50 });

function Probe({ ask, text, revision }: { ask: AskGlossaryPage; text: string; revision: number }) {
  const { page: shown, problem } = useGlossaryPage(ask, query(text), revision);
  return <p>{problem ?? (shown ? String(shown.total) : 'none')}</p>;
}

describe('useGlossaryPage', () => {
  it('shows the answer to the latest question, whatever order the answers come in, and asks again on a new revision', async () => {
    const pending = new Map<string, (page: GlossaryPage) => void>();
    const asked: string[] = [];
    const ask: AskGlossaryPage = (q) => {
      asked.push(q.text);
      return new Promise((resolve) => pending.set(q.text, resolve));
    };
    const root = document.createElement('div');
    act(() => render(<Probe ask={ask} text="z" revision={0} />, root));
    act(() => render(<Probe ask={ask} text="zh" revision={0} />, root));
    await act(async () => pending.get('zh')?.(page(2)));
    await act(async () => pending.get('z')?.(page(9)));
    expect(root.textContent).toBe('2');
    act(() => render(<Probe ask={ask} text="zh" revision={1} />, root));
    expect(asked).toEqual(['z', 'zh', 'zh']);
    // The earlier page stays while the next is on its way.
    expect(root.textContent).toBe('2');
  });

  it('says why when the background does not answer, keeping the last page', async () => {
    let fail = false;
    const ask: AskGlossaryPage = async () => {
      if (fail) throw new Error('the worker stopped');
      return page(1);
    };
    const root = document.createElement('div');
    await act(async () => render(<Probe ask={ask} text="" revision={0} />, root));
    fail = true;
    await act(async () => render(<Probe ask={ask} text="" revision={1} />, root));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(root.textContent).toBe('the worker stopped');
  });
});
