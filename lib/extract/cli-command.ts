import { decodeBody } from '../sources/limited-fetch.ts';
import { extractArticle, type ArticleLanguage, type ExtractedArticle } from './article-extraction.ts';
import { articleByline } from './article-byline.ts';
import { readHtmlPage } from './html-page-text.ts';

/** What `duizhao extract` prints: the article as the popup and the English search read it. */
export interface ExtractCommandResult {
  title: string;
  /** YYYY-MM-DD, when the page tells. */
  date: string | null;
  byline: string | null;
  /** The language of the article found: Chinese first, as the extension looks for it, else English. */
  lang: ArticleLanguage;
  paragraphs: string[];
}

/**
 * A saved page's article, read as the background reads a fetched one: the bytes decoded by their byte-order mark
 * or `<meta charset>` (a file has no Content-Type), the markup tokenized, never run. Null when it has no article.
 */
export function extractCommand(bytes: Uint8Array, url: string): ExtractCommandResult | null {
  const page = readHtmlPage(decodeBody(bytes, ''), url);
  for (const lang of ['zh', 'en'] as const) {
    const article = extractArticle(page, { language: lang });
    if (article) return result(article, lang, articleByline(page));
  }
  return null;
}

function result(article: ExtractedArticle, lang: ArticleLanguage, byline: string | null): ExtractCommandResult {
  const paragraphs = article.paragraphs.map((paragraph) => paragraph.text);
  // The headline is the title, not a paragraph of the story.
  if (paragraphs[0] === article.title) paragraphs.shift();
  return { title: article.title, date: article.date, byline, lang, paragraphs };
}
