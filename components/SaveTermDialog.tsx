import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n.ts';

/** What the dialog starts from: the dictionary's reading of the selection in its sentence, when it has one. */
export interface SaveTermDraft {
  simplified: string;
  traditional: string;
  /** Tone-marked pinyin as read in the sentence, '' when unknown. */
  pinyin: string;
  senses: string[];
  sentence: string;
}

export interface SaveTermChoice {
  pinyin: string;
  senses: string[];
  note: string;
  tags: string[];
}

interface Props {
  draft: SaveTermDraft;
  /** Why the last save failed, shown in the dialog so that nothing typed is lost. */
  problem: string | null;
  onSave: (choice: SaveTermChoice) => void;
  onCancel: () => void;
}

function lines(text: string, separator: RegExp): string[] {
  return text.split(separator).map((part) => part.trim()).filter(Boolean);
}

/**
 * Saving a selected phrase: the reader checks the reading, picks or writes the English (required when the
 * dictionary has none: their own gloss), and may add a note and tags.
 */
export function SaveTermDialog({ draft, problem, onSave, onCancel }: Props) {
  const t = useT();
  const [pinyin, setPinyin] = useState(draft.pinyin);
  const [senses, setSenses] = useState(draft.senses.join('\n'));
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const headword = draft.simplified === draft.traditional ? draft.simplified : `${draft.simplified} ${draft.traditional}`;
  return (
    <div
      class="dialog"
      lang={t.language}
      role="dialog"
      aria-modal="true"
      aria-labelledby="save-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
        // The page must not see keys typed here (its own shortcuts would fire).
        event.stopPropagation();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave({ pinyin: pinyin.trim(), senses: lines(senses, /\n/), note: note.trim(), tags: lines(tags, /[,，]/) });
        }}
      >
        <h2 id="save-heading">{t.parts('dialog.heading', { headword: <span lang="zh">{headword}</span> })}</h2>
        <p class="sentence" lang="zh">
          {draft.sentence}
        </p>
        <label>
          {t('common.pinyin')}
          <input value={pinyin} placeholder={t('dialog.pinyinPlaceholder')} onInput={(event) => setPinyin(event.currentTarget.value)} />
        </label>
        <label>
          {t(draft.senses.length === 0 ? 'dialog.sensesNone' : 'common.senses')}
          <textarea ref={first} rows={4} required value={senses} onInput={(event) => setSenses(event.currentTarget.value)} />
        </label>
        <label>
          {t('common.note')}
          <input value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        </label>
        <label>
          {t('common.tags')}
          <input value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
        </label>
        {problem && <p role="alert">{problem}</p>}
        <div class="actions">
          <button type="submit">{t('common.save')}</button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
