import type { PageLink, PageMeta } from './text-block.ts';

export interface EnglishVersionLinkFound {
  url: string;
  /** Which rule found it, in the reader's words. */
  reason: string;
}

/**
 * Link texts that name the English version of this page. Compared after dropping case, spaces and punctuation
 * ("[English]", "英文版 >>"), but never as a substring: "English news" or "学英文" link elsewhere.
 */
const ENGLISH_LINK_TEXTS = new Set([
  'english',
  'englishversion',
  'readinenglish',
  'inenglish',
  '英文',
  '英文版',
  '英文原文',
  '英文原版',
  '英文版本',
  '查看英文版',
  '阅读英文版',
  '閱讀英文版',
]);

/** NYT Chinese's footer link to the English original of the article. */
const NYT_FOOTER_TEXTS = new Set(['点击查看本文英文版', '點擊查看本文英文版']);

/** NYT Chinese articles: /<section>/<YYYYMMDD>/<slug>/, optionally under /zh-hant/. */
const NYT_CHINESE_ARTICLE = /^(\/(?:zh-hant\/)?[a-z-]+\/\d{8}\/[^/]+)\/?$/;
/** NYT English articles: nytimes.com/YYYY/MM/DD/… */
const NYT_ENGLISH_ARTICLE = /^\/\d{4}\/\d{2}\/\d{2}\//;
/** FT Chinese stories: /story/<id>, its English version /en and its bilingual version /ce. */
const FT_STORY = /^\/story\/(\d+)(?:\/(ce|en))?\/?$/;

/** A directory's index page: it stands for the directory. */
const INDEX_PAGE = /^(?:index|default|home|main)\.[a-z]+$/i;
/** A path segment naming a language edition: /en/, /english, /en-us/. */
const LANGUAGE_EDITION = /^(?:en(?:-[a-z]+)?|eng|english)$/i;

/**
 * A home page or section front rather than an article: the site root, a language edition's front (/en/, /english),
 * a one-level directory (/world/), or the index page of any of these. Headers and footers link the English site
 * ("English" to en.gmw.cn) on every article; that is no translation of the article.
 */
function isFrontPage(url: URL): boolean {
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1);
  const indexPage = last !== undefined && INDEX_PAGE.test(last);
  if (indexPage) segments.pop();
  if (segments.every((segment) => LANGUAGE_EDITION.test(segment))) return true;
  return segments.length === 1 && (indexPage || url.pathname.endsWith('/'));
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isHost(url: URL, domain: string): boolean {
  return url.hostname === domain || url.hostname.endsWith(`.${domain}`);
}

/** Lower case without spaces, punctuation or symbols, so that decorated link texts compare equal. */
function bareText(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The same page whatever its fragment or trailing slash. */
function pageKey(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href.replace(/\/$/, '');
}

function alternateLinks(links: readonly PageLink[]): EnglishVersionLinkFound[] {
  const declared = links.filter((link) => link.hreflang.startsWith('en'));
  const isAlternate = (link: PageLink): boolean => link.rel.split(/\s+/).includes('alternate');
  return [
    ...declared.filter(isAlternate).map((link) => ({ url: link.href, reason: `alternate link (hreflang ${link.hreflang})` })),
    ...declared.filter((link) => !isAlternate(link)).map((link) => ({ url: link.href, reason: `link marked hreflang ${link.hreflang}` })),
  ];
}

function nytChineseLinks(page: URL, links: readonly PageLink[]): EnglishVersionLinkFound[] {
  if (!isHost(page, 'cn.nytimes.com')) return [];
  const found: EnglishVersionLinkFound[] = links
    .filter((link) => NYT_FOOTER_TEXTS.has(bareText(link.text)))
    .map((link) => ({ url: link.href, reason: `NYT Chinese: link text ${link.text}` }));
  // Only the first link to a dated English article: the original is linked before any further reading.
  const original = links.find((link) => {
    const url = parse(link.href);
    return url !== null && isHost(url, 'nytimes.com') && !isHost(url, 'cn.nytimes.com') && NYT_ENGLISH_ARTICLE.test(url.pathname);
  });
  if (original) found.push({ url: original.href, reason: 'NYT Chinese: the English original on nytimes.com' });
  const article = NYT_CHINESE_ARTICLE.exec(page.pathname);
  if (article) found.push({ url: `${page.origin}${article[1]}/dual/`, reason: 'NYT Chinese: the bilingual version (/dual/)' });
  return found;
}

function ftChineseLinks(page: URL): EnglishVersionLinkFound[] {
  if (!isHost(page, 'ftchinese.com')) return [];
  const story = FT_STORY.exec(page.pathname);
  if (!story) return [];
  const base = `${page.origin}/story/${story[1]}`;
  return [
    { url: `${base}/en`, reason: 'FT Chinese: the English version (/en)' },
    { url: `${base}/ce`, reason: 'FT Chinese: the bilingual version (/ce)' },
  ];
}

function linkTextLinks(links: readonly PageLink[]): EnglishVersionLinkFound[] {
  return links
    .filter((link) => ENGLISH_LINK_TEXTS.has(bareText(link.text)))
    .map((link) => ({ url: link.href, reason: `link text ${link.text}` }));
}

/**
 * Where the English version of this page may be, surest first: alternate links declared English, rules of sites
 * that publish translations (NYT Chinese, FT Chinese), then links named "English" or 英文版. Web links only, each
 * once, never the page itself nor a home page or section front.
 */
export function englishVersionLinks(page: PageMeta): EnglishVersionLinkFound[] {
  const pageUrl = parse(page.url);
  if (pageUrl === null) return [];
  const candidates = [
    ...alternateLinks(page.links),
    ...nytChineseLinks(pageUrl, page.links),
    ...ftChineseLinks(pageUrl),
    ...linkTextLinks(page.links),
  ];
  const seen = new Set([pageKey(pageUrl)]);
  const found: EnglishVersionLinkFound[] = [];
  for (const candidate of candidates) {
    const url = parse(candidate.url);
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:') || isFrontPage(url)) continue;
    const key = pageKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ url: url.href, reason: candidate.reason });
  }
  return found;
}
