import { browser } from 'wxt/browser';
import { readHtmlPage } from '../lib/extract/html-page-text.ts';
import type { PageText } from '../lib/extract/text-block.ts';
import { FeedCache } from '../lib/sources/feed-cache.ts';
import { parseFeed, type Feed } from '../lib/sources/feed-parser.ts';
import { fetchText } from '../lib/sources/limited-fetch.ts';
import { originPattern } from '../lib/sources/source-report.ts';

/**
 * How the background reads the web for the source search: only sites the reader allowed, redirects included (a
 * Chromium extension's worker can fetch any host whatever its permissions, so this check is the only guard), within
 * a time and size limit, remembering answers for a while so that reopening the popup does not fetch everything again.
 */
const PAGE_LIMITS = { timeoutMs: 10_000, maxBytes: 3_000_000 };
const FEED_LIMITS = { timeoutMs: 10_000, maxBytes: 2_000_000 };

export class WebReader {
  private readonly pages = new FeedCache<PageText>();
  private readonly feeds = new FeedCache<Feed>();

  mayFetch(url: string): Promise<boolean> {
    return browser.permissions.contains({ origins: [originPattern(url)] });
  }

  fetchPage(url: string): Promise<PageText> {
    return this.pages.get(url, async () => {
      const page = await fetchText(url, { ...PAGE_LIMITS, mayFetch: (address) => this.mayFetch(address) });
      return readHtmlPage(page.text, page.url);
    });
  }

  fetchFeed(url: string): Promise<Feed> {
    return this.feeds.get(url, async () => parseFeed((await fetchText(url, { ...FEED_LIMITS, mayFetch: (address) => this.mayFetch(address) })).text, url));
  }
}
