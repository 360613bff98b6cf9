import { createTermFinder } from '../../lib/glossary/find-terms.ts';
import { containsHan } from '../../lib/han.ts';
import { createOwnUi, type OwnUi } from './own-ui.ts';

const TAG = 'duizhao-saved-marks';
/**
 * Marks sit in the document's coordinates, so they scroll with it without being redrawn. Above the text they mark
 * (a tint and a dotted line, as a highlighter pen) but under the page's own raised layers (z-index 0, after all
 * in-flow content), so a fixed header still covers the marks of the text scrolled beneath it.
 */
const CSS_TEXT = `
:host { all: initial; position: absolute !important; left: 0 !important; top: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; pointer-events: none !important; z-index: 0 !important; }
div { position: absolute; pointer-events: none; }
.mark { background: rgba(120, 200, 120, 0.28); border-bottom: 2px dotted rgba(40, 140, 40, 0.9); box-sizing: border-box; }
`;
/** Characters of page text scanned at most: a glossary mark is a reading aid, not worth a stall on a huge page. */
const SCAN_BUDGET = 500_000;
/** Occurrences marked at most; each is a box to place again when the layout changes. */
const MAX_MARKS = 3_000;
/** Layout changes are followed at most this often: a page that animates must not keep us measuring. */
const REDRAW_DELAY_MS = 200;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);

/**
 * Marks saved words on the page. Not with the CSS Custom Highlight API: its registry can be listed by page script,
 * which would tell the page which of its words the reader saved. The marks are boxes in a closed shadow root of
 * ours, drawn over the ranges' rectangles and placed again when the layout changes (a resize, a scrolled inner box,
 * the page's own changes). Known limits: a word split across elements (長治<span>久安</span>) is not marked, since
 * each text node is searched on its own; a mark over text in a fixed element scrolls away from it.
 */
export class SavedHighlighter {
  private ranges: Range[] = [];
  private ui: OwnUi | null = null;
  private stopWatching: (() => void) | null = null;
  private redrawTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly document: Document,
    private readonly ignore: (node: Node) => boolean,
  ) {}

  /** Marks every occurrence of `words` in the page's text (and returns how many). */
  show(words: readonly string[]): number {
    this.ranges = this.findRanges(words);
    if (this.ranges.length === 0) {
      this.hide();
      return 0;
    }
    this.draw();
    this.watchLayout();
    return this.ranges.length;
  }

  hide(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    if (this.redrawTimer !== null) clearTimeout(this.redrawTimer);
    this.redrawTimer = null;
    this.ranges = [];
    this.ui?.host.remove();
    this.ui = null;
  }

  private findRanges(words: readonly string[]): Range[] {
    const find = createTermFinder(words);
    const ranges: Range[] = [];
    const walker = this.document.createTreeWalker(this.document.body ?? this.document.documentElement, NodeFilter.SHOW_TEXT);
    let budget = SCAN_BUDGET;
    for (let node = walker.nextNode(); node && budget > 0 && ranges.length < MAX_MARKS; node = walker.nextNode()) {
      const text = node as Text;
      budget -= text.length;
      if (!containsHan(text.data) || (text.parentElement && SKIPPED.has(text.parentElement.tagName)) || this.ignore(text)) continue;
      for (const { start, end } of find(text.data)) {
        const range = this.document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        ranges.push(range);
        if (ranges.length >= MAX_MARKS) break;
      }
    }
    return ranges;
  }

  private draw(): void {
    if (!this.ui?.host.isConnected) {
      this.ui?.host.remove();
      this.ui = createOwnUi(this.document, TAG, CSS_TEXT);
      this.document.documentElement.append(this.ui.host);
    }
    // Where the host's box starts in the viewport: the page may have moved its containing block.
    const origin = this.ui.host.getBoundingClientRect();
    const boxes: HTMLDivElement[] = [];
    for (const range of this.ranges) {
      // A range whose text the page removed collapses; it marks nothing.
      if (range.collapsed) continue;
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = this.document.createElement('div');
        box.className = 'mark';
        box.style.left = `${rect.left - origin.left}px`;
        box.style.top = `${rect.top - origin.top}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        boxes.push(box);
      }
    }
    this.ui.mount.replaceChildren(...boxes);
  }

  private scheduleRedraw = (): void => {
    if (this.redrawTimer !== null || this.ranges.length === 0) return;
    this.redrawTimer = setTimeout(() => {
      this.redrawTimer = null;
      if (this.ranges.length > 0) this.draw();
    }, REDRAW_DELAY_MS);
  };

  private watchLayout(): void {
    if (this.stopWatching) return;
    const view = this.document.defaultView;
    const resized = new ResizeObserver(this.scheduleRedraw);
    resized.observe(this.document.documentElement);
    if (this.document.body) resized.observe(this.document.body);
    // The document's own scrolling moves the marks with it; a scrolled inner box does not.
    const onScroll = (event: Event): void => {
      if (event.target !== this.document) this.scheduleRedraw();
    };
    this.document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    view?.addEventListener('resize', this.scheduleRedraw, { passive: true });
    // Our own elements coming and going (these marks, the card) move no text.
    const ours = (record: MutationRecord): boolean =>
      record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every((node) => this.ignore(node));
    const mutations = new MutationObserver((records) => {
      if (!records.every(ours)) this.scheduleRedraw();
    });
    mutations.observe(this.document.documentElement, { subtree: true, childList: true, characterData: true });
    this.stopWatching = () => {
      resized.disconnect();
      mutations.disconnect();
      this.document.removeEventListener('scroll', onScroll, { capture: true });
      view?.removeEventListener('resize', this.scheduleRedraw);
    };
  }
}
