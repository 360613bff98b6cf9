import { useMemo, useState } from 'preact/hooks';
import { buildSearchIndex, searchTerms, type SortOrder } from '../lib/glossary/search.ts';
import type { TermChanges } from '../lib/glossary/operations.ts';
import type { GlossaryTerm } from '../lib/glossary/term.ts';
import { formatWord } from '../lib/pinyin/syllable.ts';
import { Choice } from './Choice.tsx';

interface Props {
  terms: readonly GlossaryTerm[];
  /** Set after a deletion, until the reader undoes it or moves on. */
  undoable: number | null;
  onDelete: (id: string) => void;
  onEdit: (id: string, changes: TermChanges) => void;
  onUndo: () => void;
  /** Whether saved words are marked on pages; null while the settings are being read. */
  highlight: boolean | null;
  onHighlight: (enabled: boolean) => void;
}

const ORDERS: { value: SortOrder; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'pinyin', label: 'By pinyin' },
];
/** A popup shows the first results; the search narrows the rest down. */
const SHOWN = 50;

function TermEditor({ term, onSave, onCancel }: { term: GlossaryTerm; onSave: (changes: TermChanges) => void; onCancel: () => void }) {
  const [senses, setSenses] = useState(term.senses.join('\n'));
  const [note, setNote] = useState(term.note);
  const [tags, setTags] = useState(term.tags.join(', '));
  const lines = (text: string, separator: RegExp) => text.split(separator).map((part) => part.trim()).filter(Boolean);
  return (
    <form
      class="term-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ senses: lines(senses, /\n/), note: note.trim(), tags: lines(tags, /[,，]/) });
      }}
    >
      <label>
        English, one sense a line
        <textarea name="senses" rows={2} value={senses} onInput={(event) => setSenses(event.currentTarget.value)} />
      </label>
      <label>
        Note
        <textarea name="note" rows={2} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <label>
        Tags, comma-separated
        <input name="tags" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      </label>
      <button type="submit">Save</button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

function TermItem({ term, onDelete, onEdit }: { term: GlossaryTerm; onDelete: (id: string) => void; onEdit: Props['onEdit'] }) {
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
        <button type="button" class="link" aria-label={`Edit ${term.simplified}`} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" class="link" aria-label={`Delete ${term.simplified}`} onClick={() => onDelete(term.id)}>
          Delete
        </button>
      </div>
      {term.senses.length > 0 && <div class="term-senses">{term.senses.slice(0, 3).join('; ')}</div>}
      {term.note && <div class="term-note">{term.note}</div>}
      {term.tags.length > 0 && <div class="term-note">Tags: {term.tags.join(', ')}</div>}
      {latest && (
        <div class="term-context" data-testid="glossary-context">
          <span lang="zh">{latest.sentence}</span>
          {latest.title && <span class="term-source"> — {latest.title}</span>}
          {term.contexts.length > 1 && <span class="term-source"> (+{term.contexts.length - 1} more)</span>}
        </div>
      )}
    </li>
  );
}

/** The saved terms: search by hanzi in either script, pinyin with or without tones, or English; sort; delete with undo. */
export function GlossaryView({ terms, undoable, onDelete, onEdit, onUndo, highlight, onHighlight }: Props) {
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<SortOrder>('newest');
  const index = useMemo(() => buildSearchIndex(terms), [terms]);
  const found = useMemo(() => searchTerms(index, query, order), [index, query, order]);
  return (
    <section aria-labelledby="glossary-heading" class="glossary">
      <h2 id="glossary-heading">
        Glossary <span data-testid="glossary-count">({terms.length})</span>
      </h2>
      <label>
        <input
          type="checkbox"
          data-testid="highlight-saved"
          disabled={highlight === null}
          checked={highlight ?? false}
          onChange={(event) => onHighlight(event.currentTarget.checked)}
        />
        Highlight saved words on pages
      </label>
      {undoable !== null && (
        <p role="status" class="undo">
          Deleted {undoable} term{undoable === 1 ? '' : 's'}.{' '}
          <button type="button" class="link" onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
      {terms.length === 0 ? (
        <p class="hint">No saved terms yet: hover a word and press S, or use the card's Save button.</p>
      ) : (
        <>
          <div class="glossary-tools">
            <input
              type="search"
              aria-label="Search the glossary"
              placeholder="漢字, pinyin (changzhi, cháng), or English"
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <Choice name="order" label="Sort" value={order} options={ORDERS} onChange={setOrder} />
          </div>
          <ul class="terms">
            {found.slice(0, SHOWN).map((term) => (
              <TermItem key={term.id} term={term} onDelete={onDelete} onEdit={onEdit} />
            ))}
          </ul>
          {found.length > SHOWN && <p class="hint">{found.length - SHOWN} more: search to narrow them down.</p>}
          {found.length === 0 && <p class="hint">Nothing matches “{query}”.</p>}
        </>
      )}
    </section>
  );
}
