import { bodyParagraphs, extractArticle, isArticleLength, type ExtractedArticle } from './article-extraction.ts';
import type { PageText } from './text-block.ts';

/** One English block in a Chinese story is a quotation, not coverage. */
const MIN_ENGLISH_PARAGRAPHS = 2;

/**
 * English coverage printed on the Chinese article's own page: a separate English article after it (Xinhua's
 * bilingual pages), English paragraphs interleaved with the Chinese in one container (China Daily), or paragraph
 * pairs in rows (NYT Chinese `/dual/` pages, whose rows all sit in one body that outscores any single row). English
 * extraction finds all three, since it scores only English blocks and leaves navigation and short menu items out.
 * Blocks already read as the Chinese article (a mixed block declared `lang="en"`) are not English coverage.
 * Null when what remains is too little English to be an article.
 */
export function englishCoverageOnPage(page: PageText, chinese: ExtractedArticle): ExtractedArticle | null {
  const english = extractArticle(page, { language: 'en' });
  if (english === null) return null;
  const chineseBlocks = new Set(chinese.paragraphs.map((paragraph) => paragraph.block));
  const paragraphs = english.paragraphs.filter((paragraph) => !chineseBlocks.has(paragraph.block));
  if (bodyParagraphs(page, paragraphs).length < MIN_ENGLISH_PARAGRAPHS || !isArticleLength(page, paragraphs, 'en')) return null;
  return { ...english, paragraphs };
}
