import type { PageLink, PageText, TextBlock } from './text-block.ts';

/**
 * How a page is cut into text blocks, shared by the content script (walking the live DOM) and the background
 * (parsing fetched HTML): both feed the same element events to a `BlockCollector`, so both read a page alike.
 *
 * A block element's own text is cut where a nested block or a `<br>` interrupts it, and each piece is a block of
 * its own, in document order: pages that set paragraphs apart with `<br>` rather than `<p>` (older Chinese sites,
 * the seed's deck) still come out paragraph by paragraph.
 */

/** Elements whose text forms a block of its own; text of a nested block belongs to that block, not to its container. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** Elements whose content is never read text: code, styling, embedded documents, controls, ruby annotations. */
const SKIPPED_TAGS = new Set([
  'applet', 'audio', 'button', 'canvas', 'datalist', 'embed', 'frame', 'frameset', 'iframe', 'input', 'map', 'math',
  'noembed', 'noframes', 'noscript', 'object', 'option', 'rp', 'rt', 'script', 'select', 'style', 'svg', 'template',
  'textarea', 'video',
]);

/** Duizhao's own elements (cards, toolbars) are custom elements with this prefix. */
const OWN_UI_PREFIX = 'duizhao-';

/** Elements that are page furniture wherever they are. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);

const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog']);

/** Roles of controls: their text is a label (自动播放开关, Autoplay), never prose. */
const CONTROL_ROLES = new Set([
  'button', 'checkbox', 'combobox', 'listbox', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'progressbar',
  'radio', 'scrollbar', 'slider', 'spinbutton', 'switch', 'tab', 'tablist', 'toolbar', 'tooltip',
]);

/** Media players and embedded documents, and form controls (skipped or not): what makes the element around them a widget. */
const WIDGET_TAGS = new Set(['audio', 'button', 'embed', 'iframe', 'input', 'label', 'object', 'select', 'textarea', 'video']);

/**
 * Class or id words of page furniture. Matched inside longer names too (`bdshare`, `comment-list`), except the short
 * `nav` and `ad`, which must stand at a word edge so that `canvas`, `unavailable` or `header` do not match.
 */
const BOILERPLATE_HINT =
  /comment|share|related|footer|breadcrumb|crumbs|sidebar|side-bar|menu|copyright|recommend|social|pagination|pager|advert|sponsor|(?:^|[^a-z])nav|nav(?:$|[^a-z])|(?:^|[^a-z])ads?(?:$|[^a-z])/i;

/** Whole-page wrappers: a furniture-like class on them (`<body class="has-sidebar">`) says nothing about their content. */
const NEVER_HINTED_TAGS = new Set(['html', 'body', 'main', 'article']);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

export function isSkippedTag(tag: string): boolean {
  return SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_UI_PREFIX);
}

/** An element's attributes, read lazily: the DOM side reads them from the element, the HTML side from the parser. */
export type AttributeReader = (name: string) => string | null;

export interface BoilerplateAttributes {
  id: string;
  className: string;
  role: string;
}

export interface BoilerplateContext {
  /** Inside `<article>`, `<main>` or role=main|article, where a `<header>` holds the headline rather than the site's banner. */
  insideArticle: boolean;
  parentTag: string;
}

/** Whether an element starts a stretch of page furniture (navigation, banners, footers, sidebars, comments, sharing). */
export function marksBoilerplate(tag: string, attributes: BoilerplateAttributes, context: BoilerplateContext): boolean {
  if (BOILERPLATE_TAGS.has(tag)) return true;
  if (tag === 'header' && !context.insideArticle) return true;
  // ASP.NET pages wrap the whole body in one <form>; only forms inside the page are search boxes or comment forms.
  if (tag === 'form' && context.parentTag !== 'body') return true;
  // A <label> names a control: 自动播放, 连续播放下一条.
  if (tag === 'label') return true;
  const role = attributes.role.trim().toLowerCase();
  if (BOILERPLATE_ROLES.has(role) || CONTROL_ROLES.has(role)) return true;
  if (NEVER_HINTED_TAGS.has(tag)) return false;
  return BOILERPLATE_HINT.test(attributes.id) || BOILERPLATE_HINT.test(attributes.className);
}

/**
 * Hidden by its own markup. Stylesheet rules are not consulted: computing styles for every element of a huge page is
 * too slow, and both producers must decide alike.
 */
export function isHiddenByMarkup(attribute: AttributeReader): boolean {
  if (attribute('hidden') !== null) return true;
  if (attribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = attribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/*
 * Limits on what one page may keep. A news page has a few hundred blocks and links; these are far above that, and
 * only bound memory and time on generated or hostile pages.
 */
/** Blocks kept: a 5 MB page of one- or two-sentence paragraphs stays within it. */
export const MAX_BLOCKS = 50_000;
/** Links kept; menus and footers of portals carry a few thousand. */
const MAX_LINKS = 10_000;
/** Characters collected for one block; longer text is cut, so that one giant text node cannot fill memory twice over. */
const MAX_BLOCK_CHARS = 20_000;
/** Characters collected for one link's text (or its title attribute) or the page's title. */
const MAX_LABEL_CHARS = 300;
const MAX_META = 500;
/**
 * Characters kept of a `<meta>` content or a `<time datetime>`: titles, names and dates run to a few hundred at most,
 * and the rules that read them (site names, dates) need no more. Longer `<meta>` names are none that a rule reads.
 */
export const MAX_META_CHARS = 1_000;
const MAX_TIMES = 100;
/**
 * Browsers stop nesting elements at depth 512 (Blink's parser limit); deeper markup is broken or hostile, and an
 * HTML parser's element stack costs time proportional to its depth at every tag.
 */
const MAX_DEPTH = 512;

interface TextRecord {
  chunks: string[];
  size: number;
}

/** One uninterrupted stretch of a block element's own text. */
interface Piece extends TextRecord {
  /** Where it starts, counted over the starts of all pieces: document order. */
  order: number;
  /** Characters (spaces aside) of the piece that are inside links. */
  linkChars: number;
}

interface BlockRecord<S> {
  tag: string;
  lang: string;
  boilerplate: boolean;
  pieces: Piece[];
  source: S;
}

interface KeptBlock<S> extends TextBlock {
  order: number;
  source: S;
}

interface LinkRecord extends TextRecord {
  href: string;
  rel: string;
  hreflang: string;
  fallbackText: string;
}

interface Frame<S> {
  tag: string;
  /** Element id, -1 inside skipped subtrees. */
  id: number;
  skipped: boolean;
  hidden: boolean;
  boilerplate: boolean;
  insideArticle: boolean;
  lang: string;
  /** The innermost open block element, whose text this element's text joins. */
  block: BlockRecord<S> | null;
  /** The open anchor, whose text this element's text joins. */
  link: LinkRecord | null;
  title: boolean;
  /** A player or control was opened inside it (or it is one). */
  holdsWidget: boolean;
}

/** Stands for every element inside a skipped subtree: nothing in there is read, so they need no frames of their own. */
const SKIPPED_FRAME: Frame<never> = {
  tag: '',
  id: -1,
  skipped: true,
  hidden: true,
  boilerplate: true,
  insideArticle: false,
  lang: '',
  block: null,
  link: null,
  title: false,
  holdsWidget: true,
};

function collapse(chunks: readonly string[]): string {
  return chunks.join('').replace(/\s+/g, ' ').trim();
}

/** Appends what fits under the limit; returns what was appended. */
function append(record: TextRecord, text: string, limit: number): string {
  if (record.size >= limit) return '';
  const piece = text.length > limit - record.size ? text.slice(0, limit - record.size) : text;
  record.chunks.push(piece);
  record.size += piece.length;
  return piece;
}

const SPACES = /\s/g;

function charsWithoutSpaces(text: string): number {
  return text.length - (text.match(SPACES)?.length ?? 0);
}

function isArticleElement(tag: string, role: string): boolean {
  return tag === 'article' || tag === 'main' || role === 'main' || role === 'article';
}

export interface CollectedPage<S> {
  page: PageText;
  /** `sources[i]` is what the producer passed when it opened the element of `page.blocks[i]`. */
  sources: S[];
}

/**
 * Turns a stream of element events (open, text, close, in document order, properly nested) into a `PageText`. `S`
 * is whatever the producer wants back for each block: the DOM side its element, the HTML side nothing.
 */
export class BlockCollector<S> {
  private readonly frames: Frame<S>[] = [];
  private readonly kept: KeptBlock<S>[] = [];
  private readonly links: LinkRecord[] = [];
  private readonly widgetHolders: number[] = [];
  private readonly meta: Record<string, string> = {};
  private metaCount = 0;
  private readonly times: string[] = [];
  private readonly titleRecord: TextRecord = { chunks: [], size: 0 };
  private titleSeen = false;
  private lang: string | null = null;
  private base: string | null = null;
  private nextId = 0;
  private nextOrder = 0;

  constructor(private readonly url: string) {}

  /** Nothing more can be kept, or the markup nests beyond what browsers build: the producer may stop feeding. */
  get done(): boolean {
    return this.frames.length > MAX_DEPTH || (this.kept.length >= MAX_BLOCKS && this.links.length >= MAX_LINKS);
  }

  /** Opens an element; returns false when its content is skipped (the producer may then close it without feeding it). */
  open(tag: string, attribute: AttributeReader, source: S): boolean {
    const parent = this.frames.at(-1);
    if (parent?.skipped) {
      this.frames.push(SKIPPED_FRAME);
      return false;
    }
    const role = attribute('role')?.trim().toLowerCase() ?? '';
    const widget = WIDGET_TAGS.has(tag) || CONTROL_ROLES.has(role);
    if (widget) this.markWidgetHolders();
    if (isSkippedTag(tag)) {
      if (widget) this.widgetHolders.push(this.nextId);
      this.nextId++;
      this.frames.push(SKIPPED_FRAME);
      return false;
    }
    const id = this.nextId++;
    const ownLang = attribute('lang') ?? attribute('xml:lang');
    const lang = ownLang === null ? (parent?.lang ?? '') : ownLang.trim().toLowerCase();
    const insideArticle = parent?.insideArticle ?? false;
    const frame: Frame<S> = {
      tag,
      id,
      skipped: false,
      hidden: (parent?.hidden ?? false) || isHiddenByMarkup(attribute),
      boilerplate:
        (parent?.boilerplate ?? false) ||
        marksBoilerplate(
          tag,
          { id: attribute('id') ?? '', className: attribute('class') ?? '', role },
          { insideArticle, parentTag: parent?.tag ?? '' },
        ),
      insideArticle: insideArticle || isArticleElement(tag, role),
      lang,
      block: parent?.block ?? null,
      link: parent?.link ?? null,
      title: false,
      holdsWidget: widget,
    };
    if (widget) this.widgetHolders.push(id);
    this.readElement(frame, attribute, parent === undefined);
    if (isBlockTag(tag)) {
      if (frame.link) append(frame.link, ' ', MAX_LABEL_CHARS);
      if (!frame.hidden && this.kept.length < MAX_BLOCKS) {
        frame.block = { tag, lang, boilerplate: frame.boilerplate, pieces: [], source };
        this.interrupt(frame.block);
      } else {
        frame.block = null;
      }
    }
    this.frames.push(frame);
    return true;
  }

  text(data: string): void {
    const frame = this.frames.at(-1);
    if (!frame || frame.skipped) return;
    if (frame.title) append(this.titleRecord, data, MAX_LABEL_CHARS);
    if (frame.link) append(frame.link, data, MAX_LABEL_CHARS);
    const piece = frame.block?.pieces.at(-1);
    if (!piece || frame.hidden) return;
    const appended = append(piece, data, MAX_BLOCK_CHARS);
    if (frame.link) piece.linkChars += charsWithoutSpaces(appended);
  }

  /**
   * Marks the open elements as holding a widget, innermost first, up to the first one already marked (whose
   * ancestors are marked too): each element is marked once, so a page of many players costs no more than its size.
   */
  private markWidgetHolders(): void {
    for (let index = this.frames.length - 1; index >= 0; index--) {
      const frame = this.frames[index];
      if (!frame || frame.holdsWidget) return;
      frame.holdsWidget = true;
      this.widgetHolders.push(frame.id);
    }
  }

  close(): void {
    const frame = this.frames.pop();
    if (!frame || frame.skipped) return;
    const parent = this.frames.at(-1);
    if (frame.tag === 'br') {
      if (frame.block) this.interrupt(frame.block);
      if (frame.link) append(frame.link, ' ', MAX_LABEL_CHARS);
    }
    if (frame.title) this.titleSeen = true;
    const block = frame.block;
    if (!block || block === parent?.block) return;
    // The container's text after a nested block is a new piece, which comes after the nested block's.
    if (parent?.block) this.interrupt(parent.block);
    let path: number[] | null = null;
    for (const piece of block.pieces) {
      const text = collapse(piece.chunks);
      if (text === '' || this.kept.length >= MAX_BLOCKS) continue;
      // Built only for blocks kept: empty containers, most of a page's block elements, cost nothing more.
      path ??= [...this.frames.map((open) => open.id), frame.id];
      this.kept.push({
        text,
        tag: block.tag,
        path,
        lang: block.lang,
        boilerplate: block.boilerplate,
        linkChars: piece.linkChars,
        order: piece.order,
        source: block.source,
      });
    }
  }

  /** Starts a new piece of the block's own text. */
  private interrupt(block: BlockRecord<S>): void {
    const last = block.pieces.at(-1);
    // An interruption before any text (<br><br>, a block right after another) needs no piece of its own.
    if (last && last.size === 0) {
      last.order = this.nextOrder++;
      return;
    }
    block.pieces.push({ order: this.nextOrder++, chunks: [], size: 0, linkChars: 0 });
  }

  finish(): CollectedPage<S> {
    while (this.frames.length > 0) this.close();
    const kept = this.kept.sort((a, b) => a.order - b.order);
    const blocks: TextBlock[] = kept.map(({ text, tag, path, lang, boilerplate, linkChars }) => ({ text, tag, path, lang, boilerplate, linkChars }));
    return {
      page: {
        meta: {
          url: this.url,
          title: collapse(this.titleRecord.chunks),
          lang: this.lang ?? '',
          meta: this.meta,
          times: this.times,
          links: this.resolvedLinks(),
        },
        blocks,
        widgetHolders: this.widgetHolders.sort((a, b) => a - b),
      },
      sources: kept.map((record) => record.source),
    };
  }

  /** What an element says about the page: its language, title, metadata, dates and links. */
  private readElement(frame: Frame<S>, attribute: AttributeReader, isRoot: boolean): void {
    switch (frame.tag) {
      case 'html':
        if (isRoot && this.lang === null) this.lang = frame.lang;
        break;
      case 'title':
        frame.title = !this.titleSeen;
        break;
      case 'base':
        this.base ??= attribute('href');
        break;
      case 'meta':
        this.readMeta(attribute);
        break;
      case 'time': {
        const datetime = attribute('datetime')?.trim().slice(0, MAX_META_CHARS);
        if (datetime && this.times.length < MAX_TIMES) this.times.push(datetime);
        break;
      }
      case 'link':
      case 'a': {
        const href = attribute('href');
        if (href === null || this.links.length >= MAX_LINKS) break;
        const link: LinkRecord = {
          href,
          rel: attribute('rel')?.trim().toLowerCase() ?? '',
          hreflang: attribute('hreflang')?.trim().toLowerCase() ?? '',
          fallbackText: (attribute('title') ?? attribute('aria-label') ?? '').slice(0, MAX_LABEL_CHARS),
          chunks: [],
          size: 0,
        };
        this.links.push(link);
        if (frame.tag === 'a') frame.link = link;
        break;
      }
    }
  }

  private readMeta(attribute: AttributeReader): void {
    const key = (attribute('name') ?? attribute('property') ?? attribute('itemprop'))?.trim().toLowerCase();
    const content = attribute('content');
    if (!key || key.length > MAX_META_CHARS || content === null || Object.hasOwn(this.meta, key) || this.metaCount >= MAX_META) return;
    this.meta[key] = content.trim().slice(0, MAX_META_CHARS);
    this.metaCount++;
  }

  /** Hrefs resolved against `<base href>` (itself relative to the page) once the whole page is read; only web links stay. */
  private resolvedLinks(): PageLink[] {
    const base = this.resolve(this.base ?? '', this.url) ?? this.url;
    const links: PageLink[] = [];
    for (const link of this.links) {
      const href = this.resolve(link.href.trim(), base);
      if (href === null) continue;
      links.push({ href, text: collapse(link.chunks) || collapse([link.fallbackText]), rel: link.rel, hreflang: link.hreflang });
    }
    return links;
  }

  private resolve(href: string, base: string): string | null {
    try {
      const url = new URL(href, base);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }
}
