import { SEED_ARTICLE } from '../demo/seed-article.ts';

const { chinese, english } = SEED_ARTICLE;

/**
 * The seed article's Chinese as the text of its original page, line by line: the `<title>` (headline and deck),
 * then the byline run into the headline (the page has no break between them), the deck's lines, the subtitle and
 * the body.
 */
export const SEED_CHINESE_PARAGRAPHS: string[] = [
  [chinese.headline, ...chinese.deck].join(' '),
  chinese.byline + chinese.headline,
  ...chinese.deck,
  chinese.subtitle,
  ...chinese.paragraphs,
];

/** The English coverage: its headline, then its paragraphs. */
export const SEED_ENGLISH_PARAGRAPHS: string[] = [english.headline, ...english.paragraphs];
