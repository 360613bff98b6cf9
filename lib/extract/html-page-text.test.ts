import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BLOCKS, MAX_META_CHARS } from './block-rules.ts';
import { readHtmlPage } from './html-page-text.ts';

const SEED_URL = 'https://www.news.cn/politics/leaders/20241106/abc/c.html';
const seed = readFileSync(join(import.meta.dirname, '../../test/fixtures/pages/seed-traditional.html'), 'utf8');

function texts(html: string): string[] {
  return readHtmlPage(html, 'https://example.com/a/b.html').blocks.map((block) => block.text);
}

describe('readHtmlPage', () => {
  it('reads the seed page into blocks with their own text, tag, language and boilerplate mark', () => {
    const page = readHtmlPage(seed, SEED_URL);
    const h1 = page.blocks.findIndex((block) => block.tag === 'h1');
    expect(page.blocks[h1]).toMatchObject({ text: '習近平對社會工作作出重要指示強調', lang: 'zh-hant', boilerplate: false });
    // <br> cuts the deck (one <p>) into its lines; inline elements (<a>, <span>, <em>) join the text they sit in.
    const deck = page.blocks.slice(h1 + 1, h1 + 4);
    expect(deck.map((block) => block.text)).toEqual(['堅定不移走中國特色社會主義社會治理之路', '推動新時代社會工作高品質發展', '蔡奇出席中央社會工作會議並講話']);
    expect(new Set(deck.map((block) => block.path.join('.'))).size).toBe(1);
    expect(page.blocks.some((block) => block.text.includes('國家長治久安,事關社會和諧穩定'))).toBe(true);
    const english = page.blocks.filter((block) => block.lang === 'en');
    expect(english.map((block) => block.tag)).toEqual(['h2', 'p', 'p', 'p', 'p', 'p', 'p', 'p']);
    const furniture = page.blocks.filter((block) => block.boilerplate).map((block) => block.text);
    expect(furniture).toEqual(['新華網', '首頁 | 時政 | 國際 | 財經', '新華網版權所有']);
    // Style sheets are never text.
    expect(page.blocks.some((block) => block.text.includes('font:'))).toBe(false);
  });

  it('reads what the seed page says about itself', () => {
    const { meta } = readHtmlPage(seed, SEED_URL);
    expect(meta.url).toBe(SEED_URL);
    expect(meta.title).toBe('習近平對社會工作作出重要指示強調 堅定不移走中國特色社會主義社會治理之路 推動新時代社會工作高品質發展');
    expect(meta.lang).toBe('zh-hant');
    expect(meta.meta.viewport).toBe('width=device-width, initial-scale=1');
    expect(meta.links[0]).toEqual({ href: 'https://www.news.cn/politics/leaders/20241106/abc/index.html', text: '新華網', rel: '', hreflang: '' });
    expect(meta.links.find((link) => link.href.endsWith('#conference'))?.text).toBe('中央社會工作會議');
  });

  it('gives paths that share a prefix for blocks of one container', () => {
    const page = readHtmlPage('<div><p>一</p><p>二</p></div><div><p>三</p></div>', 'https://example.com/');
    const [first, second, third] = page.blocks;
    expect(first?.path.slice(0, -1)).toEqual(second?.path.slice(0, -1));
    expect(first?.path.slice(0, -1)).not.toEqual(third?.path.slice(0, -1));
  });

  it('cuts a container’s own text where nested blocks interrupt it, in document order', () => {
    expect(texts('<div>前言<p>段落</p>結語</div>')).toEqual(['前言', '段落', '結語']);
    expect(texts('<ul><li>一</li><li>二</li></ul>')).toEqual(['一', '二']);
  });

  it('cuts a block’s text at <br>, so that paragraphs set apart by line breaks come out one by one', () => {
    const page = readHtmlPage('<div id="content">\u3000\u3000第一段<br><br>\u3000\u3000第二段<font>續<br>第三段</font><br></div>', 'https://example.com/');
    expect(page.blocks.map((block) => block.text)).toEqual(['第一段', '第二段續', '第三段']);
    expect(new Set(page.blocks.map((block) => block.path.join('.'))).size).toBe(1);
  });

  it('decodes entities and collapses whitespace, ideographic spaces included', () => {
    expect(texts('<p>&lt;新聞&gt; &amp;&#x4E2D;&#22283;&nbsp;&nbsp;報道</p><p>\u3000\u3000段首縮進\n 的段落 </p>')).toEqual([
      '<新聞> &中國 報道',
      '段首縮進 的段落',
    ]);
  });

  it('copes with malformed HTML: unclosed, misnested and stray tags, unquoted attributes, an unfinished end', () => {
    const html = '<div class=main><p>第一段<p>第二段<b>粗體</div></span><p>第三段</i><table><tr><td>格一<td>格二</table><p>未完';
    expect(texts(html)).toEqual(['第一段', '第二段粗體', '第三段', '格一', '格二', '未完']);
    expect(texts('<p>標籤<')).toEqual(['標籤<']);
    expect(texts('')).toEqual([]);
    expect(texts('純文字,沒有標籤')).toEqual([]);
  });

  it('never reads scripts, styles, templates, controls or ruby annotations as text', () => {
    const html =
      '<p>國<ruby>家<rt>jiā</rt></ruby><script>document.write("不要")</script><style>p{}</style>安全</p>' +
      '<noscript><p>請啟用腳本</p></noscript><template><p>模板</p></template><textarea>輸入</textarea><button>按鈕</button>' +
      '<svg><title>圖</title><text>圖字</text></svg><select><option>選項</option></select>';
    expect(texts(html)).toEqual(['國家安全']);
  });

  it('leaves out elements hidden by their markup, but still records their links', () => {
    const html =
      '<p hidden>隱藏</p><div aria-hidden="true"><p>讀屏隱藏</p></div><p style="color: red; display: none">不顯示</p>' +
      '<p style="visibility:hidden">看不見</p><p style="display: block">看得見</p><div hidden><a href="/en/">English</a></div>';
    const page = readHtmlPage(html, 'https://example.com/a/');
    expect(page.blocks.map((block) => block.text)).toEqual(['看得見']);
    expect(page.meta.links).toEqual([{ href: 'https://example.com/en/', text: 'English', rel: '', hreflang: '' }]);
  });

  it('resolves links against <base href>, wherever it appears, and keeps web links only', () => {
    const html =
      '<head><link rel="Alternate" hreflang="EN" href="en.html"><base href="/news/"></head>' +
      '<a href="a.html"><span>甲</span> <b>文章</b></a><a href="javascript:alert(1)">乙</a><a href="mailto:x@example.com">丙</a>' +
      '<a href="https://other.example/x" aria-label="外部"></a><a href="//cdn.example/y" title="協議相對">&nbsp;</a><a>無連結</a>';
    const { links } = readHtmlPage(html, 'https://example.com/2024/page.html').meta;
    expect(links).toEqual([
      { href: 'https://example.com/news/en.html', text: '', rel: 'alternate', hreflang: 'en' },
      { href: 'https://example.com/news/a.html', text: '甲 文章', rel: '', hreflang: '' },
      { href: 'https://other.example/x', text: '外部', rel: '', hreflang: '' },
      { href: 'https://cdn.example/y', text: '協議相對', rel: '', hreflang: '' },
    ]);
  });

  it('collects metadata by name, property or itemprop (first one wins), <time datetime>, <html lang> and the first title', () => {
    const html =
      '<html lang="ZH-CN"><head><title>標題 - 網站</title><meta property="og:title" content=" 標題 "><meta name="PubDate" content="2024-11-06">' +
      '<meta name="pubdate" content="2000-01-01"><meta itemprop="datePublished" content="2024-11-06T10:00:00+08:00"><meta name="empty">' +
      '</head><body><time datetime="2024-11-05">昨天</time><time>沒有</time><svg><title>圖標</title></svg><title>第二個</title></body></html>';
    const { meta } = readHtmlPage(html, 'https://example.com/');
    expect(meta.lang).toBe('zh-cn');
    expect(meta.title).toBe('標題 - 網站');
    expect(meta.meta).toEqual({ 'og:title': '標題', pubdate: '2024-11-06', datepublished: '2024-11-06T10:00:00+08:00' });
    expect(meta.times).toEqual(['2024-11-05']);
  });

  it('cuts what attributes say to a few hundred characters: metadata, datetimes and link titles are read by rules, not kept whole', () => {
    const huge = '標'.repeat(1_000_000);
    const html =
      `<head><meta property="og:title" content="${huge}"><meta name="${'k'.repeat(1_000_000)}" content="x"></head>` +
      `<body><time datetime="2024-11-06${'T'.repeat(1_000_000)}"></time><a href="/x" title="${huge}"></a></body>`;
    const { meta } = readHtmlPage(html, 'https://example.com/');
    expect(meta.meta['og:title']?.length).toBe(MAX_META_CHARS);
    expect(Object.keys(meta.meta)).toEqual(['og:title']);
    expect(meta.times[0]?.startsWith('2024-11-06')).toBe(true);
    expect(meta.times[0]?.length).toBeLessThanOrEqual(MAX_META_CHARS);
    expect(meta.links[0]?.text.length).toBeLessThanOrEqual(MAX_META_CHARS);
  });

  it('marks boilerplate regions, except a header inside the article', () => {
    const html =
      '<body><nav><p>導航</p></nav><div class="breadcrumb">首頁 > 新聞</div><div role="complementary">側欄</div>' +
      '<article><header><h1>文章標題</h1></header><p>正文</p><div class="share-box">分享</div><footer>文章頁腳</footer></article>' +
      '<aside>相關</aside><div><form><p>搜索</p></form></div><div id="comments">評論</div><footer>版權</footer></body>';
    const page = readHtmlPage(html, 'https://example.com/');
    const marked = Object.fromEntries(page.blocks.map((block) => [block.text, block.boilerplate]));
    expect(marked).toEqual({
      導航: true,
      '首頁 > 新聞': true,
      側欄: true,
      文章標題: false,
      正文: false,
      分享: true,
      文章頁腳: true,
      相關: true,
      搜索: true,
      評論: true,
      版權: true,
    });
  });

  it('does not take a form wrapping the whole body (ASP.NET pages) for a search box', () => {
    const page = readHtmlPage('<body><form id="form1"><div id="content"><p>正文</p></div></form></body>', 'https://example.com/');
    expect(page.blocks.map((block) => [block.text, block.boilerplate])).toEqual([['正文', false]]);
  });

  it('takes the lang in effect at each block', () => {
    const page = readHtmlPage('<html lang="zh"><body><p>中文</p><div lang="EN-us"><p>English</p><p lang="">unknown</p></div></body></html>', 'https://example.com/');
    expect(page.blocks.map((block) => block.lang)).toEqual(['zh', 'en-us', '']);
  });

  it('reads a generated 5 MB page to its end', () => {
    const paragraph = `<div class="item"><p>${'社會工作是黨和國家工作的重要組成部分,'.repeat(10)}</p><a href="/x">連結</a></div>\n`;
    const html = `<html><body>${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}<p id="last">最後一段</p></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const page = readHtmlPage(html, 'https://example.com/');
    expect(page.blocks.at(-1)?.text).toBe('最後一段');
  });

  it('keeps at most MAX_BLOCKS blocks, the first ones', () => {
    const html = '<p>段</p>'.repeat(MAX_BLOCKS + 10);
    const page = readHtmlPage(html, 'https://example.com/');
    expect(page.blocks).toHaveLength(MAX_BLOCKS);
    expect(page.blocks[0]?.path).toEqual([0]);
  });

  it('stops at markup nested deeper than browsers build, keeping what came before', () => {
    const html = `<p>開頭</p>${'<span>'.repeat(200_000)}深處`;
    expect(texts(html)).toEqual(['開頭']);
  });
});
