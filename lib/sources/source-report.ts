import type { AlignedText } from './aligned-source.ts';

/**
 * What the popup asks the background to search with, and what it gets back. The request carries text only: the
 * content script extracted it from the page, the background never sees the page itself.
 */
export interface ArticleText {
  url: string;
  title: string;
  /** YYYY-MM-DD, when the page tells. */
  date: string | null;
  /** The publication's name, or its host. */
  site: string;
  paragraphs: string[];
}

export interface EnglishVersionLink {
  url: string;
  /** Which discovery rule found it, in the reader's words ("link text 英文版"). */
  reason: string;
}

export interface SourceSearchRequest {
  article: ArticleText;
  /** English coverage on the same page (a bilingual page), or null. */
  onPage: ArticleText | null;
  /** Explicit English-version links of the page, best first. */
  links: EnglishVersionLink[];
}

export type SourceKind = 'page' | 'link' | 'feed';

export interface FoundSource {
  kind: SourceKind;
  url: string;
  title: string;
  site: string;
  date: string | null;
  /** Calibrated probability that this is the same story (0.5 at the threshold for showing it). */
  confidence: number;
  paragraphs: string[];
  aligned: AlignedText;
}

export interface SourceAlternative {
  kind: SourceKind;
  url: string;
  title: string;
  site: string;
  confidence: number;
}

/** Where a search step looked: the article's own page, the reader's feeds as a whole, or a site's host or a feed's name. */
export type SearchPlace = 'this-page' | 'feeds' | { name: string };

/**
 * What came of a step, as codes and values rather than words: the popup says it in the reader's language. A failure's
 * `reason` is the error's own message (an HTTP status, "feed too large").
 */
export type SearchOutcome =
  | { code: 'english-on-page'; paragraphs: number }
  | { code: 'no-english' }
  | { code: 'no-link' }
  | { code: 'needs-permission'; to: 'site' | 'feed' }
  /** The address redirected to a site the reader has not allowed: nothing of it was read. */
  | { code: 'redirect-not-allowed'; host: string }
  | { code: 'no-article' }
  | { code: 'read'; title: string }
  | { code: 'failed'; reason: string }
  | { code: 'feed-items'; recent: number; total: number }
  | { code: 'no-feeds' };

/** One place searched, and what came of it: shown when nothing is found, so the reader knows what was tried. */
export interface SearchStep {
  kind: SourceKind;
  where: SearchPlace;
  outcome: SearchOutcome;
  failed: boolean;
}

export interface SourceReport {
  source: FoundSource | null;
  alternatives: SourceAlternative[];
  searched: SearchStep[];
  /** Host permission patterns (https://host/*) that would let the search read more: asked for at the reader's click. */
  needsPermission: string[];
}

/** An article longer than this is cut: matching and aligning read its start, where news says what it is about. */
export const MAX_PARAGRAPHS = 300;
export const MAX_PARAGRAPH_LENGTH = 5_000;
export const MAX_LINKS = 10;
const MAX_FIELD = 2_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_FIELD) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function shortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_FIELD;
}

export function parseArticleText(raw: unknown): ArticleText | null {
  if (!isRecord(raw) || !isWebUrl(raw.url) || !shortText(raw.title) || !shortText(raw.site)) return null;
  const date = raw.date === null || (typeof raw.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.date)) ? raw.date : undefined;
  if (date === undefined || !Array.isArray(raw.paragraphs)) return null;
  const paragraphs = raw.paragraphs.slice(0, MAX_PARAGRAPHS);
  if (!paragraphs.every((paragraph): paragraph is string => typeof paragraph === 'string')) return null;
  return {
    url: raw.url,
    title: raw.title,
    date,
    site: raw.site,
    paragraphs: paragraphs.map((paragraph) => paragraph.slice(0, MAX_PARAGRAPH_LENGTH)),
  };
}

export function parseSourceSearchRequest(raw: unknown): SourceSearchRequest | null {
  if (!isRecord(raw) || !Array.isArray(raw.links)) return null;
  const article = parseArticleText(raw.article);
  const onPage = raw.onPage === null ? null : parseArticleText(raw.onPage);
  if (article === null || (raw.onPage !== null && onPage === null)) return null;
  const links: EnglishVersionLink[] = [];
  for (const link of raw.links.slice(0, MAX_LINKS)) {
    if (!isRecord(link) || !isWebUrl(link.url) || !shortText(link.reason)) return null;
    links.push({ url: link.url, reason: link.reason });
  }
  return { article, onPage, links };
}

/** The host permission pattern that covers a URL: narrowest that still survives redirects within the host. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/**
 * How much of the search could be done: sites and feeds read, and those not read for want of the reader's
 * permission or because fetching them failed. The article's own page is not counted: it is always read.
 */
export interface SearchCoverage {
  read: number;
  notAllowed: number;
  failed: number;
}

export function searchCoverage(steps: readonly SearchStep[]): SearchCoverage {
  const coverage: SearchCoverage = { read: 0, notAllowed: 0, failed: 0 };
  for (const { where, outcome } of steps) {
    if (typeof where === 'string') continue;
    switch (outcome.code) {
      case 'needs-permission':
      case 'redirect-not-allowed':
        coverage.notAllowed += 1;
        break;
      case 'failed':
        coverage.failed += 1;
        break;
      default:
        coverage.read += 1;
    }
  }
  return coverage;
}
