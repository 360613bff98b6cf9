// @vitest-environment happy-dom
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossaryQueries } from '../lib/glossary/glossary-query.ts';
import type { GlossaryDamage } from '../lib/glossary/glossary-service.ts';
import { ALL_TERMS } from '../lib/glossary/test-fixtures.ts';
import { translator } from '../lib/i18n/translate.ts';
import { GlossaryManager } from './GlossaryManager.tsx';
import { GlossaryView } from './GlossaryView.tsx';
import { I18n } from './i18n.ts';
import type { AskGlossaryPage } from './use-glossary-page.ts';

const none = () => undefined;

/** The background's answers for a glossary read with `damage`. */
function asking(damage: GlossaryDamage | null): AskGlossaryPage {
  const queries = new GlossaryQueries();
  return async (query) => queries.page(ALL_TERMS, query, damage);
}

async function shown(view: VNode, language: 'en' | 'zh-CN' = 'en'): Promise<string | null> {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18n.Provider value={translator(language)}>{view}</I18n.Provider>, root));
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return root.querySelector('[data-testid="glossary-damaged"]')?.textContent ?? null;
}

const popup = (damage: GlossaryDamage | null) => (
  <GlossaryView ask={asking(damage)} revision={0} undoable={null} onDelete={none} onEdit={none} onUndo={none} highlight={false} onHighlight={none} />
);

const settings = (damage: GlossaryDamage | null) => (
  <GlossaryManager
    ask={asking(damage)}
    askIds={async () => []}
    revision={0}
    undoable={null}
    problem={null}
    onDelete={async () => true}
    onUndo={none}
    onUpdate={async () => true}
    onRetag={async () => null}
  />
);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the notice of stored glossary data that could not be read', () => {
  it('shows in the popup and on the settings page: what happened, that the data is kept, and how to keep a copy', async () => {
    const damage = { items: 2, readOnly: false };
    const inPopup = await shown(popup(damage));
    expect(inPopup).toContain('could not be read (2 of its storage items)');
    expect(inPopup).toContain('keeps that data as it is');
    expect(inPopup).toContain('export a JSON backup from the settings page');
    expect(await shown(settings(damage))).toContain('export a JSON backup under “Glossary: export and import” below');
    expect(await shown(settings({ items: 1, readOnly: true }), 'zh-CN')).toContain('不保存对生词本的任何更改');
  });

  it('says nothing when all of the glossary was read', async () => {
    expect(await shown(popup(null))).toBeNull();
    expect(await shown(settings(null))).toBeNull();
  });
});
