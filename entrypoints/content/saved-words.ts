import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../../platform/messaging.ts';

/**
 * The reader's saved words (both scripts), read from the background once per page and again after a save or when
 * the tab comes back to the front (a save in another tab or a sync may have changed them): what tells a card made in
 * the page whether its word is saved, without a message per hover.
 */
export class SavedWords {
  private words: ReadonlySet<string> | null = null;
  private reading: Promise<readonly string[]> | null = null;

  constructor(ctx: ContentScriptContext) {
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') this.forget();
    });
  }

  get known(): boolean {
    return this.words !== null;
  }

  /** Whether any of the forms is saved; null while the list is not read. */
  has(...forms: readonly string[]): boolean | null {
    const words = this.words;
    return words === null ? null : forms.some((form) => words.has(form));
  }

  /** The list, read once; a read that failed is tried again on the next call. */
  read(): Promise<readonly string[]> {
    if (this.reading) return this.reading;
    const reading = sendToBackground({ type: 'glossaryWords', payload: {} }).then(
      (words) => {
        // Unless the list was forgotten meanwhile: then this answer may be older than the change.
        if (this.reading === reading) this.words = new Set(words);
        return words;
      },
      (error: unknown) => {
        if (this.reading === reading) this.reading = null;
        throw error;
      },
    );
    this.reading = reading;
    return reading;
  }

  /** The list changed (or may have): read it anew on the next call. */
  forget(): void {
    this.words = null;
    this.reading = null;
  }
}
