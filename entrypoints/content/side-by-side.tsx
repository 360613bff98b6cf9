import { render } from 'preact';
import { I18n } from '../../components/i18n.ts';
import { SideBySideNote } from '../../components/SideBySideNote.tsx';
import css from '../../components/side-by-side.css?inline';
import type { Translate } from '../../lib/i18n/translate.ts';
import { createOwnUi, type OwnUi } from './own-ui.ts';

export const SIDE_TAG = 'duizhao-side';
/** Blocks that must keep their children to themselves: a note after a cell or list item would break the table or list. */
const INSIDE = new Set(['li', 'td', 'th', 'dd', 'dt', 'caption', 'summary']);

/**
 * "Side by side": a note with the aligned English under each Chinese paragraph, in a closed shadow root of its own so
 * that page CSS and script cannot reach it and the English is only ever text. Removing it leaves the page as it was.
 */
export class SideBySide {
  private notes: OwnUi[] = [];

  constructor(private readonly document: Document) {}

  get shown(): boolean {
    return this.notes.length > 0;
  }

  /** `t` speaks the reader's interface language in the notes' heading and button. */
  show(rows: readonly { element: Element; english: readonly string[] }[], site: string, t: Translate): number {
    this.hide();
    for (const { element, english } of rows) {
      if (english.length === 0) continue;
      const { host, mount } = createOwnUi(this.document, SIDE_TAG, css);
      render(
        <I18n.Provider value={t}>
          <SideBySideNote sentences={english} site={site} onRemove={() => this.hide()} />
        </I18n.Provider>,
        mount,
      );
      if (INSIDE.has(element.localName)) element.append(host);
      else element.after(host);
      this.notes.push({ host, mount });
    }
    return this.notes.length;
  }

  hide(): void {
    for (const { host, mount } of this.notes) {
      render(null, mount);
      host.remove();
    }
    this.notes = [];
  }
}
