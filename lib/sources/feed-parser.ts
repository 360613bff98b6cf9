import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { Parser as HtmlParser } from 'htmlparser2';
import { errorMessage } from '../error-message.ts';

/**
 * Reads RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom into plain-text items. The document is hostile input: its
 * DOCTYPE entities are never expanded, its markup is read as text and never interpreted, and every size is capped.
 */
export interface FeedItem {
  title: string;
  /** Absolute, http or https. */
  url: string;
  /** `YYYY-MM-DD` when the feed gives only a day, else a full ISO timestamp in UTC; null when absent or unreadable. */
  published: string | null;
  /** Plain text. */
  summary: string;
}

export interface Feed {
  title: string;
  items: FeedItem[];
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
}

export const MAX_FEED_ITEMS = 500;
export const MAX_TITLE_LENGTH = 300;
export const MAX_SUMMARY_LENGTH = 2000;
const MAX_URL_LENGTH = 2048;
/** Feeds are fetched with a 2 MB limit, and decoded text has no more characters than bytes: this is twice that. */
const MAX_FEED_CHARS = 4 * 1024 * 1024;
/** Enough markup to hold any summary; the rest of a huge description is not read. */
const MAX_MARKUP_CHARS = 100_000;

interface XmlElement {
  name: string;
  /** An attribute's value, looked up when read: an element may carry any number of attributes, few are read. */
  attribute(name: string): string | undefined;
  children: XmlChild[];
}
type XmlChild = XmlElement | string;

const ATTRIBUTE_PREFIX = '@_';
const ATTRIBUTES_KEY = ':@';
const TEXT_KEY = '#text';
const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** What may follow an `&` to make a reference, matched at one place: a reference is a few characters long. */
const REFERENCE_AFTER_AMPERSAND = /#x([0-9a-fA-F]{1,6});|#([0-9]{1,7});|(lt|gt|amp|quot|apos);/y;
const BARE_AMPERSAND = /&(?!#x[0-9a-fA-F]+;|#[0-9]+;|[A-Za-z][\w.-]*;)/g;
/** Names the parser refuses as keys; renamed so that a feed using them is read rather than rejected. */
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

function decodeCodePoint(digits: string, radix: number): string {
  const codePoint = Number.parseInt(digits, radix);
  const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return valid ? String.fromCodePoint(codePoint) : '\uFFFD';
}

/**
 * The five XML entities and character references, decoded once; every other `&name;` stays as written. A loop from
 * one `&` to the next rather than a replace with a callback: a crafted feed holds hundreds of thousands of
 * references, and a callback per reference took two to four times as long.
 */
function decodeXmlEntities(text: string): string {
  let ampersand = text.indexOf('&');
  if (ampersand < 0) return text;
  let decoded = '';
  let copied = 0;
  while (ampersand >= 0) {
    REFERENCE_AFTER_AMPERSAND.lastIndex = ampersand + 1;
    const reference = REFERENCE_AFTER_AMPERSAND.exec(text);
    if (reference) {
      const [, hex, decimal, name] = reference;
      decoded += text.slice(copied, ampersand) + (hex ? decodeCodePoint(hex, 16) : decimal ? decodeCodePoint(decimal, 10) : XML_ENTITIES[name ?? ''] ?? '');
      copied = REFERENCE_AFTER_AMPERSAND.lastIndex;
    }
    ampersand = text.indexOf('&', reference ? copied : ampersand + 1);
  }
  return decoded + text.slice(copied);
}

/**
 * Replaces the parser's entity handling. Declarations from the DOCTYPE are dropped here, so no entity the document
 * defines is ever expanded: a billion-laughs document keeps its `&name;` references as text. (External entities do
 * not get this far: the parser refuses a DOCTYPE that declares one.)
 */
const xmlEntityDecoder: NonNullable<X2jOptions['entityDecoder']> = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: decodeXmlEntities,
};

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  parseTagValue: false,
  parseAttributeValue: false,
  // Whitespace between a CDATA section and the text around it is part of the text.
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  entityDecoder: xmlEntityDecoder,
  transformTagName: (name) => (RESERVED_NAMES.has(name) ? `reserved-${name}` : name),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function attributeReader(raw: unknown): XmlElement['attribute'] {
  if (!isRecord(raw)) return () => undefined;
  return (name) => {
    const value = Object.hasOwn(raw, ATTRIBUTE_PREFIX + name) ? raw[ATTRIBUTE_PREFIX + name] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
}

function toTree(nodes: unknown): XmlChild[] {
  if (!Array.isArray(nodes)) return [];
  const children: XmlChild[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === ATTRIBUTES_KEY) continue;
      if (key === TEXT_KEY) children.push(String(value));
      else children.push({ name: key, attribute: attributeReader(node[ATTRIBUTES_KEY]), children: toTree(value) });
    }
  }
  return children;
}

function elements(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

function element(parent: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = elements(parent, name)[0];
    if (found) return found;
  }
  return undefined;
}

/** Elements whose content is not prose; dropped whole. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);
/** Elements that separate words even when the markup has no space around them. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

/** The text of XML content, with block elements as word breaks and hidden ones left out. */
function xmlText(children: readonly XmlChild[]): string {
  return children
    .map((child) => {
      if (typeof child === 'string') return child;
      const name = localName(child.name);
      if (HIDDEN_ELEMENTS.has(name)) return ' ';
      return BLOCK_ELEMENTS.has(name) ? ` ${xmlText(child.children)} ` : xmlText(child.children);
    })
    .join('');
}

/** The text an HTML fragment shows, read with a tokenizer: tags are dropped, character references decoded once. */
function htmlText(html: string): string {
  const parts: string[] = [];
  let hiddenDepth = 0;
  const parser = new HtmlParser({
    onopentagname(name) {
      if (HIDDEN_ELEMENTS.has(name)) hiddenDepth += 1;
      else if (BLOCK_ELEMENTS.has(name)) parts.push(' ');
    },
    onclosetag(name) {
      if (HIDDEN_ELEMENTS.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
      else if (BLOCK_ELEMENTS.has(name)) parts.push(' ');
    },
    ontext(text) {
      if (hiddenDepth === 0) parts.push(text);
    },
  });
  parser.write(html.slice(0, MAX_MARKUP_CHARS));
  parser.end();
  return parts.join('');
}

type Markup = 'text' | 'html' | 'xhtml';

function plainText(node: XmlElement | undefined, markup: Markup, max: number): string {
  if (!node) return '';
  // Markup written as real child elements (unescaped XHTML in an RSS description) was parsed already: reading its
  // text as HTML again would decode its character references twice.
  const escaped = markup === 'html' && node.children.every((child) => typeof child === 'string');
  const text = escaped ? htmlText(xmlText(node.children)) : xmlText(node.children);
  return truncate(collapse(text), max);
}

/** Atom says how a text construct is written; RSS does not, and its titles and descriptions are escaped HTML. */
function atomMarkup(node: XmlElement | undefined): Markup {
  const type = node?.attribute('type')?.trim().toLowerCase();
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  return 'text';
}

/**
 * Resolves a link against the feed's address; only web links are kept. `xml:base` is ignored on purpose: feeds in
 * the wild set it to junk (SCMP's say `xml:base="link"`).
 */
function absoluteUrl(raw: string | undefined, feedUrl: string): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, feedUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.length <= MAX_URL_LENGTH ? url.href : null;
  } catch {
    return null;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822 zone names, in hours from UTC. A bare CST is read as RFC 822 says (US Central), not as China time. */
const ZONES: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};
const RFC_822 =
  /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i;
/** A feed date is some 30 characters ("Wed, 06 Nov 2024 18:00:00 GMT"): a longer text is none, and is not read through. */
const MAX_DATE_CHARS = 100;
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function offsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  return (ZONES[zone.toUpperCase()] ?? 0) * 60;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number; offset: number };
}

function timeOf(hour?: string, minute?: string, second?: string, zone?: string): DateParts['time'] {
  return hour ? { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), offset: offsetMinutes(zone) } : undefined;
}

function isoDate({ year, month, day, time }: DateParts): string | null {
  const midnight = Date.UTC(year, month - 1, day);
  const date = new Date(midnight);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (!time) return date.toISOString().slice(0, 10);
  if (time.hour > 23 || time.minute > 59 || time.second > 60) return null;
  return new Date(midnight + ((time.hour * 60 + time.minute - time.offset) * 60 + time.second) * 1000).toISOString();
}

/**
 * A feed date (RFC 822 in RSS, ISO 8601 in Atom and Dublin Core) as `YYYY-MM-DD` or an ISO timestamp, or null.
 * A time without a zone, or with a zone name RFC 822 does not know, is read as UTC.
 */
export function parseFeedDate(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed.length > MAX_DATE_CHARS) return null;
  const text = collapse(trimmed);
  const iso = ISO_8601.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    return isoDate({ year: Number(year), month: Number(month), day: Number(day), time: timeOf(hour, minute, second, zone) });
  }
  const rfc = RFC_822.exec(text);
  const month = rfc ? MONTHS.indexOf(rfc[2]?.toLowerCase() ?? '') + 1 : 0;
  if (!rfc || month === 0) return null;
  const [, day, , year, hour, minute, second, zone] = rfc;
  // RFC 822 wrote years with two digits: 99 is 1999, 19 is 2019.
  const fullYear = year && year.length === 2 ? 2000 + Number(year) - (Number(year) > 50 ? 100 : 0) : Number(year);
  return isoDate({ year: fullYear, month, day: Number(day), time: timeOf(hour, minute, second, zone) });
}

function dateOf(node: XmlElement | undefined): string | null {
  return node ? parseFeedDate(xmlText(node.children)) : null;
}

function rssItem(item: XmlElement, feedUrl: string): FeedItem | null {
  const guid = element(item, 'guid');
  const permalink = guid && guid.attribute('isPermaLink')?.trim() !== 'false' ? xmlText(guid.children) : undefined;
  const url = absoluteUrl(xmlText(element(item, 'link')?.children ?? []), feedUrl) ?? absoluteUrl(permalink, feedUrl);
  if (!url) return null;
  return {
    title: plainText(element(item, 'title'), 'html', MAX_TITLE_LENGTH),
    url,
    published: dateOf(element(item, 'pubDate', 'dc:date')),
    summary: plainText(element(item, 'description', 'content:encoded'), 'html', MAX_SUMMARY_LENGTH),
  };
}

function atomLink(entry: XmlElement, feedUrl: string): string | null {
  for (const link of elements(entry, 'link')) {
    const rel = link.attribute('rel')?.trim() ?? 'alternate';
    if (rel !== 'alternate') continue;
    const url = absoluteUrl(link.attribute('href'), feedUrl);
    if (url) return url;
  }
  return null;
}

function atomEntry(entry: XmlElement, feedUrl: string): FeedItem | null {
  const url = atomLink(entry, feedUrl);
  if (!url) return null;
  const title = element(entry, 'title');
  const summary = element(entry, 'summary') ?? element(entry, 'content');
  return {
    title: plainText(title, atomMarkup(title), MAX_TITLE_LENGTH),
    url,
    published: dateOf(element(entry, 'published', 'updated')),
    summary: plainText(summary, atomMarkup(summary), MAX_SUMMARY_LENGTH),
  };
}

function collect(nodes: readonly XmlElement[], read: (node: XmlElement) => FeedItem | null): FeedItem[] {
  const items: FeedItem[] = [];
  for (const node of nodes) {
    const item = read(node);
    // An item without a link cannot be shown, and one without words cannot be matched.
    if (item && (item.title || item.summary)) items.push(item);
    if (items.length === MAX_FEED_ITEMS) break;
  }
  return items;
}

function readRoot(root: XmlElement, feedUrl: string): Feed {
  if (root.name === 'rss') {
    const channel = element(root, 'channel');
    if (!channel) throw new FeedError('not a feed: <rss> has no <channel>');
    return {
      title: plainText(element(channel, 'title'), 'html', MAX_TITLE_LENGTH),
      items: collect(elements(channel, 'item'), (item) => rssItem(item, feedUrl)),
    };
  }
  if (root.name === 'feed') {
    const title = element(root, 'title');
    return {
      title: plainText(title, atomMarkup(title), MAX_TITLE_LENGTH),
      items: collect(elements(root, 'entry'), (entry) => atomEntry(entry, feedUrl)),
    };
  }
  if (localName(root.name) === 'rdf') {
    // RSS 1.0 puts its items beside the channel, not inside it.
    const channel = element(root, 'channel');
    return {
      title: channel ? plainText(element(channel, 'title'), 'html', MAX_TITLE_LENGTH) : '',
      items: collect(elements(root, 'item'), (item) => rssItem(item, feedUrl)),
    };
  }
  const kind = localName(root.name) === 'html' ? 'a web page' : `an XML document with root <${root.name.slice(0, 50)}>`;
  throw new FeedError(`not a feed: the address gives ${kind}, not RSS or Atom`);
}

function wellFormed(xml: string): string {
  const result = XMLValidator.validate(xml);
  if (result === true) return xml;
  // Bare ampersands ("AT&T") are the commonest fault of hand-made feeds, and escaping them the one safe repair.
  const repaired = xml.replace(BARE_AMPERSAND, '&amp;');
  const retried = repaired === xml ? result : XMLValidator.validate(repaired);
  if (retried === true) return repaired;
  throw new FeedError(`not a feed: malformed XML (line ${retried.err.line}: ${retried.err.msg})`);
}

/** Whether the document opens, after any comments, as an HTML page. A loop, not one regex: it must stay linear. */
function isWebPage(text: string): boolean {
  let at = 0;
  while (text.startsWith('<!--', at)) {
    const end = text.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = end + 3;
    while (/\s/.test(text.charAt(at))) at += 1;
  }
  return /^<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(at, at + 16));
}

export function parseFeed(xml: string, feedUrl: string): Feed {
  if (xml.length > MAX_FEED_CHARS) throw new FeedError('not a feed: the document is too large');
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  if (isWebPage(text)) throw new FeedError('not a feed: the address gives a web page, not RSS or Atom');
  let tree: XmlChild[];
  try {
    tree = toTree(xmlParser.parse(wellFormed(text)));
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(`not a feed: ${errorMessage(error)}`);
  }
  const root = tree.find((child): child is XmlElement => typeof child !== 'string');
  if (!root) throw new FeedError('not a feed: the document is empty');
  return readRoot(root, feedUrl);
}
