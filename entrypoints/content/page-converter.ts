import { containsHan } from '../../lib/han.ts';
import { BoundedFlush, isUntouched } from './page-text.ts';

/** Converts a batch of texts, in order (asynchronously: the first batch may wait for the tables to load). */
export type ConvertTexts = (texts: string[]) => Promise<string[]>;

interface Change {
  original: string;
  converted: string;
}

/** Attributes people read; the rest (data-*, href, class) is the page's data. `value` and `label` only where shown. */
export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label', 'value', 'label'] as const;
/** The input types whose `value` is a label the page wrote, not a field's content that a form sends. */
const BUTTON_TYPES = new Set(['button', 'submit', 'reset']);
/**
 * Elements whose content is the reader's typing, left alone, but whose own attributes (a comment box's placeholder
 * and title) are the page's words.
 */
const TYPED_CONTENT = 'textarea, [contenteditable]:not([contenteditable="false"])';
/**
 * Characters converted between two awaits: the page stays responsive (and results for content that changed
 * meanwhile are checked) during a large conversion.
 */
const BATCH_CHARS = 200_000;

type Item = { kind: 'text'; node: Text } | { kind: 'attribute'; element: Element; name: string };

function isShownAttribute(element: Element, name: string): boolean {
  if (name === 'value') return element instanceof HTMLInputElement && BUTTON_TYPES.has(element.type);
  if (name === 'label') return element.localName === 'optgroup' || element.localName === 'option';
  return true;
}

/** The text of an `<option>` without a value attribute, which is what its form sends. */
function isSubmittedText(node: Text): boolean {
  const option = node.parentElement?.closest('option');
  return option != null && !option.hasAttribute('value');
}

/**
 * Converts the text of a document (text nodes, readable attributes, the title, open shadow roots) and keeps the
 * original of everything it changes, so that `revert` restores the page exactly: never by converting back, since
 * round trips are lossy (産 → 产 → 產). New and changed content is converted as it appears.
 */
export class PageConverter {
  private readonly texts = new Map<Text, Change>();
  private readonly attributes = new Map<Element, Map<string, Change>>();
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Item>();
  private readonly observedRoots = new Set<Node>();
  private convertTexts: ConvertTexts | null = null;
  private readonly flushSoon = new BoundedFlush(() => void this.flush());
  private generation = 0;
  private originalLang: string | null | undefined = undefined;
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly document: Document,
    /** Nodes of the extension's own UI, never converted. */
    private readonly ignore: (node: Node) => boolean = () => false,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  get active(): boolean {
    return this.convertTexts !== null;
  }

  /** Converts the page with `convertTexts`, starting from the originals when the page is already converted. */
  async convert(convertTexts: ConvertTexts, lang: string): Promise<void> {
    this.generation++;
    this.convertTexts = convertTexts;
    const root = this.document.documentElement;
    this.originalLang ??= root.getAttribute('lang');
    root.setAttribute('lang', lang);
    this.collect(root);
    for (const node of this.texts.keys()) this.pending.add({ kind: 'text', node });
    for (const [element, changes] of this.attributes) {
      for (const name of changes.keys()) this.pending.add({ kind: 'attribute', element, name });
    }
    await this.flush();
  }

  /** Puts back every original this converter replaced; content the page changed since stays as the page set it. */
  revert(): void {
    this.generation++;
    this.convertTexts = null;
    this.observer.disconnect();
    this.observedRoots.clear();
    this.flushSoon.cancel();
    this.pending.clear();
    for (const [node, change] of this.texts) {
      if (node.data === change.converted) node.data = change.original;
    }
    for (const [element, changes] of this.attributes) {
      for (const [name, change] of changes) {
        if (element.getAttribute(name) === change.converted) element.setAttribute(name, change.original);
      }
    }
    this.texts.clear();
    this.attributes.clear();
    const root = this.document.documentElement;
    if (this.originalLang === null) root.removeAttribute('lang');
    else if (this.originalLang !== undefined) root.setAttribute('lang', this.originalLang);
    this.originalLang = undefined;
  }

  /** Resolves when everything queued so far has been converted (tests and benchmarks wait on it). */
  settled(): Promise<void> {
    return this.work;
  }

  private observe(root: Node): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...CONVERTED_ATTRIBUTES],
    });
  }

  /** Queues every convertible text and attribute under `root`, descending into open shadow roots. */
  private collect(root: Node): void {
    const scopes: Node[] = [root];
    while (scopes.length > 0) {
      const scope = scopes.pop();
      if (!scope) break;
      if (this.convertTexts) this.observe(scope instanceof ShadowRoot ? scope : this.document.documentElement);
      if (scope instanceof Text) {
        this.queueText(scope);
        continue;
      }
      const walker = this.document.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = scope; node; node = walker.nextNode()) {
        if (node instanceof Text) this.queueText(node);
        else if (node instanceof Element) {
          for (const name of CONVERTED_ATTRIBUTES) this.queueAttribute(node, name);
          if (node.shadowRoot) scopes.push(node.shadowRoot);
        }
      }
    }
  }

  private queueText(node: Text): void {
    const tracked = this.texts.get(node);
    if (tracked && node.data === tracked.converted) return;
    if (!containsHan(node.data) || isUntouched(node, this.ignore) || isSubmittedText(node)) return;
    this.pending.add({ kind: 'text', node });
  }

  private queueAttribute(element: Element, name: string): void {
    const value = element.getAttribute(name);
    if (value === null || !containsHan(value)) return;
    const tracked = this.attributes.get(element)?.get(name);
    if (tracked && value === tracked.converted) return;
    if (!isShownAttribute(element, name)) return;
    const holder = element.matches(TYPED_CONTENT) ? element.parentElement : element;
    if (holder === null || this.ignore(element) || isUntouched(holder, this.ignore)) return;
    this.pending.add({ kind: 'attribute', element, name });
  }

  private onMutations(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData' && record.target instanceof Text) this.queueText(record.target);
      else if (record.type === 'attributes' && record.target instanceof Element && record.attributeName) {
        this.queueAttribute(record.target, record.attributeName);
      } else for (const node of record.addedNodes) this.collect(node);
    }
    if (this.pending.size > 0) this.flushSoon.request();
  }

  /** Converts what is queued, in batches; results for content that changed meanwhile are dropped and re-queued. */
  private flush(): Promise<void> {
    const items = [...this.pending];
    this.pending.clear();
    const generation = this.generation;
    this.work = this.work.then(() => this.convertItems(items, generation));
    return this.work;
  }

  private async convertItems(items: readonly Item[], generation: number): Promise<void> {
    const convertTexts = this.convertTexts;
    if (!convertTexts || generation !== this.generation) return;
    for (let start = 0; start < items.length; ) {
      const batch: { item: Item; source: string; current: string }[] = [];
      let size = 0;
      while (start < items.length && (batch.length === 0 || size < BATCH_CHARS)) {
        const item = items[start++];
        if (!item) continue;
        const current = this.currentValue(item);
        if (current === null) continue;
        const source = this.originalOf(item, current);
        batch.push({ item, source, current });
        size += source.length;
      }
      if (batch.length === 0) continue;
      let converted: string[];
      try {
        converted = await convertTexts(batch.map(({ source }) => source));
      } catch {
        // The tables could not be loaded (the extension was updated or removed): leave these as they are.
        continue;
      }
      if (generation !== this.generation) return;
      batch.forEach(({ item, source, current }, i) => {
        const result = converted[i];
        if (result === undefined || this.currentValue(item) !== current) return;
        this.apply(item, { original: source, converted: result });
      });
    }
  }

  private currentValue(item: Item): string | null {
    return item.kind === 'text' ? item.node.data : item.element.getAttribute(item.name);
  }

  /** The original of this content: what we stored, unless the page has written something new since. */
  private originalOf(item: Item, current: string): string {
    const tracked = item.kind === 'text' ? this.texts.get(item.node) : this.attributes.get(item.element)?.get(item.name);
    return tracked && current === tracked.converted ? tracked.original : current;
  }

  private apply(item: Item, change: Change): void {
    if (item.kind === 'text') {
      this.texts.set(item.node, change);
      if (item.node.data !== change.converted) item.node.data = change.converted;
    } else {
      let changes = this.attributes.get(item.element);
      if (!changes) this.attributes.set(item.element, (changes = new Map()));
      changes.set(item.name, change);
      if (item.element.getAttribute(item.name) !== change.converted) item.element.setAttribute(item.name, change.converted);
    }
  }
}
