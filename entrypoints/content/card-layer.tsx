import { render, type ComponentProps } from 'preact';
import { I18n } from '../../components/i18n.ts';
import { WordCard } from '../../components/WordCard.tsx';
import cardCss from '../../components/word-card.css?inline';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { LookupResult } from '../../lib/lookup/word-lookup.ts';
import type { Settings } from '../../lib/settings.ts';
import { createOwnUi } from './own-ui.ts';

/**
 * The card and the word highlight, drawn in a closed shadow root of our own over the page: page CSS and script cannot reach them, and
 * the page's DOM and selection are never touched.
 */
const HOST_TAG = 'duizhao-card';
const GAP = 6;
const MARGIN = 8;

export type Scheme = 'light' | 'dark';

function luminance(color: string): number | null {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(color);
  if (!match || (match[4] !== undefined && Number(match[4]) === 0)) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** The page's own scheme from its painted background; the system preference when the page paints none. */
export function pageScheme(): Scheme {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const value = luminance(getComputedStyle(element).backgroundColor);
    if (value !== null) return value < 0.4 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

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
    scheme: Scheme,
    t: Translate,
    actions?: Pick<ComponentProps<typeof WordCard>, 'onSave' | 'saveStatus' | 'onSpeak' | 'speechStatus'>,
  ): void {
    const mount = this.ensureMounted();
    mount.hidden = false;
    mount.className = `layer ${scheme}`;
    render(
      <I18n.Provider value={t}>
        {wordRects.map((rect, i) => (
          <div key={i} class="mark" style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }} />
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

/** Below the word when it fits, else above; never over the word; always inside the viewport. */
function place(card: HTMLElement, wordRects: readonly DOMRect[]): void {
  const first = wordRects[0];
  const last = wordRects[wordRects.length - 1];
  if (!first || !last) return;
  const top = Math.min(...wordRects.map((rect) => rect.top));
  const bottom = Math.max(...wordRects.map((rect) => rect.bottom));
  const { width, height } = card.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth || innerWidth;
  const left = Math.max(MARGIN, Math.min(first.left, viewportWidth - width - MARGIN));
  const below = bottom + GAP;
  const above = top - GAP - height;
  const y = below + height <= innerHeight - MARGIN || above < MARGIN ? below : above;
  card.style.left = `${left}px`;
  card.style.top = `${y}px`;
}
