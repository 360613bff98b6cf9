import type { Dictionary } from '../dictionary/dictionary.ts';
import { extractArticle } from '../extract/article-extraction.ts';
import type { PageText } from '../extract/text-block.ts';
import { matchChineseArticle, prepareEnglishArticle } from '../match/article-matcher.ts';
import { confidenceOf } from '../match/match-confidence.ts';
import { alignSource } from './aligned-source.ts';
import { withinDays } from './date-window.ts';
import type { Feed } from './feed-parser.ts';
import type { FeedSource } from './feed-list.ts';
import { FetchError } from './limited-fetch.ts';
import {
  originPattern,
  type ArticleText,
  type SearchOutcome,
  type SearchStep,
  type SourceAlternative,
  type SourceKind,
  type SourceReport,
  type SourceSearchRequest,
} from './source-report.ts';
import { errorMessage } from '../error-message.ts';

/** What the search needs from its surroundings; the background passes the real ones, tests fake them. */
export interface SourceSearchDeps {
  /** Prepared for the Chinese article's words (`wordsToPrepare`). */
  dictionary: Dictionary;
  feeds: readonly FeedSource[];
  /** Whether the extension holds the host permission to read this URL. */
  mayFetch(url: string): Promise<boolean>;
  fetchPage(url: string): Promise<PageText>;
  fetchFeed(url: string): Promise<Feed>;
}

interface Candidate extends ArticleText {
  kind: SourceKind;
}

/** English-version links worth fetching: the first rules found are the surest. */
const MOST_LINKS = 3;
/** Feed items published this many days before or after the article are candidates: coverage follows within days. */
const DATE_WINDOW_DAYS = 2;
/** Feed items whose pages are read in full, best first by what their titles and summaries share with the article. */
const MOST_FEED_PAGES = 3;
const MOST_ALTERNATIVES = 3;
/** Alternatives this unlikely are unrelated stories: listing them would only mislead. */
const LEAST_ALTERNATIVE_CONFIDENCE = 0.01;


function hostOf(url: string): string {
  return new URL(url).hostname;
}

/**
 * How a failed fetch is reported. A site the reader has not allowed, whether the address's own (permission withdrawn
 * meanwhile) or one it redirected to, is offered for allowing; any other failure is told as it came.
 */
function failureOutcome(error: unknown, url: string, to: 'site' | 'feed', needsPermission: Set<string>): SearchOutcome {
  if (!(error instanceof FetchError) || error.reason !== 'not-allowed' || error.url === undefined) {
    return { code: 'failed', reason: errorMessage(error) };
  }
  const refused = originPattern(error.url);
  needsPermission.add(refused);
  return refused === originPattern(url) ? { code: 'needs-permission', to } : { code: 'redirect-not-allowed', host: hostOf(error.url) };
}

function articleText(article: ArticleText): string {
  return [article.title, ...article.paragraphs].join('\n');
}

/** An English article read from a fetched page, or null with the reason in `steps`. */
async function readEnglishPage(
  url: string,
  kind: SourceKind,
  deps: SourceSearchDeps,
  steps: SearchStep[],
  needsPermission: Set<string>,
): Promise<Candidate | null> {
  const where = { name: hostOf(url) };
  if (!(await deps.mayFetch(url))) {
    needsPermission.add(originPattern(url));
    steps.push({ kind, where, outcome: { code: 'needs-permission', to: 'site' }, failed: true });
    return null;
  }
  try {
    const article = extractArticle(await deps.fetchPage(url), { language: 'en' });
    if (article === null) {
      steps.push({ kind, where, outcome: { code: 'no-article' }, failed: true });
      return null;
    }
    steps.push({ kind, where, outcome: { code: 'read', title: article.title }, failed: false });
    return {
      kind,
      url: article.url,
      title: article.title,
      date: article.date,
      site: article.site,
      paragraphs: article.paragraphs.map((paragraph) => paragraph.text),
    };
  } catch (error) {
    steps.push({ kind, where, outcome: failureOutcome(error, url, 'site', needsPermission), failed: true });
    return null;
  }
}

/** Candidates from the reader's feeds: items of the article's days, the likeliest read in full, the rest by title and summary. */
async function feedCandidates(
  request: SourceSearchRequest,
  deps: SourceSearchDeps,
  steps: SearchStep[],
  needsPermission: Set<string>,
): Promise<Candidate[]> {
  const enabled = deps.feeds.filter((feed) => feed.enabled);
  const items = await Promise.all(
    enabled.map(async (feed): Promise<Candidate[]> => {
      const where = { name: feed.name };
      if (!(await deps.mayFetch(feed.url))) {
        needsPermission.add(originPattern(feed.url));
        steps.push({ kind: 'feed', where, outcome: { code: 'needs-permission', to: 'feed' }, failed: true });
        return [];
      }
      try {
        const { items: all } = await deps.fetchFeed(feed.url);
        const recent = all.filter((item) => withinDays(item.published, request.article.date, DATE_WINDOW_DAYS));
        steps.push({ kind: 'feed', where, outcome: { code: 'feed-items', recent: recent.length, total: all.length }, failed: false });
        return recent.map((item) => ({
          kind: 'feed',
          url: item.url,
          title: item.title,
          date: item.published?.slice(0, 10) ?? null,
          site: feed.name,
          paragraphs: item.summary ? [item.summary] : [],
        }));
      } catch (error) {
        steps.push({ kind: 'feed', where, outcome: failureOutcome(error, feed.url, 'feed', needsPermission), failed: true });
        return [];
      }
    }),
  );
  const candidates = items.flat();
  if (candidates.length === 0) return [];
  const { scores } = matchChineseArticle(articleText(request.article), candidates.map(prepared), deps.dictionary);
  const likeliest = candidates
    .map((candidate, i) => ({ candidate, score: scores[i] ?? 0 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MOST_FEED_PAGES)
    .map(({ candidate }) => candidate);
  const full = await Promise.all(likeliest.map((item) => readEnglishPage(item.url, 'feed', deps, steps, needsPermission)));
  // A page that could not be read still counts by its title and summary.
  return candidates.map((candidate) => {
    const index = likeliest.indexOf(candidate);
    const page = index >= 0 ? full[index] : null;
    return page ? { ...page, site: candidate.site, date: page.date ?? candidate.date } : candidate;
  });
}

function prepared(candidate: Candidate, index: number) {
  return prepareEnglishArticle({ name: String(index), text: articleText(candidate) });
}

/**
 * Looks for the English coverage of a Chinese article, surest places first: English on the same page, the page's
 * English-version links, then the reader's feeds (only when the first two found nothing confidently). The best
 * candidate is shown only when the matcher is confident it is the same story; the others are listed as
 * alternatives, and every place searched is reported.
 */
export async function findEnglishSources(request: SourceSearchRequest, deps: SourceSearchDeps): Promise<SourceReport> {
  const steps: SearchStep[] = [];
  const needsPermission = new Set<string>();
  const candidates: Candidate[] = [];
  if (request.onPage) {
    candidates.push({ kind: 'page', ...request.onPage });
    steps.push({ kind: 'page', where: 'this-page', outcome: { code: 'english-on-page', paragraphs: request.onPage.paragraphs.length }, failed: false });
  } else {
    steps.push({ kind: 'page', where: 'this-page', outcome: { code: 'no-english' }, failed: true });
  }
  if (request.links.length === 0) steps.push({ kind: 'link', where: 'this-page', outcome: { code: 'no-link' }, failed: true });
  for (const link of request.links.slice(0, MOST_LINKS)) {
    const page = await readEnglishPage(link.url, 'link', deps, steps, needsPermission);
    if (page) candidates.push(page);
  }

  const chineseText = articleText(request.article);
  const match = (all: readonly Candidate[]) => matchChineseArticle(chineseText, all.map(prepared), deps.dictionary);
  let result = match(candidates);
  if (result.match === null) {
    if (deps.feeds.some((feed) => feed.enabled)) candidates.push(...(await feedCandidates(request, deps, steps, needsPermission)));
    else steps.push({ kind: 'feed', where: 'feeds', outcome: { code: 'no-feeds' }, failed: true });
    result = match(candidates);
  }

  const bestIndex = result.match === null ? -1 : Number(result.match);
  const best = candidates[bestIndex];
  const alternatives: SourceAlternative[] = candidates
    .map((candidate, i) => ({
      candidate,
      i,
      confidence: confidenceOf(result.scores[i] ?? 0, result.scores.filter((_, j) => j !== i)).probability,
    }))
    .filter(({ i, confidence }) => i !== bestIndex && confidence >= LEAST_ALTERNATIVE_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, MOST_ALTERNATIVES)
    .map(({ candidate, confidence }) => ({ kind: candidate.kind, url: candidate.url, title: candidate.title, site: candidate.site, confidence }));
  return {
    source: best
      ? {
          kind: best.kind,
          url: best.url,
          title: best.title,
          site: best.site,
          date: best.date,
          confidence: result.confidence.probability,
          paragraphs: best.paragraphs,
          aligned: alignSource(request.article.paragraphs, best.paragraphs, deps.dictionary),
        }
      : null,
    alternatives,
    searched: steps,
    needsPermission: [...needsPermission],
  };
}
