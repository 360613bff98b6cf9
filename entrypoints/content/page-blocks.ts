import { BlockCollector, type AttributeReader } from '../../lib/extract/block-rules.ts';
import type { PageText } from '../../lib/extract/text-block.ts';

export interface LivePage {
  page: PageText;
  /** `elements[i]` is the element of `page.blocks[i]`. */
  elements: Element[];
}

const NO_ATTRIBUTES: AttributeReader = () => null;

function attributesOf(element: Element): AttributeReader {
  // Most elements of a page have no attributes at all: answer those without asking the element.
  return element.hasAttributes() ? (name) => element.getAttribute(name) : NO_ATTRIBUTES;
}

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

/**
 * Reads the live page into text blocks by the rules the background applies to fetched HTML, in one walk of the
 * document: a TreeWalker, no styles computed (that would be too slow on huge pages), shadow roots not entered.
 * Skipped elements, Duizhao's own among them, are opened and closed without walking their content.
 */
export function readLivePage(document: Document): LivePage {
  const root = document.documentElement;
  const collector = new BlockCollector<Element>(document.URL);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** Reports the walker's node to the collector; true when the walk should go into its children. */
  const visit = (node: Node): boolean => {
    if (isElement(node)) return collector.open(node.localName, attributesOf(node), node);
    collector.text(node.nodeValue ?? '');
    return false;
  };
  /** Closes the finished node and the ancestors it finishes, then moves to the next node; false at the end. */
  const advance = (): boolean => {
    for (;;) {
      const node = walker.currentNode;
      if (isElement(node)) collector.close();
      if (node === root) return false;
      if (walker.nextSibling()) return true;
      walker.parentNode();
    }
  };
  let descend = visit(root);
  while (!collector.done) {
    if (descend && walker.firstChild()) {
      descend = visit(walker.currentNode);
    } else if (advance()) {
      descend = visit(walker.currentNode);
    } else {
      break;
    }
  }
  const { page, sources } = collector.finish();
  return { page, elements: sources };
}
