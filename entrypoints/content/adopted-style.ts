/**
 * Adds a fixed stylesheet of Duizhao's to a document, once per key. The CSS is a constant of ours, never page or
 * remote text.
 */
const added = new WeakMap<Document, Set<string>>();

export function addStyle(document: Document, key: string, css: string): void {
  const keys = added.get(document) ?? new Set<string>();
  if (keys.has(key)) return;
  keys.add(key);
  added.set(document, keys);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Firefox's content scripts cannot adopt their own sheets into the page: a style element does the same.
    const style = document.createElement('style');
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
  }
}
