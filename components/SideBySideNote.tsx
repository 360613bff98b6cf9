import { useT } from './i18n.ts';

interface Props {
  /** The English sentences aligned with the paragraph above. */
  sentences: readonly string[];
  /** Where they come from, shown in the note's heading. */
  site: string;
  onRemove: () => void;
}

/**
 * The English under one Chinese paragraph in "side by side": collapsible on its own, and removable for the whole
 * page from any note.
 */
export function SideBySideNote({ sentences, site, onRemove }: Props) {
  const t = useT();
  return (
    <details class="note" open lang={t.language}>
      <summary>{t('sideBySide.heading', { site })}</summary>
      {sentences.map((sentence, i) => (
        <p key={i} lang="en">
          {sentence}
        </p>
      ))}
      <button type="button" class="remove" onClick={onRemove}>
        {t('sideBySide.remove')}
      </button>
    </details>
  );
}
