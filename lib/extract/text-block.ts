/**
 * A page read as a list of text blocks, whatever read it: the content script walks the live DOM, the background
 * parses fetched HTML. Article extraction works on this list only, so both sides pick paragraphs the same way.
 */
export interface TextBlock {
  /** The block's own text (inline descendants included, nested blocks left out), whitespace collapsed. */
  text: string;
  /** The block element's tag name, lower case: p, h1, li, div, td… */
  tag: string;
  /** Ids of the block's ancestor elements from the root, the block element's own id last: blocks that share a prefix share a container. */
  path: readonly number[];
  /** The `lang` in effect at the block (nearest ancestor's attribute, lower case), '' when none. */
  lang: string;
  /** Inside navigation, headers, footers, asides, forms, menus, comment sections or controls. */
  boilerplate: boolean;
  /** Characters of `text` (spaces aside) inside links: tag lists and lists of other stories are mostly links. */
  linkChars: number;
}

/** A link of the page, as discovery rules need it. */
export interface PageLink {
  /** Absolute URL. */
  href: string;
  /** Visible text (or title / aria-label when it has none), whitespace collapsed. */
  text: string;
  /** `rel` attribute, lower case, '' when none. */
  rel: string;
  /** `hreflang` attribute, lower case, '' when none. */
  hreflang: string;
}

/** What the page says about itself outside its text blocks. */
export interface PageMeta {
  url: string;
  /** `document.title` / `<title>`. */
  title: string;
  /** `<html lang>`, lower case, '' when none. */
  lang: string;
  /** `<meta name|property|itemprop=… content=…>`, keys lower case; the first occurrence of a key wins. */
  meta: Readonly<Record<string, string>>;
  /** `datetime` attributes of `<time>` elements, in document order. */
  times: readonly string[];
  /** `<link>` elements and `<a href>` anchors, in document order. */
  links: readonly PageLink[];
}

/** A page as extraction reads it. */
export interface PageText {
  meta: PageMeta;
  blocks: readonly TextBlock[];
  /**
   * Ids (as in `TextBlock.path`) of the elements that hold a media player (video, audio, an embedded frame or
   * object) or a form control, the player or control itself included, in ascending order: a player's title and
   * its switches sit beside it, not inside it.
   */
  widgetHolders: readonly number[];
}
