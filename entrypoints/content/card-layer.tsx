import { render, type ComponentProps } from 'preact';
import { I18n } from '../../components/i18n.ts';
import { WordCard } from '../../components/WordCard.tsx';
import cardCss from '../../components/word-card.css?inline';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { LookupResult } from '../../lib/lookup/word-lookup.ts';
import type { Settings } from '../../lib/settings.ts';
import { placeCard } from './card-placement.ts';
import { createOwnUi } from './own-ui.ts';
import { schemeAt } from './page-colour.ts';

/**
 * The card and the word highlight, drawn in a closed shadow root of our own over the page: page CSS and script cannot reach them, and
 * the page's DOM and selection are never touched.
 */
const HOST_TAG = 'duizhao-card';
// The senses kept in view at the least, in a window too short for the whole card.
const MIN_BODY_HEIGHT = 64;

export class CardLayer {
  private host: HTMLElement | null = null;
  private mount: HTMLDivElement | null = null;

  /** True when `node` belongs to this layer (the pointer over the card must not look up the card's own text). */
  contains(node: Node | null): boolean {
    return node !== null && this.host !== null && (node === this.host || this.host.contains(node));
  }

  get visible(): boolean {
    return this.host?.isConnected === true && this.mount?.hidden === false;
  }

  show(
    result: LookupResult,
    settings: Settings,
    wordRects: readonly DOMRect[],
    t: Translate,
    actions?: Pick<ComponentProps<typeof WordCard>, 'onSave' | 'saveStatus' | 'onSpeak' | 'speechStatus'>,
  ): void {
    const first = wordRects[0];
    // The card's colours follow what the page paints behind the word, whatever the system prefers.
    const scheme = first ? schemeAt(document, first.left + first.width / 2, first.top + first.height / 2, (element) => this.contains(element)) : 'light';
    const mount = this.ensureMounted();
    mount.hidden = false;
    mount.className = `layer ${scheme}`;
    render(
      <I18n.Provider value={t}>
        {wordRects.map((rect, i) => (
          // Units written out: Preact 11 sets a bare number as is, which the browser ignores for lengths.
          <div key={i} class="mark" style={{ left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` }} />
        ))}
        <WordCard result={result} settings={settings} {...actions} />
      </I18n.Provider>,
      mount,
    );
    const card = mount.querySelector<HTMLElement>('.card');
    if (card) place(card, wordRects);
  }

  hide(): void {
    if (this.mount) {
      render(null, this.mount);
      this.mount.hidden = true;
    }
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private ensureMounted(): HTMLDivElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    const { host, mount } = createOwnUi(document, HOST_TAG, cardCss);
    document.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }
}

/** Measures the card at its full height and puts it where `placeCard` says, held to the room there. */
function place(card: HTMLElement, wordRects: readonly DOMRect[]): void {
  const first = wordRects[0];
  if (!first) return;
  card.style.maxHeight = '';
  const { width, height } = card.getBoundingClientRect();
  const body = card.querySelector('.card-body');
  const bodyHeight = body?.getBoundingClientRect().height ?? 0;
  const minHeight = height - bodyHeight + Math.min(body?.scrollHeight ?? 0, MIN_BODY_HEIGHT);
  const word = {
    top: Math.min(...wordRects.map((rect) => rect.top)),
    bottom: Math.max(...wordRects.map((rect) => rect.bottom)),
    left: first.left,
  };
  const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
  const { left, top, maxHeight } = placeCard(word, { width, height, minHeight }, viewport);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
  card.style.maxHeight = maxHeight === null ? '' : `${maxHeight}px`;
}
