import { extractArticle, type ExtractedArticle } from '../../lib/extract/article-extraction.ts';
import { englishVersionLinks } from '../../lib/extract/english-version-links.ts';
import { englishCoverageOnPage } from '../../lib/extract/same-page-english.ts';
import type { ArticleText, SourceSearchRequest } from '../../lib/sources/source-report.ts';
import { readLivePage } from './page-blocks.ts';

function articleText(article: ExtractedArticle): ArticleText {
  return {
    url: article.url,
    title: article.title,
    date: article.date,
    site: article.site,
    paragraphs: article.paragraphs.map((paragraph) => paragraph.text),
  };
}

/**
 * The page's article as the popup's search needs it, read when the popup asks (never on page load), and the
 * elements of its paragraphs, so that a summary sentence can point at the paragraph it came from.
 */
export class ArticleOnPage {
  private elements: Element[] = [];

  constructor(private readonly document: Document) {}

  read(): SourceSearchRequest | null {
    const { page, elements } = readLivePage(this.document);
    const article = extractArticle(page, { language: 'zh' });
    if (article === null) {
      this.elements = [];
      return null;
    }
    this.elements = article.paragraphs.map((paragraph) => elements[paragraph.block]).filter((element) => element !== undefined);
    const english = englishCoverageOnPage(page, article);
    return {
      article: articleText(article),
      onPage: english && articleText(english),
      links: englishVersionLinks(page.meta),
    };
  }

  /** The rows of "side by side" with the elements they go under; rows whose paragraph is gone are left out. */
  place<Row extends { paragraph: number }>(rows: readonly Row[]): (Row & { element: Element })[] {
    return rows.flatMap((row) => {
      const element = this.paragraph(row.paragraph);
      return element ? [{ ...row, element }] : [];
    });
  }

  /** The element of a paragraph of the article read last, while it is still in the page. */
  paragraph(index: number): Element | null {
    const element = this.elements[index];
    return element?.isConnected ? element : null;
  }
}
