import { describe, expect, it } from 'vitest';
import { DEFAULT_FEEDS, feedOrigins, MAX_FEED_NAME_LENGTH, MAX_FEEDS, parseFeedList, parseFeedUrl } from './feed-list.ts';

describe('DEFAULT_FEEDS', () => {
  it('is a valid, https-only list that parsing leaves unchanged', () => {
    expect(parseFeedList(DEFAULT_FEEDS)).toEqual(DEFAULT_FEEDS);
    expect(DEFAULT_FEEDS.every((feed) => feed.url.startsWith('https://'))).toBe(true);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_FEEDS)).toBe(true);
    expect(DEFAULT_FEEDS.every((feed) => Object.isFrozen(feed))).toBe(true);
  });
});

describe('parseFeedUrl', () => {
  it('normalises web addresses and drops the fragment', () => {
    expect(parseFeedUrl('  HTTPS://Feeds.Example:443/rss.xml#top ')).toBe('https://feeds.example/rss.xml');
    expect(parseFeedUrl('http://feeds.example:8080/rss')).toBe('http://feeds.example:8080/rss');
  });

  it.each(['', 'feeds.example/rss', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://feeds.example/rss', 'https://user:secret@feeds.example/rss'])(
    'refuses %j',
    (raw) => {
      expect(parseFeedUrl(raw)).toBeNull();
    },
  );
});

describe('parseFeedList', () => {
  it('gives the default list, as fresh copies, when nothing readable is stored', () => {
    for (const raw of [undefined, null, 'feeds', { url: 'https://feeds.example/rss' }]) {
      const feeds = parseFeedList(raw);
      expect(feeds).toEqual(DEFAULT_FEEDS);
      expect(feeds[0]).not.toBe(DEFAULT_FEEDS[0]);
    }
  });

  it('keeps an empty list empty: the reader may have removed every feed', () => {
    expect(parseFeedList([])).toEqual([]);
  });

  it('drops invalid entries and fills in what is missing', () => {
    const feeds = parseFeedList([
      null,
      'https://feeds.example/string',
      { url: 42 },
      { url: 'javascript:alert(1)', name: 'Bad' },
      { url: 'https://feeds.example/a', name: '  Feeds\n  Example   A ', enabled: false },
      { url: 'https://feeds.example/b', enabled: 'yes' },
      { url: 'https://feeds.example/c', name: 'x'.repeat(500), extra: true },
    ]);
    expect(feeds).toEqual([
      { url: 'https://feeds.example/a', name: 'Feeds Example A', enabled: false },
      { url: 'https://feeds.example/b', name: 'feeds.example', enabled: true },
      { url: 'https://feeds.example/c', name: 'x'.repeat(MAX_FEED_NAME_LENGTH), enabled: true },
    ]);
  });

  it('keeps the first of two entries for the same address', () => {
    const feeds = parseFeedList([
      { url: 'https://Feeds.Example/rss#one', name: 'First', enabled: true },
      { url: 'https://feeds.example/rss', name: 'Second', enabled: false },
    ]);
    expect(feeds).toEqual([{ url: 'https://feeds.example/rss', name: 'First', enabled: true }]);
  });

  it(`keeps at most ${MAX_FEEDS} feeds`, () => {
    const raw = Array.from({ length: MAX_FEEDS + 10 }, (_, i) => ({ url: `https://feeds.example/${i}`, name: `Feed ${i}` }));
    const feeds = parseFeedList(raw);
    expect(feeds).toHaveLength(MAX_FEEDS);
    expect(feeds.at(-1)?.name).toBe(`Feed ${MAX_FEEDS - 1}`);
  });

  it('cuts long names on a character, not inside one', () => {
    const name = parseFeedList([{ url: 'https://feeds.example/rss', name: '新'.repeat(99) + '😀😀' }])[0]?.name;
    expect(name).toBe('新'.repeat(99) + '😀');
  });
});

describe('feedOrigins', () => {
  it('gives one match pattern per scheme and host of the enabled feeds, without ports', () => {
    const origins = feedOrigins([
      { url: 'https://www.scmp.com/rss/4/feed', name: 'SCMP China', enabled: true },
      { url: 'https://www.scmp.com/rss/91/feed', name: 'SCMP', enabled: true },
      { url: 'http://www.scmp.com/rss/2/feed', name: 'SCMP over http', enabled: true },
      { url: 'https://feeds.example:8443/rss', name: 'Port', enabled: true },
      { url: 'https://off.example/rss', name: 'Off', enabled: false },
      { url: 'not a url', name: 'Broken', enabled: true },
    ]);
    expect(origins).toEqual(['https://www.scmp.com/*', 'http://www.scmp.com/*', 'https://feeds.example/*']);
  });

  it('covers the default list', () => {
    const origins = feedOrigins(DEFAULT_FEEDS);
    for (const feed of DEFAULT_FEEDS.filter((each) => each.enabled)) {
      expect(origins).toContain(`https://${new URL(feed.url).hostname}/*`);
    }
  });
});
