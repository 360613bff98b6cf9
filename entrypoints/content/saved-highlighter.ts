import { createTermFinder } from '../../lib/glossary/find-terms.ts';
import { containsHan } from '../../lib/han.ts';
import { addStyle } from './adopted-style.ts';

/** The name of the highlight in the page's CSS highlight registry, and its look. */
const HIGHLIGHT = 'duizhao-saved';
const STYLE = `::highlight(${HIGHLIGHT}) { background-color: rgba(120, 200, 120, 0.35); text-decoration: underline dotted rgba(40, 140, 40, 0.9); }`;
/** Characters of page text scanned at most: a glossary mark is a reading aid, not worth a stall on a huge page. */
const SCAN_BUDGET = 500_000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);

/**
 * Marks saved words with the CSS Custom Highlight API: ranges over the page's text, drawn by the browser, so the
 * page's DOM and selection are never touched. Where the API is missing, nothing is marked. Known limit: a word
 * split across elements (長治<span>久安</span>) is not marked, since each text node is searched on its own.
 */
export class SavedHighlighter {
  constructor(
    private readonly document: Document,
    private readonly ignore: (node: Node) => boolean,
  ) {}

  static get supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  /** Marks every occurrence of `words` in the page's text (and returns how many). */
  show(words: readonly string[]): number {
    if (!SavedHighlighter.supported) return 0;
    addStyle(this.document, HIGHLIGHT, STYLE);
    const find = createTermFinder(words);
    const ranges: Range[] = [];
    const walker = this.document.createTreeWalker(this.document.body ?? this.document.documentElement, NodeFilter.SHOW_TEXT);
    let budget = SCAN_BUDGET;
    for (let node = walker.nextNode(); node && budget > 0; node = walker.nextNode()) {
      const text = node as Text;
      budget -= text.length;
      if (!containsHan(text.data) || (text.parentElement && SKIPPED.has(text.parentElement.tagName)) || this.ignore(text)) continue;
      for (const { start, end } of find(text.data)) {
        const range = this.document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        ranges.push(range);
      }
    }
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    return ranges.length;
  }

  hide(): void {
    if (SavedHighlighter.supported) CSS.highlights.delete(HIGHLIGHT);
  }
}
