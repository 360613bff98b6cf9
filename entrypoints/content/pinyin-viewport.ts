/**
 * What part of the page the reader can see, for pinyin annotation: the text in view is annotated at once, the rest
 * when it comes near or when the page is idle.
 */
export interface Viewport {
  /** Those of `elements` that show in the viewport now. */
  inView(elements: Iterable<Element>): Set<Element>;
  /** The viewport's height, in the unit of `startOf`. */
  height(): number;
  /**
   * Where `text` starts now (its first line's top), from the top of the viewport; null when it is not rendered. A
   * read of layout: it lays the page out when the page changed since the last read, and costs little otherwise.
   */
  startOf(text: Text): number | null;
  /** Calls `near` once, when `element` comes within a screen of the viewport (or is there already). */
  watch(element: Element, near: () => void): void;
  unwatch(element: Element): void;
  /** Forgets every watched element. */
  clear(): void;
}

/** A screen's height and width around the viewport: text there is annotated before the reader scrolls to it. */
const NEAR_MARGIN = '100%';

/** The viewport of the document's window, watched with an IntersectionObserver. */
export class WindowViewport implements Viewport {
  private readonly watched = new Map<Element, () => void>();
  private observer: IntersectionObserver | null = null;

  constructor(private readonly document: Document) {}

  inView(elements: Iterable<Element>): Set<Element> {
    const view = this.document.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    const shown = new Set<Element>();
    // Only reads: the first lays the page out, the others find it laid out.
    for (const element of elements) {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      // An element that is not rendered (display: none) has an empty box at the origin.
      if (bottom > top && bottom > 0 && top < height && right > 0 && left < width) shown.add(element);
    }
    return shown;
  }

  height(): number {
    return this.document.defaultView?.innerHeight ?? 0;
  }

  startOf(text: Text): number | null {
    // The text's own box, not its parent's: a paragraph's later text nodes start below its top.
    const range = this.document.createRange();
    range.selectNodeContents(text);
    const { top, bottom } = range.getBoundingClientRect();
    // Text not rendered has an empty box at the origin.
    return bottom > top ? top : null;
  }

  watch(element: Element, near: () => void): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver((entries) => this.onIntersections(entries), { rootMargin: NEAR_MARGIN });
    this.watched.set(element, near);
    this.observer.observe(element);
  }

  unwatch(element: Element): void {
    if (this.watched.delete(element)) this.observer?.unobserve(element);
  }

  clear(): void {
    this.watched.clear();
    this.observer?.disconnect();
  }

  private onIntersections(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const near = entry.isIntersecting ? this.watched.get(entry.target) : undefined;
      if (!near) continue;
      this.unwatch(entry.target);
      near();
    }
  }
}
