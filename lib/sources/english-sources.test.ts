import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_ENGLISH_PARAGRAPHS } from '../align/seed-article.fixture.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import { extractArticle } from '../extract/article-extraction.ts';
import { readHtmlPage } from '../extract/html-page-text.ts';
import type { PageText } from '../extract/text-block.ts';
import { translator } from '../i18n/translate.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { findEnglishSources, type SourceSearchDeps } from './english-sources.ts';
import type { Feed } from './feed-parser.ts';
import { FetchError } from './limited-fetch.ts';
import { searchStepText } from './search-step-text.ts';
import type { ArticleText, SourceSearchRequest } from './source-report.ts';

const SEED_PAGE = readFileSync(new URL('../../test/fixtures/pages/seed-traditional.html', import.meta.url), 'utf8');
const COVERAGE_URL = 'https://en.example/china/social-work.html';
const MARKETS_URL = 'https://en.example/business/markets.html';

function englishHtml([title = '', ...paragraphs]: readonly string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<html lang="en"><head><title>${escape(title)}</title><meta property="og:site_name" content="Example News"></head><body><article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`;
}

const MARKETS = [
  'Global stocks slip as investors weigh central bank signals',
  'Shares in Europe and Asia fell on Wednesday as investors weighed comments from central bankers on the path of interest rates, while oil prices edged higher.',
  'The pan-European index closed down 0.8 percent, with banks and technology companies among the biggest losers, and Japan’s Nikkei lost 1.2 percent.',
  'Analysts said markets had priced in several rate cuts next year and were nervous that inflation could prove more stubborn than expected.',
];

const PAGES: Record<string, string> = {
  [COVERAGE_URL]: englishHtml(SEED_ENGLISH_PARAGRAPHS),
  [MARKETS_URL]: englishHtml(MARKETS),
};

const FEED: Feed = {
  title: 'Example News',
  items: [
    { title: MARKETS[0] ?? '', url: MARKETS_URL, published: '2024-11-06', summary: MARKETS[1] ?? '' },
    { title: SEED_ENGLISH_PARAGRAPHS[0] ?? '', url: COVERAGE_URL, published: '2024-11-06', summary: SEED_ENGLISH_PARAGRAPHS[1] ?? '' },
    { title: 'An old story', url: 'https://en.example/old.html', published: '2024-10-01', summary: 'Xi Jinping social work' },
  ],
};

let dictionary: Dictionary;
let article: ArticleText;
let onPage: ArticleText;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
  const page = readHtmlPage(SEED_PAGE, 'https://zh.example/politics/20241106/seed.html');
  const chinese = extractArticle(page, { language: 'zh' });
  if (!chinese) throw new Error('the seed page has an article');
  article = { ...chinese, paragraphs: chinese.paragraphs.map((paragraph) => paragraph.text) };
  onPage = {
    url: article.url,
    title: SEED_ENGLISH_PARAGRAPHS[0] ?? '',
    date: null,
    site: 'Xinhua',
    paragraphs: SEED_ENGLISH_PARAGRAPHS.slice(1),
  };
});

function deps(overrides: Partial<SourceSearchDeps> = {}): SourceSearchDeps & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    dictionary,
    feeds: [],
    mayFetch: async () => true,
    fetchPage: async (url): Promise<PageText> => {
      fetched.push(url);
      const html = PAGES[url];
      if (html === undefined) throw new Error('server answered 404');
      return readHtmlPage(html, url);
    },
    fetchFeed: async (url) => {
      fetched.push(url);
      return FEED;
    },
    fetched,
    ...overrides,
  };
}

const request = (overrides: Partial<SourceSearchRequest> = {}): SourceSearchRequest => ({ article, onPage: null, links: [], ...overrides });

describe('findEnglishSources', () => {
  it('takes the English on the same page, aligned and summarized, and fetches nothing', async () => {
    const search = deps({ feeds: [{ url: 'https://en.example/rss.xml', name: 'Example', enabled: true }] });
    const report = await findEnglishSources(request({ onPage }), search);
    expect(report.source?.kind).toBe('page');
    expect(report.source?.confidence).toBeGreaterThan(0.5);
    expect(search.fetched).toEqual([]);
    const { sentences, summary } = report.source?.aligned ?? { sentences: [], summary: [] };
    expect(summary.length).toBeGreaterThanOrEqual(3);
    const conference = sentences.find((sentence) => sentence.text.startsWith('A central conference on social work'));
    expect(conference?.chinese.map((index) => article.paragraphs[index]).join('')).toContain('中央社會工作會議11月5日至6日在京召開');
  });

  it('follows an English-version link', async () => {
    const report = await findEnglishSources(request({ links: [{ url: COVERAGE_URL, reason: 'link text 英文版' }] }), deps());
    expect(report.source).toMatchObject({ kind: 'link', url: COVERAGE_URL, title: SEED_ENGLISH_PARAGRAPHS[0], site: 'Example News' });
  });

  it('asks for permission instead of reading a site the reader has not allowed', async () => {
    const search = deps({ mayFetch: async () => false });
    const report = await findEnglishSources(request({ links: [{ url: COVERAGE_URL, reason: 'link text 英文版' }] }), search);
    expect(report.source).toBeNull();
    expect(report.needsPermission).toEqual(['https://en.example/*']);
    expect(search.fetched).toEqual([]);
  });

  it('reports a page that redirects to a site the reader has not allowed, and offers to allow that site', async () => {
    const refused = (url: string) => new FetchError('not-allowed', 'redirected to tracker.example', undefined, url);
    const report = await findEnglishSources(
      request({ links: [{ url: COVERAGE_URL, reason: 'link text 英文版' }] }),
      deps({
        feeds: [{ url: 'https://en.example/rss.xml', name: 'Example', enabled: true }],
        fetchPage: async () => Promise.reject(refused('https://tracker.example/story')),
        fetchFeed: async () => Promise.reject(refused('http://feeds.example/rss')),
      }),
    );
    expect(report.source).toBeNull();
    expect(report.searched.map((step) => searchStepText(step, translator('en')))).toEqual([
      'this page: no English text',
      'en.example: not read: it redirects to tracker.example, a site you have not allowed Duizhao to read',
      'Example: not read: it redirects to feeds.example, a site you have not allowed Duizhao to read',
    ]);
    expect(report.needsPermission).toEqual(['https://tracker.example/*', 'http://feeds.example/*']);
  });

  it('asks for permission when the reader withdrew it between the check and the fetch', async () => {
    const report = await findEnglishSources(
      request({ links: [{ url: COVERAGE_URL, reason: 'link text 英文版' }] }),
      deps({ fetchPage: async (url) => Promise.reject(new FetchError('not-allowed', 'not allowed', undefined, url)) }),
    );
    expect(report.searched[1]).toMatchObject({ outcome: { code: 'needs-permission', to: 'site' }, failed: true });
    expect(report.needsPermission).toEqual(['https://en.example/*']);
  });

  it('finds the story among a feed’s items of the article’s days, and lists the others as weaker candidates', async () => {
    const search = deps({ feeds: [{ url: 'https://en.example/rss.xml', name: 'Example', enabled: true }] });
    const report = await findEnglishSources(request(), search);
    expect(report.source).toMatchObject({ kind: 'feed', url: COVERAGE_URL, site: 'Example' });
    expect(search.fetched).not.toContain('https://en.example/old.html');
    expect(report.alternatives.every((alternative) => alternative.confidence < (report.source?.confidence ?? 0))).toBe(true);
    expect(report.searched.map((step) => searchStepText(step, translator('en')))).toContain("Example: 2 of 3 items from the article's days");
  });

  it('shows nothing when no candidate is the story, and reports every place it looked, failures included', async () => {
    const report = await findEnglishSources(
      request({ links: [{ url: 'https://en.example/missing.html', reason: 'link text English' }] }),
      deps({
        feeds: [
          { url: 'https://en.example/rss.xml', name: 'Example', enabled: true },
          { url: 'https://en.example/off.xml', name: 'Switched off', enabled: false },
        ],
        fetchFeed: async () => ({ title: 'Markets', items: [{ title: MARKETS[0] ?? '', url: MARKETS_URL, published: '2024-11-06', summary: '' }] }),
      }),
    );
    expect(report.source).toBeNull();
    expect(report.searched.map((step) => searchStepText(step, translator('en')))).toEqual([
      'this page: no English text',
      'en.example: could not be read: server answered 404',
      "Example: 1 of 1 items from the article's days",
      'en.example: read “Global stocks slip as investors weigh central bank signals”',
    ]);
  });
});
