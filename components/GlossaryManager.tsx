import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { UndoNotice } from './UndoNotice.tsx';
import type { GlossaryListing } from '../lib/glossary/glossary-query.ts';
import {
  editFields,
  hasMeaning,
  latestContext,
  parseTagInput,
  readEdit,
  selectionState,
  withSelected,
  type ManagerColumn,
  type ManagerSort,
  type TagFilter,
  type TermUpdate,
} from '../lib/glossary/manager-view.ts';
import type { RetagReport } from '../lib/glossary/operations.ts';
import { LIMITS, type GlossaryTerm } from '../lib/glossary/term.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import { formatWord } from '../lib/pinyin/syllable.ts';
import { GlossaryDamageNotice } from './GlossaryDamageNotice.tsx';
import './glossary-manager.css';
import './no-meaning.css';
import { useT } from './i18n.ts';
import { useGlossaryPage, type AskGlossaryIds, type AskGlossaryPage } from './use-glossary-page.ts';
import { errorMessage } from '../lib/error-message.ts';

interface Props {
  ask: AskGlossaryPage;
  askIds: AskGlossaryIds;
  /** Changes whenever the stored glossary does, to ask again. */
  revision: number;
  /** How many terms the last deletion removed, until it is undone or forgotten. */
  undoable: number | null;
  /** The last change that failed, in words for the reader. */
  problem: string | null;
  /** Each resolves to whether the change was stored (the caller reports failures in `problem`). */
  onDelete: (ids: string[]) => Promise<boolean>;
  onUndo: () => void;
  onUpdate: (update: TermUpdate) => Promise<boolean>;
  /** Adds `tag` to the terms, or removes it from them; null when that failed. */
  onRetag: (ids: string[], tag: string, add: boolean) => Promise<RetagReport | null>;
  /** Terms a send to Anki left behind, marked "not yet in Anki". */
  ankiPending?: ReadonlySet<string>;
  onSendToAnki?: (ids: string[]) => void;
  /** What the last send to Anki did. */
  ankiStatus?: { kind: 'sending' | 'sent' | 'error'; message?: string } | null;
}

/** Rows a page: the background sends one page at a time (bench/glossary.ts measures it with 10,000 terms). */
const PAGE_SIZE = 50;

const COLUMNS: { column: ManagerColumn; label: MessageKey }[] = [
  { column: 'hanzi', label: 'manager.column.hanzi' },
  { column: 'pinyin', label: 'common.pinyin' },
  { column: 'english', label: 'manager.column.english' },
  { column: 'tags', label: 'manager.column.tags' },
  { column: 'note', label: 'common.note' },
  { column: 'source', label: 'manager.column.source' },
  { column: 'saved', label: 'manager.column.saved' },
];

const marks = (syllables: readonly string[]): string => formatWord(syllables, 'marks');

function tagFilterValue(filter: TagFilter): string {
  return filter.kind === 'tag' ? `tag:${filter.tag}` : filter.kind;
}

function tagFilterOf(value: string): TagFilter {
  if (value.startsWith('tag:')) return { kind: 'tag', tag: value.slice(4) };
  return value === 'untagged' || value === 'no-meaning' ? { kind: value } : { kind: 'all' };
}

/** The field an edit starts in: the reading, or the senses when the edit is to add a meaning. */
type EditStart = 'pinyin' | 'senses';

/** One formatter per interface language for every row: `toLocaleDateString` builds one each call. */
const DATES = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string): Intl.DateTimeFormat {
  let format = DATES.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    DATES.set(language, format);
  }
  return format;
}

function TermEditRow(props: { term: GlossaryTerm; rowIndex: number; start: EditStart; onSave: (update: TermUpdate) => void; onCancel: () => void }) {
  const { term, onSave, onCancel } = props;
  const t = useT();
  const initial = useMemo(() => editFields(term, marks), [term]);
  const [fields, setFields] = useState(initial);
  const [pinyinProblem, setPinyinProblem] = useState(false);
  const pinyin = useRef<HTMLInputElement>(null);
  const senses = useRef<HTMLTextAreaElement>(null);
  useEffect(() => (props.start === 'senses' ? senses : pinyin).current?.focus(), []);
  const field = (name: keyof typeof fields) => ({
    name,
    value: fields[name],
    onInput: (event: { currentTarget: { value: string } }) => setFields({ ...fields, [name]: event.currentTarget.value }),
  });
  const count = Array.from(term.simplified).length;
  return (
    <div role="row" aria-rowindex={props.rowIndex} class="row editing">
      <div role="cell">
        <form
          aria-label={t('common.editNamed', { term: term.simplified })}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancel();
          }}
          onSubmit={(event) => {
            event.preventDefault();
            const edit = readEdit(term, initial, fields);
            setPinyinProblem(!edit.ok);
            if (edit.ok) onSave({ id: term.id, changes: edit.changes });
          }}
        >
          <span class="term-word" lang="zh">
            {term.simplified === term.traditional ? term.simplified : `${term.simplified} ${term.traditional}`}
          </span>
          <label>
            {t('common.pinyin')}
            <input ref={pinyin} {...field('pinyin')} aria-invalid={pinyinProblem} aria-describedby={`pinyin-hint-${term.id}`} />
          </label>
          <p id={`pinyin-hint-${term.id}`} class={pinyinProblem ? 'problem' : 'hint'}>
            {t('manager.pinyinHint', { count })}
          </p>
          <label>
            {t('common.senses')}
            <textarea ref={senses} rows={3} {...field('senses')} />
          </label>
          <label>
            {t('common.tags')}
            <input {...field('tags')} />
          </label>
          <label>
            {t('common.note')}
            <textarea rows={2} {...field('note')} />
          </label>
          <button type="submit">{t('common.save')}</button>{' '}
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </form>
      </div>
    </div>
  );
}

function TermRow(props: {
  term: GlossaryTerm;
  rowIndex: number;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onEdit: (start: EditStart) => void;
  focusEdit: boolean;
  notInAnki?: boolean;
}) {
  const { term } = props;
  const t = useT();
  const context = latestContext(term);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.focusEdit) editButton.current?.focus();
  }, [props.focusEdit]);
  return (
    <div role="row" aria-rowindex={props.rowIndex} class={props.selected ? 'row selected' : 'row'} data-testid="manager-row">
      <div role="cell">
        <input type="checkbox" aria-label={t('manager.select', { term: term.simplified })} checked={props.selected} onChange={(event) => props.onSelect(event.currentTarget.checked)} />
      </div>
      <div role="cell" class="hanzi">
        <span lang="zh-Hans">{term.simplified}</span>
        {term.traditional !== term.simplified && (
          <>
            {' '}
            <span lang="zh-Hant">{term.traditional}</span>
          </>
        )}
        {props.notInAnki && (
          <span class="not-in-anki" data-testid="not-in-anki">
            {' '}
            {t('manager.notInAnki')}
          </span>
        )}
      </div>
      <div role="cell">{marks(term.syllables)}</div>
      <div role="cell" class="clip">
        {hasMeaning(term) ? (
          term.senses.join('; ')
        ) : (
          <span class="no-meaning" data-testid="no-meaning">
            {t('glossary.noMeaning')}{' '}
            <button type="button" class="link" aria-label={t('glossary.addMeaningNamed', { term: term.simplified })} onClick={() => props.onEdit('senses')}>
              {t('glossary.addMeaning')}
            </button>
          </span>
        )}
      </div>
      <div role="cell">{term.tags.join(t('common.listSeparator'))}</div>
      <div role="cell" class="clip">
        {term.note}
      </div>
      <div role="cell" class="clip">
        {context &&
          (context.url ? (
            <a href={context.url} target="_blank" rel="noreferrer" title={context.sentence}>
              {context.title || new URL(context.url).host}
            </a>
          ) : (
            <span title={context.sentence}>{context.title}</span>
          ))}
        {context?.pageDate && <span class="hint"> {context.pageDate.slice(0, 10)}</span>}
      </div>
      <div role="cell">{dateFormat(t.language).format(term.createdAt)}</div>
      <div role="cell">
        <button ref={editButton} type="button" class="link" aria-label={t('common.editNamed', { term: term.simplified })} onClick={() => props.onEdit('pinyin')}>
          {t('common.edit')}
        </button>
      </div>
    </div>
  );
}

/**
 * The ids of the selected terms among those listed now: bulk actions never touch rows the search or the tag filter
 * hides. A selection within the page shown is all listed; any other is checked against the ids of every listed
 * term, asked for only then (with 10,000 terms that list is not small).
 */
function useSelectedListed(
  askIds: AskGlossaryIds,
  listing: GlossaryListing,
  revision: number,
  selection: ReadonlySet<string>,
  pageIds: readonly string[],
): string[] {
  const [listed, setListed] = useState<{ key: string; ids: string[] } | null>(null);
  const key = JSON.stringify([listing.text, listing.tag, revision]);
  const onPage = useMemo(() => pageIds.filter((id) => selection.has(id)), [pageIds.join('\n'), selection]);
  const beyondPage = selection.size > onPage.length;
  useEffect(() => {
    if (!beyondPage) return;
    let current = true;
    askIds(listing).then(
      (ids) => current && setListed({ key, ids }),
      () => current && setListed(null),
    );
    return () => {
      current = false;
    };
  }, [key, beyondPage]);
  return useMemo(() => {
    if (!beyondPage) return onPage;
    return listed?.key === key ? listed.ids.filter((id) => selection.has(id)) : onPage;
  }, [beyondPage, onPage, listed, key, selection]);
}

/** The whole glossary as a table: search, tag filter, sorting, selection, bulk delete with undo, tags, inline edit. */
export function GlossaryManager({ ask, askIds, revision, undoable, problem, onDelete, onUndo, onUpdate, onRetag, ankiPending, onSendToAnki, ankiStatus }: Props) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [tagFilter, setTagFilter] = useState<TagFilter>({ kind: 'all' });
  const [sort, setSort] = useState<ManagerSort>({ column: 'saved', descending: true });
  const [pageNumber, setPageNumber] = useState(0);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<{ id: string; start: EditStart } | null>(null);
  const [lastEdited, setLastEdited] = useState<string | null>(null);
  const [tagInput, setTagInput] = useState('');
  /** Selected terms that could not take the tag, having the most tags allowed. */
  const [tagsFull, setTagsFull] = useState(0);
  const [idsProblem, setIdsProblem] = useState<string | null>(null);

  const listing: GlossaryListing = { text: query, tag: tagFilter, sort };
  const { page: shown, problem: readProblem } = useGlossaryPage(ask, { ...listing, offset: pageNumber * PAGE_SIZE, limit: PAGE_SIZE }, revision);
  const rows = shown?.terms ?? [];
  const pageIds = rows.map((term) => term.id);
  const selected = useSelectedListed(askIds, listing, revision, selection, pageIds);
  const pages = shown ? Math.max(1, Math.ceil(shown.listed / PAGE_SIZE)) : 1;
  // A deletion elsewhere can leave this page past the last one.
  useEffect(() => {
    if (pageNumber >= pages) setPageNumber(pages - 1);
  }, [pageNumber, pages]);
  const pageSelection = selectionState(selection, pageIds);

  const filterBy = (change: () => void) => {
    change();
    setPageNumber(0);
  };

  const sortBy = (column: ManagerColumn) =>
    filterBy(() => setSort({ column, descending: sort.column === column ? !sort.descending : column === 'saved' }));

  const selectAll = () =>
    askIds(listing).then(
      (ids) => {
        setSelection(withSelected(selection, ids, true));
        setIdsProblem(null);
      },
      (error: unknown) => setIdsProblem(t('glossary.error.read', { reason: errorMessage(error) })),
    );

  const changeTag = async (add: boolean) => {
    const tag = parseTagInput(tagInput);
    if (!tag) return;
    const report = await onRetag(selected, tag, add);
    if (report) setTagsFull(report.full);
  };

  if (!shown) return <p class={readProblem ? undefined : 'hint'} role={readProblem ? 'alert' : undefined}>{readProblem ? t('glossary.error.read', { reason: readProblem }) : t('glossary.reading')}</p>;

  return (
    <section aria-labelledby="manager-heading" class="manager">
      <h2 id="manager-heading">{t('glossary.heading')}</h2>
      {shown.damage && <GlossaryDamageNotice damage={shown.damage} exportHint="glossary.damaged.exportSettings" />}
      <div class="manager-tools">
        <input
          type="search"
          aria-label={t('glossary.search')}
          placeholder={t('glossary.searchPlaceholder')}
          value={query}
          onInput={(event) => {
            const value = event.currentTarget.value;
            filterBy(() => setQuery(value));
          }}
        />
        <label>
          {t('manager.show')}
          <select name="tag-filter" value={tagFilterValue(tagFilter)} onChange={(event) => {
            const value = event.currentTarget.value;
            filterBy(() => setTagFilter(tagFilterOf(value)));
          }}>
            <option value="all">{t('manager.filter.all')}</option>
            <option value="untagged">{t('manager.filter.untagged')}</option>
            <option value="no-meaning">{t('manager.filter.noMeaning')}</option>
            {shown.tags.map(({ tag, count }) => (
              <option key={tag} value={`tag:${tag}`}>
                {t('manager.filter.tag', { tag, count })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* The counts as data too, for tests and the benchmark, whatever the language of the text. */}
      <p class="hint" role="status" data-testid="manager-count" data-total={shown.total} data-listed={shown.listed} data-selected={selected.length}>
        {shown.listed === shown.total ? t('manager.count', { count: shown.total }) : t('manager.count.listed', { found: shown.listed, total: shown.total })}
        {selected.length > 0 && t('manager.count.selected', { count: selected.length })}
      </p>
      <div class="manager-bulk" role="group" aria-label={t('manager.bulk')}>
        {selected.length < shown.listed && (
          <button type="button" onClick={() => void selectAll()}>
            {t('manager.selectAll', { count: shown.listed })}
          </button>
        )}
        <button type="button" disabled={selected.length === 0} onClick={() => setSelection(new Set())}>
          {t('manager.clearSelection')}
        </button>
        <button type="button" disabled={selected.length === 0} onClick={() => void onDelete(selected).then((done) => done && setSelection(new Set()))}>
          {t('manager.deleteSelected')}
        </button>
        {onSendToAnki && (
          <button type="button" disabled={selected.length === 0 || ankiStatus?.kind === 'sending'} onClick={() => onSendToAnki(selected)}>
            {t('manager.sendAnki')}
          </button>
        )}
        <label>
          {t('manager.tagInput')}
          <input name="bulk-tag" list="manager-tags" value={tagInput} onInput={(event) => setTagInput(event.currentTarget.value)} />
        </label>
        <datalist id="manager-tags">
          {shown.tags.map(({ tag }) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <button type="button" disabled={selected.length === 0 || !tagInput.trim()} onClick={() => void changeTag(true)}>
          {t('manager.addTag')}
        </button>
        <button type="button" disabled={selected.length === 0 || !tagInput.trim()} onClick={() => void changeTag(false)}>
          {t('manager.removeTag')}
        </button>
      </div>
      {ankiStatus?.message && (
        <p role={ankiStatus.kind === 'error' ? 'alert' : 'status'} data-testid="anki-status">
          {ankiStatus.message}
        </p>
      )}
      {undoable !== null && <UndoNotice count={undoable} onUndo={onUndo} />}
      {tagsFull > 0 && (
        <p role="status">
          {t('manager.tagsFull', { count: tagsFull, max: LIMITS.tags })}
        </p>
      )}
      {[problem, readProblem && t('glossary.error.read', { reason: readProblem }), idsProblem].map(
        (text) =>
          text && (
            <p role="alert" key={text}>
              {text}
            </p>
          ),
      )}
      {/* An ARIA table of grid rows, not a <table>: each row lays out on its own, so rows out of view cost nothing. */}
      <div role="table" class="manager-table" aria-label={t('manager.table')} aria-describedby="manager-page" aria-rowcount={shown.listed + 1}>
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} class="row head">
            <div role="columnheader">
                <input
                  type="checkbox"
                  aria-label={t('manager.selectPage')}
                  checked={pageSelection === 'all'}
                  indeterminate={pageSelection === 'some'}
                  disabled={pageIds.length === 0}
                  onChange={(event) => setSelection(withSelected(selection, pageIds, event.currentTarget.checked))}
                />
            </div>
            {COLUMNS.map(({ column, label }) => (
              <div role="columnheader" key={column} aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                <button type="button" class="sort" onClick={() => sortBy(column)}>
                  {t(label)}
                  <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </div>
            ))}
            <div role="columnheader">
              <span class="visually-hidden">{t('common.edit')}</span>
            </div>
          </div>
        </div>
        <div role="rowgroup" class="rows">
            {rows.map((term, i) =>
              editing?.id === term.id ? (
                <TermEditRow
                  key={term.id}
                  term={term}
                  start={editing.start}
                  rowIndex={shown.offset + i + 2}
                  onCancel={() => {
                    setEditing(null);
                    setLastEdited(term.id);
                  }}
                  onSave={(update) =>
                    void onUpdate(update).then((done) => {
                      if (!done) return;
                      setEditing(null);
                      setLastEdited(term.id);
                    })
                  }
                />
              ) : (
                <TermRow
                  key={term.id}
                  term={term}
                  rowIndex={shown.offset + i + 2}
                  selected={selection.has(term.id)}
                  focusEdit={lastEdited === term.id}
                  notInAnki={ankiPending?.has(term.id)}
                  onSelect={(on) => setSelection(withSelected(selection, [term.id], on))}
                  onEdit={(start) => setEditing({ id: term.id, start })}
                />
              ),
            )}
        </div>
      </div>
      {shown.listed === 0 && <p class="hint">{t(shown.total === 0 ? 'manager.empty' : 'manager.noMatch')}</p>}
      <nav class="manager-pages" aria-label={t('manager.pages')}>
        <button type="button" disabled={pageNumber === 0} onClick={() => setPageNumber(pageNumber - 1)}>
          {t('manager.previous')}
        </button>
        <span id="manager-page">{t('manager.page', { page: Math.min(pageNumber, pages - 1) + 1, pages })}</span>
        <button type="button" disabled={pageNumber + 1 >= pages} onClick={() => setPageNumber(pageNumber + 1)}>
          {t('manager.next')}
        </button>
      </nav>
    </section>
  );
}
