import { containsHan } from '../../lib/han.ts';
import {
  containsKana,
  declaresJapanese,
  hasChineseOutsideJapanese,
  isJapaneseAt,
  pageLanguage,
  type PageLanguage,
} from '../../lib/japanese.ts';

/**
 * Decides cheaply what a page is written in, so that pages without Chinese pay for nothing more than this check:
 * the title, then text nodes up to a budget (a 100,000-node page is not walked in full), then the kana decide
 * between Chinese and Japanese (lib/japanese.ts).
 */
const NODE_BUDGET = 3000;
/** Characters of text enough to tell Japanese from Chinese: a few paragraphs. */
const SAMPLE_CHARS = 4000;
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * The language of the page in this frame: its declared `lang`, and a sample of its title and text, beginning with
 * `appeared`, text the page just added (which may lie beyond the nodes sampled).
 */
export function pageLanguageOf(document: Document, appeared = ''): PageLanguage {
  const root = document.body ?? document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (UNREAD.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let sample = appeared.slice(0, SAMPLE_CHARS) + document.title;
  for (let i = 0; i < NODE_BUDGET && sample.length < SAMPLE_CHARS; i++) {
    const node = walker.nextNode();
    if (!node) break;
    sample += node.nodeValue ?? '';
  }
  return pageLanguage(document.documentElement.getAttribute('lang'), sample.slice(0, SAMPLE_CHARS));
}

/**
 * Waits for Chinese to appear in a page that had none (single-page apps, late-loading articles), checking only the
 * nodes that were added, and stops watching once it has; `onFound` gets the text that brought it.
 */
export function whenChineseAppears(root: Node, onFound: (text: string) => void): () => void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const text = node.textContent ?? '';
        if (containsHan(text)) {
          observer.disconnect();
          onFound(text);
          return;
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * Whether the node is inside an element declaring Japanese (`lang="ja"`): a Japanese quotation, a Japanese section
 * of a Chinese page. The root element's `lang` is the page's own, which `pageLanguageOf` weighs.
 */
export function inJapaneseElement(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  const declaring = element?.closest('[lang]');
  return declaring != null && declaring !== declaring.ownerDocument.documentElement && declaresJapanese(declaring.getAttribute('lang'));
}

/** Whether the page's text in this node is Japanese: in a Japanese element, or a text whose Han are all in Japanese runs. */
export function isJapaneseNode(node: Node): boolean {
  if (inJapaneseElement(node)) return true;
  return node instanceof Text && containsKana(node.data) && !hasChineseOutsideJapanese(node.data);
}

/** Whether the character at code point `index` of `text`, read from `node`, is Japanese: its element, or its clause. */
export function isJapaneseTextAt(node: Node, text: string, index: number): boolean {
  return inJapaneseElement(node) || isJapaneseAt(text, index);
}
