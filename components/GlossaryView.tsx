import { useEffect, useRef, useState } from 'preact/hooks';
import { UndoNotice } from './UndoNotice.tsx';
import type { GlossaryQuery } from '../lib/glossary/glossary-query.ts';
import { hasMeaning, splitLines, splitTags, type ManagerSort } from '../lib/glossary/manager-view.ts';
import type { SortOrder } from '../lib/glossary/search.ts';
import type { TermChanges } from '../lib/glossary/operations.ts';
import type { GlossaryTerm } from '../lib/glossary/term.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import { formatWord } from '../lib/pinyin/syllable.ts';
import { Choice } from './Choice.tsx';
import { GlossaryDamageNotice } from './GlossaryDamageNotice.tsx';
import { useT } from './i18n.ts';
import { useGlossaryPage, type AskGlossaryPage } from './use-glossary-page.ts';
import './glossary-view.css';
import './no-meaning.css';

interface Props {
  ask: AskGlossaryPage;
  /** Changes whenever the stored glossary does, to ask again. */
  revision: number;
  /** Set after a deletion, until the reader undoes it or moves on. */
  undoable: number | null;
  onDelete: (id: string) => void;
  onEdit: (id: string, changes: TermChanges) => void;
  onUndo: () => void;
  /** Whether saved words are marked on pages; null while the settings are being read. */
  highlight: boolean | null;
  onHighlight: (enabled: boolean) => void;
}

const ORDERS: { value: SortOrder; label: MessageKey }[] = [
  { value: 'newest', label: 'glossary.order.newest' },
  { value: 'oldest', label: 'glossary.order.oldest' },
  { value: 'pinyin', label: 'glossary.order.pinyin' },
];
/** The popup's orders as the background sorts (by the manager's columns). */
const SORTS: Record<SortOrder, ManagerSort> = {
  newest: { column: 'saved', descending: true },
  oldest: { column: 'saved', descending: false },
  pinyin: { column: 'pinyin', descending: false },
};
/** A popup shows the first results; the search narrows the rest down. */
const SHOWN = 50;

function TermEditor({ term, onSave, onCancel }: { term: GlossaryTerm; onSave: (changes: TermChanges) => void; onCancel: () => void }) {
  const t = useT();
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const [senses, setSenses] = useState(term.senses.join('\n'));
  const [note, setNote] = useState(term.note);
  const [tags, setTags] = useState(term.tags.join(', '));
  return (
    <form
      class="term-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ senses: splitLines(senses), note: note.trim(), tags: splitTags(tags) });
      }}
    >
      <label>
        {t('common.senses')}
        <textarea ref={first} name="senses" rows={2} value={senses} onInput={(event) => setSenses(event.currentTarget.value)} />
      </label>
      <label>
        {t('common.note')}
        <textarea name="note" rows={2} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <label>
        {t('common.tags')}
        <input name="tags" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      </label>
      <button type="submit">{t('common.save')}</button>{' '}
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

function TermItem({ term, onDelete, onEdit }: { term: GlossaryTerm; onDelete: (id: string) => void; onEdit: Props['onEdit'] }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const latest = term.contexts[term.contexts.length - 1];
  if (editing) {
    return (
      <li class="term" data-testid="glossary-term">
        <div class="term-word" lang="zh">
          {term.simplified}
        </div>
        <TermEditor
          term={term}
          onCancel={() => setEditing(false)}
          onSave={(changes) => {
            onEdit(term.id, changes);
            setEditing(false);
          }}
        />
      </li>
    );
  }
  return (
    <li class="term" data-testid="glossary-term">
      <div class="term-head">
        <span class="term-word" lang="zh">
          {term.simplified === term.traditional ? term.simplified : `${term.simplified} ${term.traditional}`}
        </span>
        <span class="term-pinyin">{formatWord(term.syllables, 'marks')}</span>
        <button type="button" class="link" aria-label={t('common.editNamed', { term: term.simplified })} onClick={() => setEditing(true)}>
          {t('common.edit')}
        </button>
        <button type="button" class="link" aria-label={t('common.deleteNamed', { term: term.simplified })} onClick={() => onDelete(term.id)}>
          {t('common.delete')}
        </button>
      </div>
      {term.senses.length > 0 && <div class="term-senses">{term.senses.slice(0, 3).join('; ')}</div>}
      {!hasMeaning(term) && (
        <div class="term-senses no-meaning" data-testid="no-meaning">
          {t('glossary.noMeaning')}{' '}
          <button type="button" class="link" aria-label={t('glossary.addMeaningNamed', { term: term.simplified })} onClick={() => setEditing(true)}>
            {t('glossary.addMeaning')}
          </button>
        </div>
      )}
      {term.note && <div class="term-note">{term.note}</div>}
      {term.tags.length > 0 && <div class="term-note">{t('glossary.tags', { tags: term.tags.join(t('common.listSeparator')) })}</div>}
      {latest && (
        <div class="term-context" data-testid="glossary-context">
          <span lang="zh">{latest.sentence}</span>
          {latest.title && <span class="term-source"> — {latest.title}</span>}
          {term.contexts.length > 1 && <span class="term-source">{t('glossary.moreContexts', { count: term.contexts.length - 1 })}</span>}
        </div>
      )}
    </li>
  );
}

/** The saved terms: search by hanzi in either script, pinyin with or without tones, or English; sort; delete with undo. */
export function GlossaryView({ ask, revision, undoable, onDelete, onEdit, onUndo, highlight, onHighlight }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const [order, setOrder] = useState<SortOrder>('newest');
  const query: GlossaryQuery = { text, tag: { kind: 'all' }, sort: SORTS[order], offset: 0, limit: SHOWN };
  const { page, problem } = useGlossaryPage(ask, query, revision);
  return (
    <section aria-labelledby="glossary-heading" class="glossary">
      <h2 id="glossary-heading">
        {t('glossary.heading')} {page && <span data-testid="glossary-count">({page.total})</span>}
      </h2>
      <label>
        <input
          type="checkbox"
          data-testid="highlight-saved"
          disabled={highlight === null}
          checked={highlight ?? false}
          onChange={(event) => onHighlight(event.currentTarget.checked)}
        />
        {t('glossary.highlight')}
      </label>
      {page?.damage && <GlossaryDamageNotice damage={page.damage} exportHint="glossary.damaged.exportPopup" />}
      {undoable !== null && <UndoNotice count={undoable} onUndo={onUndo} />}
      {problem && <p role="alert">{t('glossary.error.read', { reason: problem })}</p>}
      {!page ? (
        !problem && <p class="hint">{t('glossary.reading')}</p>
      ) : page.total === 0 ? (
        <p class="hint" data-testid="glossary-empty">{t('glossary.empty')}</p>
      ) : (
        <>
          <div class="glossary-tools">
            <input
              type="search"
              aria-label={t('glossary.search')}
              placeholder={t('glossary.searchPlaceholder')}
              value={text}
              onInput={(event) => setText(event.currentTarget.value)}
            />
            <Choice
              name="order"
              label={t('glossary.sort')}
              value={order}
              options={ORDERS.map(({ value, label }) => ({ value, label: t(label) }))}
              onChange={setOrder}
            />
          </div>
          <ul class="terms">
            {page.terms.map((term) => (
              <TermItem key={term.id} term={term} onDelete={onDelete} onEdit={onEdit} />
            ))}
          </ul>
          {page.listed > page.terms.length && <p class="hint">{t('glossary.more', { count: page.listed - page.terms.length })}</p>}
          {page.listed === 0 && <p class="hint">{t('glossary.noMatch', { query: text })}</p>}
        </>
      )}
    </section>
  );
}
