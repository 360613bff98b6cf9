import { articleDate } from './article-date.ts';
import { LETTER_WEIGHT, scriptCounts } from './script-counts.ts';
import type { PageText, TextBlock } from './text-block.ts';
import { widgetBlocks } from './article-widgets.ts';
import { isSignatureLine } from './article-byline.ts';
import { withoutSiteSuffix } from './title-site-suffix.ts';

export type ArticleLanguage = 'zh' | 'en';

export interface ExtractedParagraph {
  text: string;
  /** Index into `page.blocks`. */
  block: number;
}

export interface ExtractedArticle {
  url: string;
  title: string;
  /** YYYY-MM-DD, when the page tells. */
  date: string | null;
  /** og:site_name, else the host. */
  site: string;
  paragraphs: ExtractedParagraph[];
}

/** A block is in a language when at least this share of its measured text is. */
const MOSTLY = 0.6;
/** Blocks declared `lang="en…"` need only this share of letters: an English text quoting Chinese names and terms. */
const DECLARED_ENGLISH_SHARE = 0.3;
/** Blocks shorter than this (in equivalents) are captions, labels or menu items: they do not vote for a container. */
const SCORING_MIN = 25;
/** Paragraphs shorter than this are dropped (about six characters, or four English words), headlines excepted. */
const PARAGRAPH_MIN = 6;
/** List items and table cells vote half: lists of headlines and tables of figures look like text but rarely are the story. */
const WEAK_VOTE_TAGS = new Set(['li', 'td', 'th', 'dd', 'dt']);
/** A sibling container joins the article when its score reaches this share of the best one (as in Readability). */
const SIBLING_SHARE = 0.2;
const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3']);
/** An article needs this much text, or it is a teaser, a caption or a menu. */
const MIN_PARAGRAPHS = 2;
const MIN_HAN = 60;
const MIN_ENGLISH_WORDS = 50;

/** Metadata lines: several labels (來源:新華網 | 作者: | 責任編輯:…), or a short line that opens with one. */
const BYLINE_LABEL =
  /(?:来源|來源|作者|责任编辑|責任編輯|编辑|編輯|发布时间|發佈時間|發布時間|记者|記者|字号|字號|浏览|瀏覽|source|editor|author|by)\s*[:：]/gi;
const BYLINE_OPENING = /^\s*[(（【[]?\s*(?:来源|來源|作者|责任编辑|責任編輯|编辑|編輯|source|editor)\s*[:：]/i;
const BYLINE_MAX_CHARS = 120;
const SHORT_BYLINE_CHARS = 40;

const ENGLISH_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*/gu;

/** A declared language other than English or Chinese: Latin letters there are French, German… not English. */
function declaresOtherLanguage(lang: string): boolean {
  return lang !== '' && !lang.startsWith('en') && !lang.startsWith('zh');
}

function textWeight(text: string, lang: string, language: ArticleLanguage): number {
  const { han, latin } = scriptCounts(text);
  const letters = latin * LETTER_WEIGHT;
  const total = han + letters;
  if (total === 0) return 0;
  if (language === 'zh') return han >= MOSTLY * total ? han : 0;
  if (declaresOtherLanguage(lang)) return 0;
  const share = lang.startsWith('en') ? DECLARED_ENGLISH_SHARE : MOSTLY;
  return letters >= share * total ? letters : 0;
}

/**
 * How much of the block's text is in the language, in Chinese-character equivalents, when the block is mostly in
 * it; 0 when it is not.
 */
export function languageWeight(block: TextBlock, language: ArticleLanguage): number {
  return textWeight(block.text, block.lang, language);
}

function isHeadline(block: TextBlock): boolean {
  return HEADLINE_TAGS.has(block.tag);
}

function isByline(text: string): boolean {
  if (text.length > BYLINE_MAX_CHARS) return false;
  const labels = text.match(BYLINE_LABEL)?.length ?? 0;
  return labels >= 2 || (labels === 1 && text.length <= SHORT_BYLINE_CHARS && BYLINE_OPENING.test(text));
}

/** Scores of containers (element ids), each block voting for its parent in full and its grandparent by half. */
function containerScores(blocks: readonly TextBlock[], weights: readonly number[]): Map<number, number> {
  const scores = new Map<number, number>();
  const vote = (id: number | undefined, score: number): void => {
    if (id !== undefined) scores.set(id, (scores.get(id) ?? 0) + score);
  };
  blocks.forEach((block, index) => {
    const weight = weights[index] ?? 0;
    if (block.boilerplate || isHeadline(block) || weight < SCORING_MIN) return;
    const share = WEAK_VOTE_TAGS.has(block.tag) ? weight / 2 : weight;
    vote(block.path.at(-2), share);
    vote(block.path.at(-3), share / 2);
  });
  return scores;
}

function bestContainer(scores: ReadonlyMap<number, number>): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (const [id, score] of scores) {
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

interface ContainerPlace {
  /** The first block under it. */
  first: number;
  /** Its index in the paths of the blocks under it. */
  depth: number;
  /** Its parent's id, undefined at the root. */
  parent: number | undefined;
}

function containerPlace(blocks: readonly TextBlock[], container: number): ContainerPlace {
  const first = blocks.findIndex((block) => block.path.includes(container));
  const depth = blocks[first]?.path.indexOf(container) ?? -1;
  return { first, depth, parent: depth > 0 ? blocks[first]?.path[depth - 1] : undefined };
}

/**
 * Which blocks belong to the article: those inside the best container; inside its siblings that score well enough
 * (a story split by an advertisement); and, standing beside it, long paragraphs and the headlines before it.
 * Paths list every ancestor from the root, so an element sits at the same index in every path through it.
 */
function articleRegion(
  blocks: readonly TextBlock[],
  weights: readonly number[],
  scores: ReadonlyMap<number, number>,
  container: number,
  { first, depth, parent }: ContainerPlace,
): (block: TextBlock, index: number) => boolean {
  const containerScore = scores.get(container) ?? 0;
  return (block, index) => {
    if (block.path[depth] === container) return true;
    if (parent === undefined || block.path[depth - 1] !== parent) return false;
    const branch = block.path[depth];
    if (branch === undefined) return false;
    if (branch === block.path.at(-1)) return isHeadline(block) ? index < first : (weights[index] ?? 0) >= SCORING_MIN;
    return (scores.get(branch) ?? 0) >= SIBLING_SHARE * containerScore;
  };
}

function englishWords(text: string): number {
  return text.match(ENGLISH_WORD)?.length ?? 0;
}

function tagOf(page: PageText, paragraph: ExtractedParagraph): string {
  return page.blocks[paragraph.block]?.tag ?? '';
}

/** Paragraphs of the page that are not headlines. */
export function bodyParagraphs(page: PageText, paragraphs: readonly ExtractedParagraph[]): ExtractedParagraph[] {
  return paragraphs.filter((paragraph) => !HEADLINE_TAGS.has(tagOf(page, paragraph)));
}

/** Whether paragraphs make an article rather than a teaser, a caption or a menu: headlines alone do not. */
export function isArticleLength(page: PageText, paragraphs: readonly ExtractedParagraph[], language: ArticleLanguage): boolean {
  const body = bodyParagraphs(page, paragraphs);
  if (language === 'en') return body.reduce((sum, { text }) => sum + englishWords(text), 0) >= MIN_ENGLISH_WORDS;
  return body.length >= MIN_PARAGRAPHS && body.reduce((sum, { text }) => sum + scriptCounts(text).han, 0) >= MIN_HAN;
}

function isInLanguage(text: string, language: ArticleLanguage): boolean {
  return textWeight(text, '', language) > 0;
}

function h1Before(page: PageText, index: number, language: ArticleLanguage): string | null {
  for (let before = index - 1; before >= 0; before--) {
    const block = page.blocks[before];
    if (block?.tag === 'h1' && !block.boilerplate && isInLanguage(block.text, language)) return block.text;
  }
  return null;
}

/** What may follow a headline in a page's title: the separator before the site's or the blog's name. */
const TITLE_SEPARATOR = /^\s*(?:[@|｜_\-–—:：·•»/\\]|::)/u;

/** The article's headlines: its own, and the last one before its first paragraph (a blog post's h2 over the text). */
function articleHeadlines(page: PageText, paragraphs: readonly ExtractedParagraph[]): string[] {
  const headlines = paragraphs.filter((paragraph) => HEADLINE_TAGS.has(tagOf(page, paragraph))).map(({ text }) => text);
  for (let before = (paragraphs[0]?.block ?? 0) - 1; before >= 0; before--) {
    const block = page.blocks[before];
    if (block && !block.boilerplate && isHeadline(block)) {
      headlines.push(block.text);
      break;
    }
  }
  return headlines;
}

/**
 * The article's headline that opens the page's title (og:title or <title>) before a separator, the longest if
 * several: "標題(2) @ 部落格名_副名 :: 痞客邦 ::" is the headline whatever the site's name looks like.
 */
function headlineOpeningTitle(page: PageText, paragraphs: readonly ExtractedParagraph[], language: ArticleLanguage): string | null {
  const titles = [page.meta.meta['og:title'] ?? '', page.meta.title].map((title) => title.replace(/\s+/g, ' ').trim());
  const longest = Math.max(...titles.map((title) => title.length));
  let found: string | null = null;
  for (const headline of articleHeadlines(page, paragraphs)) {
    // Lengths first: a page of many long headlines costs no more than their number.
    if (headline.length > longest || (found !== null && found.length >= headline.length)) continue;
    const opens = titles.some((title) => title === headline || (title.startsWith(headline) && TITLE_SEPARATOR.test(title.slice(headline.length))));
    if (opens && isInLanguage(headline, language)) found = headline;
  }
  return found;
}

/**
 * The first in the language of: the article's headline that opens the page's title; og:title; the h1 in the
 * article or before it; another headline in the article (an English article on a Chinese page is often headed by
 * an h2); the page title. Site names are stripped.
 */
function articleTitle(page: PageText, paragraphs: readonly ExtractedParagraph[], language: ArticleLanguage): string {
  const opening = headlineOpeningTitle(page, paragraphs, language);
  if (opening !== null) return opening;
  const ogTitle = withoutSiteSuffix(page.meta.meta['og:title'] ?? '');
  if (isInLanguage(ogTitle, language)) return ogTitle;
  const h1 = paragraphs.find((paragraph) => tagOf(page, paragraph) === 'h1')?.text ?? h1Before(page, paragraphs[0]?.block ?? 0, language);
  if (h1 !== null) return h1;
  const headline = paragraphs.find((paragraph) => HEADLINE_TAGS.has(tagOf(page, paragraph)));
  if (headline) return headline.text;
  const title = withoutSiteSuffix(page.meta.title);
  return isInLanguage(title, language) ? title : '';
}

function siteName(page: PageText): string {
  const name = page.meta.meta['og:site_name']?.trim();
  if (name) return name;
  try {
    return new URL(page.meta.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The page's article in the language, chosen as Readability does, simplified: blocks mostly in the language vote
 * for the containers around them by their length, the best container wins, and its blocks long enough to be
 * paragraphs (headlines always) form the article, in page order, without bylines. Null when the page has no
 * article in that language.
 */
export function extractArticle(page: PageText, options: { language: ArticleLanguage }): ExtractedArticle | null {
  const { language } = options;
  const weights = page.blocks.map((block) => languageWeight(block, language));
  const scores = containerScores(page.blocks, weights);
  const container = bestContainer(scores);
  if (container === null) return null;
  const place = containerPlace(page.blocks, container);
  const inRegion = articleRegion(page.blocks, weights, scores, container, place);
  const region: number[] = [];
  page.blocks.forEach((block, index) => {
    if (inRegion(block, index)) region.push(index);
  });
  const widgets = widgetBlocks(page.blocks, region, place.depth, page.widgetHolders);
  const paragraphs: ExtractedParagraph[] = [];
  for (const index of region) {
    const block = page.blocks[index];
    const weight = weights[index] ?? 0;
    if (!block || block.boilerplate || weight === 0) continue;
    if (!isHeadline(block) && (weight < PARAGRAPH_MIN || isByline(block.text) || isSignatureLine(block.text) || widgets.has(index))) continue;
    paragraphs.push({ text: block.text, block: index });
  }
  if (!isArticleLength(page, paragraphs, language)) return null;
  const title = articleTitle(page, paragraphs, language);
  return {
    url: page.meta.url,
    title,
    date: articleDate(page),
    site: siteName(page),
    paragraphs: withoutRepeatedTitle(page, paragraphs, title),
  };
}

/** Paragraphs of the story's top searched for the headline repeated in the text. */
const TITLE_REPEAT_REACH = 3;

/** Letters and digits only: the same headline set with a space in the h1 and a comma in the text (办事 / ，办事). */
function headlineKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Print-edition and reposted stories repeat their headline as their first line (often in bold, punctuated
 * differently): that line is the title, not a paragraph. Headline blocks stay (the CLI drops the title there).
 */
function withoutRepeatedTitle(page: PageText, paragraphs: ExtractedParagraph[], title: string): ExtractedParagraph[] {
  const key = headlineKey(title);
  if (key === '') return paragraphs;
  let body = 0;
  return paragraphs.filter((paragraph) => {
    if (HEADLINE_TAGS.has(tagOf(page, paragraph))) return true;
    return body++ >= TITLE_REPEAT_REACH || headlineKey(paragraph.text) !== key;
  });
}
