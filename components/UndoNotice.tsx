import { useT } from './i18n.ts';

/** "Deleted N terms. Undo": shown after a deletion until the reader undoes it or moves on. */
export function UndoNotice({ count, onUndo }: { count: number; onUndo: () => void }) {
  const t = useT();
  return (
    <p role="status" class="undo">
      {t(count === 1 ? 'glossary.deleted.one' : 'glossary.deleted', { count })}{' '}
      <button type="button" class="link" onClick={onUndo}>
        {t('common.undo')}
      </button>
    </p>
  );
}
