import { addStyle } from './adopted-style.ts';

const HIGHLIGHT = 'duizhao-paragraph';
const STYLE = `::highlight(${HIGHLIGHT}) { background-color: rgba(255, 200, 60, 0.45); }`;
/** Long enough to find the paragraph after the scroll, short enough not to linger as a stain on the page. */
const SHOWN_MS = 4_000;

/**
 * Points the reader at a paragraph: scrolls it to the middle of the window and tints its text for a few seconds
 * with the CSS Custom Highlight API (the page's DOM is not touched). Where the API is missing, an outline on the
 * element does the same and is taken off after.
 */
export class ParagraphHighlighter {
  private clear: (() => void) | null = null;

  constructor(private readonly document: Document) {}

  show(element: Element): void {
    this.clear?.();
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
    let undo: () => void;
    if (supported) {
      addStyle(this.document, HIGHLIGHT, STYLE);
      const range = this.document.createRange();
      range.selectNodeContents(element);
      CSS.highlights.set(HIGHLIGHT, new Highlight(range));
      undo = () => CSS.highlights.delete(HIGHLIGHT);
    } else if (element instanceof HTMLElement) {
      const before = element.style.outline;
      element.style.outline = '3px solid rgba(255, 180, 0, 0.8)';
      undo = () => {
        element.style.outline = before;
      };
    } else {
      undo = () => undefined;
    }
    const timer = setTimeout(() => this.clear?.(), SHOWN_MS);
    this.clear = () => {
      clearTimeout(timer);
      undo();
      this.clear = null;
    };
  }
}
