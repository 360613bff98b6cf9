/**
 * The reader's list of English feeds, as stored. Every stored value is read through `parseFeedList`.
 */
export interface FeedSource {
  url: string;
  name: string;
  enabled: boolean;
}

/** Far more than a reader follows; few enough to fetch on each article and to stay inside the sync storage quota. */
export const MAX_FEEDS = 50;
export const MAX_FEED_NAME_LENGTH = 100;

/**
 * English services of Chinese-language outlets and English coverage of China.
 *
 * None of these addresses was fetched from here (there is no network where this was written). They were checked
 * against public code and stored pages, as of 2025–2026:
 * - Focus Taiwan: a stored copy of the feed itself (June 2026). CNA serves its English feed from FeedBurner; another
 *   project notes that focustaiwan.tw/rss answers 404.
 * - SCMP China: an archive of the feed's items (2024–2025), under its own title "China - South China Morning Post".
 * - CGTN, Global Times, Taipei Times, RTHK, BBC and The New York Times: the addresses many feed readers use.
 * - Xinhua and China Daily: other projects report their feeds frozen (Xinhua's newest item from 2018; China Daily's
 *   from 2017, or 404). They are listed, off, for readers who want to try them.
 * - Global Times: one project reports the feed carries a months-long recommendation set rather than the latest news;
 *   the date window filters the old items out.
 */
export const DEFAULT_FEEDS: readonly FeedSource[] = Object.freeze([
  { url: 'https://www.scmp.com/rss/4/feed', name: 'South China Morning Post: China', enabled: true },
  { url: 'https://feeds.feedburner.com/rsscna/engnews', name: 'Focus Taiwan (CNA English)', enabled: true },
  { url: 'https://www.taipeitimes.com/xml/index.rss', name: 'Taipei Times', enabled: true },
  { url: 'https://rthk.hk/rthk/news/rss/e_expressnews_egreaterchina.xml', name: 'RTHK English: Greater China', enabled: true },
  { url: 'https://www.cgtn.com/subscribe/rss/section/china.xml', name: 'CGTN: China', enabled: true },
  { url: 'https://www.globaltimes.cn/rss/outbrain.xml', name: 'Global Times', enabled: true },
  { url: 'https://feeds.bbci.co.uk/news/world/asia/china/rss.xml', name: 'BBC News: China', enabled: true },
  { url: 'https://rss.nytimes.com/services/xml/rss/nyt/AsiaPacific.xml', name: 'The New York Times: Asia Pacific', enabled: true },
  { url: 'https://english.news.cn/rss/worldrss.xml', name: 'Xinhua English', enabled: false },
  { url: 'https://www.chinadaily.com.cn/rss/china_rss.xml', name: 'China Daily: China', enabled: false },
].map((feed) => Object.freeze(feed)));

/** A feed address as the reader typed it, normalised, or null when it is not an http(s) address. */
export function parseFeedUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  // Credentials in a stored address would be sent with every fetch and shown in the options page.
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return null;
  url.hash = '';
  return url.href.length <= 2048 ? url.href : null;
}

function feedName(raw: unknown, url: string): string {
  const name = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
  return Array.from(name || new URL(url).hostname).slice(0, MAX_FEED_NAME_LENGTH).join('');
}

/**
 * Reads any stored value into a valid feed list: invalid entries are dropped, the first of two entries for the same
 * address wins, and the list is capped. Nothing stored yet (or something unreadable) gives the default list; an
 * empty list stays empty, since the reader may have removed every feed.
 */
export function parseFeedList(raw: unknown): FeedSource[] {
  if (!Array.isArray(raw)) return DEFAULT_FEEDS.map((feed) => ({ ...feed }));
  const feeds = new Map<string, FeedSource>();
  for (const item of raw) {
    if (feeds.size === MAX_FEEDS) break;
    if (typeof item !== 'object' || item === null) continue;
    const { url, name, enabled } = item as Record<string, unknown>;
    const href = typeof url === 'string' ? parseFeedUrl(url) : null;
    if (!href || feeds.has(href)) continue;
    feeds.set(href, { url: href, name: feedName(name, href), enabled: typeof enabled === 'boolean' ? enabled : true });
  }
  return [...feeds.values()];
}

/**
 * The match patterns host permissions must cover to fetch the enabled feeds: one per scheme and host. The port is
 * left out: a pattern without one covers every port, and Firefox's patterns cannot name one.
 */
export function feedOrigins(list: readonly FeedSource[]): string[] {
  const patterns = new Set<string>();
  for (const feed of list) {
    if (!feed.enabled) continue;
    const href = parseFeedUrl(feed.url);
    if (href) {
      const url = new URL(href);
      patterns.add(`${url.protocol}//${url.hostname}/*`);
    }
  }
  return [...patterns];
}
