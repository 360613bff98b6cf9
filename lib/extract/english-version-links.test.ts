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

  it('takes the article-level English version, not the English home page linked from the header (Guangming Daily)', () => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>中央社会工作会议在京召开_光明网</title>
<link rel="alternate" hreflang="en" href="https://en.gmw.cn/index.htm">
<script>document.write('<div id="ad">广告</div>');</script></head>
<body>
<div class="g-header"><div class="channelMap">
  <a href="https://www.gmw.cn/">光明网首页</a> | <a href="https://news.gmw.cn/">时政</a> | <a href="https://world.gmw.cn/">国际</a>
  | <a href="http://en.gmw.cn/" target="_blank">English</a> | <a href="https://www.gmw.cn/app/">客户端</a>
</div></div>
<nav class="m-nav"><a href="https://en.gmw.cn">英文版</a><a href="https://politics.gmw.cn/node_9844.htm">要闻</a></nav>
<div class="m-title-box"><h1 class="u-title">中央社会工作会议在京召开</h1>
  <div class="m-con-info"><span class="m-con-time">2024-11-06 20:15</span> 来源：<a href="https://www.xinhuanet.com/">新华社</a></div>
</div>
<div id="article_inbox"><div class="u-mainText">
  <p>新华社北京11月6日电\u3000中央社会工作会议11月5日至6日在京召开。<br>会议强调，要坚持党建引领基层治理。</p>
  <div class="ad-widget"><iframe src="https://ad.gmw.cn/x"></iframe>相关阅读</div>
  <p>会议指出，社会工作是党和国家工作的重要组成部分。</p>
  <p class="english-link"><a href="http://en.gmw.cn/2024-11/06/content_37662123.htm">English version</a></p>
</div></div>
<div class="g-footer"><a href="https://en.gmw.cn/english/">English</a> <a href="https://www.gmw.cn/about.htm">关于我们</a> 光明网版权所有</div>
<script>window.__bad = () => { throw new Error('offline'); };</script>
</body></html>`;
    const page = readHtmlPage(html, 'https://politics.gmw.cn/2024-11/06/content_37662000.htm');
    expect(englishVersionLinks(page.meta)).toEqual([
      { url: 'http://en.gmw.cn/2024-11/06/content_37662123.htm', reason: 'link text English version' },
    ]);
  });

  it('never offers a site root, an index page or a language front as an English version', () => {
    const page = 'https://example.com/zh/a.html';
    const fronts = [
      'https://en.example.com',
      'https://en.example.com/',
      'https://en.example.com/?from=header',
      'https://example.com/index.html',
      'https://example.com/en/',
      'https://example.com/english',
      'https://example.com/en-us/index.shtml',
      'https://example.com/world/',
      'https://example.com/en/default.aspx',
    ];
    expect(urls(page, fronts.map((href) => link(href, 'English')))).toEqual([]);
    expect(urls(page, fronts.map((href) => link(href, '', 'alternate', 'en')))).toEqual([]);
    const articles = ['https://example.com/en/story', 'https://example.com/2024/11/06/story/', 'https://example.com/story-1234'];
    expect(urls(page, articles.map((href) => link(href, 'English')))).toEqual(articles);
  });
});
