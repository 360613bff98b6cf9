/**
 * What Duizhao's changes to a page's text (conversion, pinyin over the text) share: which text they leave alone,
 * and the pace at which they follow content the page adds.
 */

/** Text that is code or the reader's own typing, or that the page marks as not to be translated. */
export const UNTOUCHED = 'script, style, noscript, textarea, code, kbd, samp, template, [translate="no"], [contenteditable]:not([contenteditable="false"])';

/** True when `node` is inside an element matching `selector`, detached from any element, or ignored by the caller. */
export function isUntouched(node: Node, ignore: (node: Node) => boolean, selector: string = UNTOUCHED): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element === null || element.closest(selector) !== null || ignore(node);
}

/** How long new content waits before it is handled. */
export const FLUSH_MS = 50;

/**
 * Runs `flush` FLUSH_MS after the first request since the last run: a bound, not a debounce that a busy page keeps
 * restarting, so that content added to a live page is handled even while the page keeps changing.
 */
export class BoundedFlush {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly flush: () => void) {}

  request(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, FLUSH_MS);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
