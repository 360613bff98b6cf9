import { describe, expect, it } from 'vitest';
import { englishVersionLinks } from './english-version-links.ts';
import { readHtmlPage } from './html-page-text.ts';
import type { PageLink, PageMeta } from './text-block.ts';

function link(href: string, text = '', rel = '', hreflang = ''): PageLink {
  return { href, text, rel, hreflang };
}

function meta(url: string, links: PageLink[]): PageMeta {
  return { url, title: '', lang: 'zh', meta: {}, times: [], links };
}

function urls(url: string, links: PageLink[]): string[] {
  return englishVersionLinks(meta(url, links)).map((found) => found.url);
}

describe('englishVersionLinks', () => {
  it('takes alternate links declared English first, then other links marked hreflang en', () => {
    const found = englishVersionLinks(
      meta('https://example.com/zh/a.html', [
        link('https://example.com/en/other.html', 'English'),
        link('https://example.com/en/marked.html', 'Read', '', 'en'),
        link('https://example.com/en/a.html', '', 'alternate', 'en-us'),
        link('https://example.com/fr/a.html', '', 'alternate', 'fr'),
        link('https://example.com/zh-hant/a.html', '', 'alternate', 'zh-hant'),
      ]),
    );
    expect(found).toEqual([
      { url: 'https://example.com/en/a.html', reason: 'alternate link (hreflang en-us)' },
      { url: 'https://example.com/en/marked.html', reason: 'link marked hreflang en' },
      { url: 'https://example.com/en/other.html', reason: 'link text English' },
    ]);
  });

  it('reads alternate links from the page head', () => {
    const page = readHtmlPage('<head><link rel="alternate" hreflang="en" href="/en/story"></head><body><p>正文</p></body>', 'https://example.com/zh/story');
    expect(englishVersionLinks(page.meta)).toEqual([{ url: 'https://example.com/en/story', reason: 'alternate link (hreflang en)' }]);
  });

  it('finds NYT Chinese’s English original, its footer link and the bilingual version', () => {
    const page = 'https://cn.nytimes.com/china/20241106/china-social-work/';
    const found = englishVersionLinks(
      meta(page, [
        link('https://cn.nytimes.com/china/20241105/other-story/', '另一篇'),
        link('https://www.nytimes.com/2024/11/06/world/asia/china-social-work.html', 'Read in English'),
        link('https://www.nytimes.com/2024/11/01/world/asia/older.html', '相關報道'),
        link('https://www.nytimes.com/2024/11/06/world/asia/china-social-work.html?footer', '點擊查看本文英文版'),
      ]),
    );
    expect(found).toEqual([
      { url: 'https://www.nytimes.com/2024/11/06/world/asia/china-social-work.html?footer', reason: 'NYT Chinese: link text 點擊查看本文英文版' },
      { url: 'https://www.nytimes.com/2024/11/06/world/asia/china-social-work.html', reason: 'NYT Chinese: the English original on nytimes.com' },
      { url: 'https://cn.nytimes.com/china/20241106/china-social-work/dual/', reason: 'NYT Chinese: the bilingual version (/dual/)' },
    ]);
    expect(urls('https://cn.nytimes.com/zh-hant/world/20241106/us-election/', [])).toEqual([
      'https://cn.nytimes.com/zh-hant/world/20241106/us-election/dual/',
    ]);
    // The bilingual page itself derives nothing more.
    expect(urls('https://cn.nytimes.com/china/20241106/china-social-work/dual/', [])).toEqual([]);
  });

  it('derives FT Chinese’s English and bilingual versions of a story', () => {
    expect(englishVersionLinks(meta('https://www.ftchinese.com/story/001104567?archive', []))).toEqual([
      { url: 'https://www.ftchinese.com/story/001104567/en', reason: 'FT Chinese: the English version (/en)' },
      { url: 'https://www.ftchinese.com/story/001104567/ce', reason: 'FT Chinese: the bilingual version (/ce)' },
    ]);
    expect(urls('https://www.ftchinese.com/story/001104567/ce', [])).toEqual(['https://www.ftchinese.com/story/001104567/en']);
    expect(urls('https://www.ftchinese.com/channel/china.html', [])).toEqual([]);
  });

  it('takes links named English or 英文版, decorated or not, but not texts that merely mention English', () => {
    const page = 'https://example.com/zh/a.html';
    const named = ['英文版', '[English]', '英文原文 >>', '英文', 'Read in English', 'English Version', '查看英文版'];
    const found = urls(
      page,
      named.map((text, index) => link(`https://example.com/en/${index}.html`, text)),
    );
    expect(found).toHaveLength(named.length);
    const mentions = ['English news', '学英文的好方法', 'China Daily English', '英文版下載 App'];
    expect(urls(page, mentions.map((text, index) => link(`https://example.com/x/${index}.html`, text)))).toEqual([]);
  });

  it('lists each URL once, web links only, never the page itself', () => {
    const page = 'https://example.com/zh/a.html';
    const found = urls(page, [
      link('https://example.com/zh/a.html#english', 'English'),
      link('https://example.com/zh/a.html/', '英文版'),
      link('ftp://example.com/en.html', 'English'),
      link('https://example.com/en/a.html', '', 'alternate', 'en'),
      link('https://example.com/en/a.html#top', '英文版'),
    ]);
    expect(found).toEqual(['https://example.com/en/a.html']);
  });
});
