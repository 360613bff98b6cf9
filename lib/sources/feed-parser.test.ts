import { describe, expect, it } from 'vitest';
import { FeedError, MAX_FEED_ITEMS, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH, parseFeed, parseFeedDate } from './feed-parser.ts';

const FEED_URL = 'https://news.example/feeds/china.xml';

const RSS_2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xml:base="link" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>China &amp; the World</title>
    <link>https://news.example/</link>
    <atom:link href="https://news.example/feeds/china.xml" rel="self" type="application/rss+xml"/>
    <item>
      <title><![CDATA[ Xi meets Lee in Beijing ]]></title>
      <link>/2026/06/05/xi-lee.html?src=rss&amp;utm=feed</link>
      <pubDate>Fri, 05 Jun 2026 20:28:02 +0800</pubDate>
      <media:title>Not the headline</media:title>
      <description><![CDATA[<p>Chinese President Xi Jinping met <b>John Lee</b> on Friday.</p><p>They talked trade.</p>]]></description>
    </item>
    <item>
      <title>Storm &amp;#8217;s path</title>
      <guid isPermaLink="true">https://news.example/storm</guid>
      <dc:date>2026-06-04</dc:date>
      <content:encoded>&lt;p&gt;Heavy rain in &lt;em&gt;Guangdong&lt;/em&gt;.&lt;/p&gt;</content:encoded>
    </item>
    <item>
      <title>A guid that is not a link</title>
      <guid isPermaLink="false">CNA/20260605/202606050024</guid>
    </item>
    <item>
      <title>Script link</title>
      <link>javascript:alert(document.cookie)</link>
    </item>
    <item>
      <link>https://news.example/empty</link>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Cross-strait &lt;news&gt;</title>
  <link rel="self" href="https://news.example/atom.xml"/>
  <entry>
    <title type="html">Taiwan &lt;em&gt;drills&lt;/em&gt; end</title>
    <link rel="self" href="https://news.example/entries/1.atom"/>
    <link rel="alternate" type="text/html" href="../articles/drills"/>
    <id>tag:news.example,2026:1</id>
    <published>2026-06-03T09:15:00+08:00</published>
    <updated>2026-06-04T00:00:00Z</updated>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The drills <strong>ended</strong> on Wednesday.</p><p>Ships left.</p></div></summary>
  </entry>
  <entry>
    <title>Text titles keep &lt;angle&gt; brackets</title>
    <link href="https://news.example/articles/brackets"/>
    <updated>2026-06-02T12:00:00Z</updated>
    <content type="html">&lt;p&gt;Body &amp;amp; more&lt;/p&gt;</content>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/">
    <title>RDF News</title>
    <link>https://news.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://news.example/rdf/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://news.example/rdf/1">
    <title>Yuan steadies</title>
    <link>https://news.example/rdf/1</link>
    <description>The yuan held steady.</description>
    <dc:date>2026-06-01T08:00:00Z</dc:date>
  </item>
</rdf:RDF>`;

function rssWith(items: string, head = ''): string {
  return `<?xml version="1.0"?>${head}<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
}

function notAFeed(xml: string): string {
  try {
    parseFeed(xml, FEED_URL);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return (error as FeedError).message;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed: formats', () => {
  it('reads RSS 2.0, resolving relative links against the feed and dropping items without a usable link or words', () => {
    expect(parseFeed(RSS_2, FEED_URL)).toEqual({
      title: 'China & the World',
      items: [
        {
          title: 'Xi meets Lee in Beijing',
          url: 'https://news.example/2026/06/05/xi-lee.html?src=rss&utm=feed',
          published: '2026-06-05T12:28:02.000Z',
          summary: 'Chinese President Xi Jinping met John Lee on Friday. They talked trade.',
        },
        {
          title: 'Storm ’s path',
          url: 'https://news.example/storm',
          published: '2026-06-04',
          summary: 'Heavy rain in Guangdong.',
        },
      ],
    });
  });

  it('reads Atom: the alternate link, the published date, and each text construct by its type', () => {
    expect(parseFeed(ATOM, FEED_URL)).toEqual({
      title: 'Cross-strait <news>',
      items: [
        {
          title: 'Taiwan drills end',
          url: 'https://news.example/articles/drills',
          published: '2026-06-03T01:15:00.000Z',
          summary: 'The drills ended on Wednesday. Ships left.',
        },
        {
          title: 'Text titles keep <angle> brackets',
          url: 'https://news.example/articles/brackets',
          published: '2026-06-02T12:00:00.000Z',
          summary: 'Body & more',
        },
      ],
    });
  });

  it('reads RSS 1.0 (RDF), whose items sit beside the channel', () => {
    expect(parseFeed(RDF, FEED_URL)).toEqual({
      title: 'RDF News',
      items: [{ title: 'Yuan steadies', url: 'https://news.example/rdf/1', published: '2026-06-01T08:00:00.000Z', summary: 'The yuan held steady.' }],
    });
  });

  it('reads a feed that starts with a byte-order mark or blank lines', () => {
    expect(parseFeed(`\uFEFF\n\n${RDF}`, FEED_URL).items).toHaveLength(1);
  });

  it('keeps an RSS 0.91 feed with its public DTD', () => {
    const head = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">';
    const feed = parseFeed(rssWith('<item><title>Old format</title><link>https://news.example/old</link></item>', head), FEED_URL);
    expect(feed.items.map((item) => item.title)).toEqual(['Old format']);
  });

  it('repairs bare ampersands, the commonest fault of hand-made feeds', () => {
    const feed = parseFeed(rssWith('<item><title>AT&T and M&S</title><link>https://news.example/a?x=1&y=2</link></item>'), FEED_URL);
    expect(feed.items[0]).toMatchObject({ title: 'AT&T and M&S', url: 'https://news.example/a?x=1&y=2' });
  });
});

describe('parseFeed: markup in text is read as text', () => {
  const summaryOf = (description: string) =>
    parseFeed(rssWith(`<item><title>t</title><link>https://news.example/x</link><description>${description}</description></item>`), FEED_URL).items[0]
      ?.summary;

  it('drops tags and the content of scripts and styles', () => {
    expect(summaryOf('<![CDATA[<style>p{color:red}</style><p>Before</p><script>alert("<p>pwned</p>")</script><p>after</p>]]>')).toBe(
      'Before after',
    );
    expect(summaryOf('&lt;p&gt;Before&lt;script&gt;document.write("x")&lt;/script&gt; after&lt;/p&gt;')).toBe('Before after');
  });

  it('decodes an escaped tag once, into literal text, never into markup', () => {
    expect(summaryOf('<![CDATA[<p>Tags like &lt;b&gt; are text</p>]]>')).toBe('Tags like <b> are text');
    expect(summaryOf('&lt;p&gt;Write &amp;lt;b&amp;gt; for bold&lt;/p&gt;')).toBe('Write <b> for bold');
    expect(summaryOf('Escaped twice: &amp;amp;lt;b&amp;amp;gt;')).toBe('Escaped twice: &lt;b&gt;');
  });

  it('decodes numeric references and HTML entities the description uses', () => {
    expect(summaryOf('&lt;p&gt;Price&amp;nbsp;&amp;mdash;&amp;#160;&amp;#x4E2D;&lt;/p&gt; &#8220;quoted&#x201D;')).toBe('Price — 中 “quoted”');
  });

  it('leaves an entity the document never declared as it is written', () => {
    expect(summaryOf('Fish &amp; chips &unknown; &#0;')).toBe('Fish & chips &unknown; \uFFFD');
  });
});

describe('parseFeed: hostile documents', () => {
  it('does not expand a billion-laughs entity bomb', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const bomb = rssWith('<item><title>&lol9;</title><link>https://news.example/bomb</link><description>&lol9;&lol9;</description></item>', `<!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]>`);
    const started = performance.now();
    const feed = parseFeed(bomb, FEED_URL);
    expect(performance.now() - started).toBeLessThan(500);
    expect(feed.items[0]).toMatchObject({ title: '&lol9;', summary: '&lol9;&lol9;' });
  });

  it('does not expand an internal entity either: declarations in the DOCTYPE are ignored', () => {
    const feed = parseFeed(rssWith('<item><title>&greeting;</title><link>https://news.example/e</link></item>', '<!DOCTYPE rss [<!ENTITY greeting "hello">]>'), FEED_URL);
    expect(feed.items[0]?.title).toBe('&greeting;');
  });

  it('refuses external entities', () => {
    const system = '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    expect(notAFeed(rssWith('<item><title>&xxe;</title><link>https://news.example/x</link></item>', system))).toMatch(/^not a feed: /);
    const parameter = '<!DOCTYPE rss [<!ENTITY % remote SYSTEM "https://evil.example/x.dtd"> %remote;]>';
    expect(notAFeed(rssWith('<item><title>t</title><link>https://news.example/x</link></item>', parameter))).toMatch(/^not a feed: /);
  });

  it('reads items with fields named like Object properties without polluting any prototype', () => {
    const xml = rssWith(`<item>
      <__proto__><polluted>yes</polluted></__proto__>
      <constructor><prototype>x</prototype></constructor>
      <title __proto__="a" constructor="b" hasOwnProperty="c" toString="d">Still read</title>
      <link>https://news.example/proto</link>
    </item>`);
    const feed = parseFeed(xml, FEED_URL);
    expect(feed.items).toEqual([{ title: 'Still read', url: 'https://news.example/proto', published: null, summary: '' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(feed.items[0])).toBe(Object.prototype);
  });

  it('caps the number of items', () => {
    const items = Array.from({ length: MAX_FEED_ITEMS + 100 }, (_, i) => `<item><title>${i}</title><link>https://news.example/${i}</link></item>`);
    const feed = parseFeed(rssWith(items.join('')), FEED_URL);
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.items.at(-1)?.title).toBe(String(MAX_FEED_ITEMS - 1));
  });

  it('caps the length of fields, marking the cut', () => {
    const long = 'word '.repeat(5000);
    const feed = parseFeed(rssWith(`<item><title>${long}</title><link>https://news.example/long</link><description>${long}</description></item>`), FEED_URL);
    expect(feed.items[0]?.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(feed.items[0]?.title.endsWith('word…')).toBe(true);
    expect(feed.items[0]?.summary).toHaveLength(MAX_SUMMARY_LENGTH);
  });

  it('refuses a document far larger than any feed', () => {
    expect(notAFeed(rssWith(`<item><title>${'x'.repeat(5 * 1024 * 1024)}</title></item>`))).toBe('not a feed: the document is too large');
  });

  it('drops links that are too long to be real', () => {
    const feed = parseFeed(rssWith(`<item><title>t</title><link>https://news.example/${'a'.repeat(3000)}</link></item>`), FEED_URL);
    expect(feed.items).toEqual([]);
  });
});

describe('parseFeed: not feeds', () => {
  it('explains malformed XML', () => {
    expect(notAFeed(rssWith('<item><title>unclosed</item>'))).toMatch(/^not a feed: malformed XML \(line \d+: .+\)$/);
    expect(notAFeed(RSS_2.slice(0, 400))).toMatch(/^not a feed: malformed XML/);
    expect(notAFeed('')).toMatch(/^not a feed: /);
    expect(notAFeed('Service temporarily unavailable')).toMatch(/^not a feed: malformed XML/);
  });

  it('recognises a web page', () => {
    const page = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><p>Hello<br></body></html>';
    expect(notAFeed(page)).toBe('not a feed: the address gives a web page, not RSS or Atom');
    const xhtml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body/></html>';
    expect(notAFeed(xhtml)).toBe('not a feed: the address gives a web page, not RSS or Atom');
    expect(notAFeed('<!-- cached --> <!-- by x -->\n<html><body>x</body></html>')).toBe('not a feed: the address gives a web page, not RSS or Atom');
  });

  it('stays quick on a document of many comments', () => {
    const started = performance.now();
    expect(notAFeed(`${'<!-- c -->'.repeat(50_000)}<urlset/>`)).toMatch(/^not a feed: /);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('names the root of other XML', () => {
    const sitemap = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/</loc></url></urlset>';
    expect(notAFeed(sitemap)).toBe('not a feed: the address gives an XML document with root <urlset>, not RSS or Atom');
    expect(notAFeed('<rss version="2.0"></rss>')).toBe('not a feed: <rss> has no <channel>');
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Fri, 05 Jun 2026 20:28:02 +0800', '2026-06-05T12:28:02.000Z'],
    ['Sun, 24 Feb 2019 12:23:42 GMT', '2019-02-24T12:23:42.000Z'],
    ['24 Feb 19 12:23 EST', '2019-02-24T17:23:00.000Z'],
    ['Tue, 1 June 2021 8:00:00 +0000', '2021-06-01T08:00:00.000Z'],
    ['Mon, 07 Jul 2025 10:00:00 -0330', '2025-07-07T13:30:00.000Z'],
    ['07 Jul 2025', '2025-07-07'],
    ['2026-06-03T09:15:00+08:00', '2026-06-03T01:15:00.000Z'],
    ['2026-06-03T09:15:00.123Z', '2026-06-03T09:15:00.000Z'],
    ['2026-06-03 09:15:00', '2026-06-03T09:15:00.000Z'],
    ['  2026-06-03  ', '2026-06-03'],
  ])('%s → %s', (raw, expected) => {
    expect(parseFeedDate(raw)).toBe(expected);
  });

  it.each(['', 'yesterday', '2026-02-30', '2026-13-01', 'Fri, 31 Jun 2026 10:00:00 GMT', '2026-06-03T25:00:00Z', '12/06/2026'])(
    'gives null for %j',
    (raw) => {
      expect(parseFeedDate(raw)).toBeNull();
    },
  );

  it('gives items with no date or an unreadable one a null date', () => {
    const feed = parseFeed(rssWith('<item><title>a</title><link>https://news.example/a</link><pubDate>soon</pubDate></item>'), FEED_URL);
    expect(feed.items[0]?.published).toBeNull();
  });
});
