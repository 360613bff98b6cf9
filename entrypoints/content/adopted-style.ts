/**
 * Fixed stylesheets of Duizhao's in a document. The CSS is a constant of ours, never page or remote text.
 */
const added = new WeakMap<Document, Set<string>>();

/** Adds `css` to the document; returns what takes exactly that sheet off again, leaving the page's as they were. */
export function adoptStyle(document: Document, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  } catch {
    // Firefox's content scripts cannot adopt their own sheets into the page: a style element does the same.
    const style = document.createElement('style');
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
    return () => style.remove();
  }
}

/** Adds a stylesheet once per key, for the document's lifetime. */
export function addStyle(document: Document, key: string, css: string): void {
  const keys = added.get(document) ?? new Set<string>();
  if (keys.has(key)) return;
  keys.add(key);
  added.set(document, keys);
  adoptStyle(document, css);
}
