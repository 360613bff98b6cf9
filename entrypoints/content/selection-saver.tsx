import { render } from 'preact';
import { I18n } from '../../components/i18n.ts';
import { SaveTermDialog, type SaveTermChoice, type SaveTermDraft } from '../../components/SaveTermDialog.tsx';
import css from '../../components/save-term-dialog.css?inline';
import { parsePinyin } from '../../lib/glossary/pinyin-input.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { cardTerm } from '../../lib/lookup/card-term.ts';
import type { LookupResult } from '../../lib/lookup/word-lookup.ts';
import { formatWord } from '../../lib/pinyin/syllable.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { loadTranslator } from '../../platform/ui-language.ts';
import { createOwnUi, type OwnUi } from './own-ui.ts';
import { sentenceOf, textWindowAt } from './text-window.ts';
import { errorMessage } from '../../lib/error-message.ts';

const DIALOG_TAG = 'duizhao-dialog';


/** The selection's sentence, and the dictionary's reading of the selection in it, when the selection is still there. */
async function readSelection(document: Document, text: string): Promise<{ sentence: string; result: LookupResult | null }> {
  const range = document.getSelection()?.rangeCount ? document.getSelection()?.getRangeAt(0) : undefined;
  const node = range?.startContainer;
  if (!range || !(node instanceof Text)) return { sentence: text, result: null };
  const window = textWindowAt(node, range.startOffset);
  const chars = Array.from(window.text);
  const length = Array.from(text).length;
  // The window starts its index at the selection's first character; check it really holds the selection.
  if (chars.slice(window.index, window.index + length).join('') !== text) return { sentence: sentenceOf(window), result: null };
  const result = await sendToBackground({
    type: 'lookup',
    payload: { text: window.text, index: window.index, span: { start: window.index, end: window.index + length } },
  }).catch(() => null);
  return { sentence: sentenceOf(window), result };
}

/** The dialog's start: what the card's Save would keep of the word, or the text as selected when it has no card. */
function draftOf(result: LookupResult | null, text: string, sentence: string): SaveTermDraft {
  const term = result ? cardTerm(result) : null;
  return {
    simplified: term?.simplified ?? text,
    traditional: term?.traditional ?? text,
    pinyin: term && term.syllables.length > 0 ? formatWord(term.syllables, 'marks') : '',
    senses: term?.senses ?? [],
    sentence,
  };
}

/**
 * "Save to glossary" from the context menu: a dialog over the page (in a closed shadow root of its own) prefilled from the
 * dictionary, where the reader can edit the English or write their own gloss for what the dictionary lacks.
 */
export class SelectionSaver {
  private ui: OwnUi | null = null;

  constructor(private readonly document: Document) {}

  async open(selected: string): Promise<boolean> {
    const text = selected.trim();
    if (text === '') return false;
    const [{ sentence, result }, t] = await Promise.all([readSelection(this.document, text), loadTranslator()]);
    this.show(draftOf(result, text, sentence), null, t);
    return true;
  }

  /** The dialog for the hover card's word when the dictionary defines it nowhere: the reader gives the gloss. */
  async openForCard(result: LookupResult, sentence: string, onSaved: () => void): Promise<void> {
    this.show(draftOf(result, result.word.text, sentence), null, await loadTranslator(), onSaved);
  }

  close(): void {
    if (!this.ui) return;
    render(null, this.ui.mount);
    this.ui.host.remove();
    this.ui = null;
  }

  private show(draft: SaveTermDraft, problem: string | null, t: Translate, onSaved?: () => void): void {
    const mount = this.mount();
    render(
      <I18n.Provider value={t}>
        <div class="backdrop" onClick={(event) => event.target === event.currentTarget && this.close()}>
          <SaveTermDialog draft={draft} problem={problem} onSave={(choice) => void this.save(draft, choice, t, onSaved)} onCancel={() => this.close()} />
        </div>
      </I18n.Provider>,
      mount,
    );
  }

  private async save(draft: SaveTermDraft, choice: SaveTermChoice, t: Translate, onSaved?: () => void): Promise<void> {
    const syllables = choice.pinyin === '' ? [] : parsePinyin(choice.pinyin);
    if (syllables === null) {
      this.show(draft, t('dialog.badPinyin', { pinyin: choice.pinyin }), t, onSaved);
      return;
    }
    try {
      await sendToBackground({
        type: 'glossarySave',
        payload: {
          simplified: draft.simplified,
          traditional: draft.traditional,
          syllables,
          senses: choice.senses,
          note: choice.note,
          tags: choice.tags,
          context: { sentence: draft.sentence, url: location.href, title: this.document.title },
        },
      });
      this.close();
      onSaved?.();
    } catch (error) {
      this.show(draft, t('common.notSaved', { reason: errorMessage(error) }), t, onSaved);
    }
  }

  private mount(): HTMLDivElement {
    if (this.ui?.host.isConnected) return this.ui.mount;
    this.ui = createOwnUi(this.document, DIALOG_TAG, css);
    this.document.documentElement.append(this.ui.host);
    return this.ui.mount;
  }
}
