import { containsHan } from '../../lib/han.ts';

/**
 * Decides cheaply whether a page has Chinese text, so that pages without it pay for nothing more than this check:
 * the title, then text nodes up to a budget (a 100,000-node page is not walked in full).
 */
const NODE_BUDGET = 3000;

export function hasChineseText(root: Node, title: string): boolean {
  if (containsHan(title)) return true;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let i = 0; i < NODE_BUDGET; i++) {
    const node = walker.nextNode();
    if (!node) return false;
    if (containsHan(node.nodeValue ?? '')) return true;
  }
  return false;
}

/**
 * Waits for Chinese to appear in a page that had none (single-page apps, late-loading articles), checking only the
 * nodes that were added, and stops watching once it has.
 */
export function whenChineseAppears(root: Node, onFound: () => void): () => void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (containsHan(node.textContent ?? '')) {
          observer.disconnect();
          onFound();
          return;
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
