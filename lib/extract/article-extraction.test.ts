import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS } from '../align/seed-article.fixture.ts';
import { extractArticle, languageWeight } from './article-extraction.ts';
import { scriptCounts } from './script-counts.ts';
import { readHtmlPage } from './html-page-text.ts';
import type { TextBlock } from './text-block.ts';

function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '../../test/fixtures/pages', name), 'utf8');
}

const SEED_URL = 'https://www.news.cn/politics/leaders/20241106/abc/c.html';

/** A paragraph of Chinese prose, long enough to count as one. */
function prose(seed: string, times = 4): string {
  return `${seed},${'社會工作是黨和國家工作的重要組成部分,事關社會和諧穩定。'.repeat(times)}`;
}

function block(text: string, lang = ''): TextBlock {
  return { text, tag: 'p', path: [0], lang, boilerplate: false, linkChars: 0 };
}

describe('extractArticle (Chinese) on the seed page', () => {
  const page = readHtmlPage(fixture('seed-traditional.html'), SEED_URL);
  const article = extractArticle(page, { language: 'zh' });

  it('finds the title, date, site and URL', () => {
    expect(article).toMatchObject({ url: SEED_URL, title: '習近平對社會工作作出重要指示強調', date: '2024-11-06', site: 'news.cn' });
  });

  it('reads the Chinese article’s paragraphs in order, without the English coverage, the menus or the byline', () => {
    // The fixture is the text of the original page: first its <title>, then the byline run into the headline, then
    // the deck's lines and the body. The article is read from the body of the page, so the <title> line is not a
    // paragraph, and the byline (發佈時間… | 來源… | 責任編輯…) is metadata, neither to read nor to align: of that
    // line only the headline remains, an <h1> of its own on the seed page. From the deck's lines (split by <br> on
    // the page) to the last body paragraph, photo caption included, the fixture and the article agree.
    const [, bylineAndHeadline, ...deckAndBody] = SEED_CHINESE_PARAGRAPHS;
    const headline = '習近平對社會工作作出重要指示強調';
    expect(bylineAndHeadline?.endsWith(headline)).toBe(true);
    expect(deckAndBody[3]?.startsWith('中共中央總書記')).toBe(true);
    expect(article?.paragraphs.map((paragraph) => paragraph.text)).toEqual([headline, ...deckAndBody]);
  });

  it('points each paragraph at its block', () => {
    for (const paragraph of article?.paragraphs ?? []) expect(page.blocks[paragraph.block]?.text).toBe(paragraph.text);
  });

  it('reads the same article from the Simplified seed', () => {
    const simplified = extractArticle(readHtmlPage(fixture('seed-simplified.html'), SEED_URL), { language: 'zh' });
    expect(simplified?.paragraphs).toHaveLength(article?.paragraphs.length ?? -1);
    expect(simplified?.date).toBe('2024-11-06');
  });

  it('reads the English article on the seed page when asked for English', () => {
    const english = extractArticle(page, { language: 'en' });
    expect(english?.title).toBe(SEED_ENGLISH_PARAGRAPHS[0]);
    expect(english?.paragraphs.map((paragraph) => paragraph.text)).toEqual(SEED_ENGLISH_PARAGRAPHS);
  });
});

describe('extractArticle', () => {
  it('finds no Chinese article on an English page, and the English one there', () => {
    const page = readHtmlPage(fixture('no-chinese.html'), 'https://example.com/2024/11/06/xi.html');
    expect(extractArticle(page, { language: 'zh' })).toBeNull();
    const english = extractArticle(page, { language: 'en' });
    expect(english?.title).toBe('Xi stresses high-quality development of social work');
    // The dateline (Beijing, November 6, 2024) is too short to be a paragraph; the related item in <aside> is furniture.
    expect(english?.paragraphs).toHaveLength(8);
    expect(english?.date).toBe('2024-11-06');
    expect(english?.site).toBe('example.com');
  });

  it('returns null when the Chinese is too little to be an article', () => {
    expect(extractArticle(readHtmlPage(`<article><p>${prose('一段')}</p></article>`, 'https://example.com/'), { language: 'zh' })).toBeNull();
    expect(extractArticle(readHtmlPage('<article><p>短訊一則。</p><p>短訊兩則。</p></article>', 'https://example.com/'), { language: 'zh' })).toBeNull();
    expect(extractArticle(readHtmlPage('', 'https://example.com/'), { language: 'zh' })).toBeNull();
  });

  it('prefers the story to a longer list of headlines beside it, and to navigation of any length', () => {
    const headlines = Array.from({ length: 30 }, (_, index) => `<li><a href="/n${index}">新聞標題第${index}條:社會工作會議在北京召開並取得重要成果</a></li>`).join('');
    const menu = Array.from({ length: 40 }, () => `<p>${prose('菜單')}</p>`).join('');
    const html = `<nav>${menu}</nav><div id="list"><ul>${headlines}</ul></div><div id="story"><p>${prose('第一段')}</p><p>${prose('第二段')}</p></div>`;
    const article = extractArticle(readHtmlPage(html, 'https://example.com/'), { language: 'zh' });
    expect(article?.paragraphs.map((paragraph) => paragraph.text.slice(0, 3))).toEqual(['第一段', '第二段']);
  });

  it('joins a story split around an advertisement, and takes the headline standing before it', () => {
    const html =
      `<div id="page"><h1>會議召開</h1><div class="part"><p>${prose('第一段')}</p><p>${prose('第二段')}</p><p>${prose('第三段')}</p></div>` +
      `<div class="promo"><p>請訪問我們的商城購物,優惠多多</p></div><div class="part"><p>${prose('第四段')}</p></div>` +
      `<p>${prose('第五段', 1)}</p><h3>相關閱讀</h3></div>`;
    const article = extractArticle(readHtmlPage(html, 'https://example.com/'), { language: 'zh' });
    expect(article?.paragraphs.map((paragraph) => paragraph.text.slice(0, 3))).toEqual(['會議召', '第一段', '第二段', '第三段', '第四段', '第五段']);
    expect(article?.title).toBe('會議召開');
  });

  it('takes the title from og:title, the headline, or the page title without the site name', () => {
    const story = `<div><p>${prose('第一段')}</p><p>${prose('第二段')}</p></div>`;
    const titled = (head: string, body = story): string | undefined =>
      extractArticle(readHtmlPage(`<html><head>${head}</head><body>${body}</body></html>`, 'https://example.com/'), { language: 'zh' })?.title;
    expect(titled('<meta property="og:title" content="社會工作會議召開_新聞_新華網"><title>別的</title>')).toBe('社會工作會議召開');
    expect(titled('<meta property="og:title" content="Social work conference"><title>社會工作會議召開 - 新華網</title>')).toBe('社會工作會議召開');
    expect(titled('<title>社會工作會議召開 - 新華網</title>', `<h1>頭條標題在這裏</h1>${story}`)).toBe('頭條標題在這裏');
    expect(titled('<title>社會工作會議召開--時政--人民網</title>')).toBe('社會工作會議召開');
    expect(titled('<title>Social work conference</title>')).toBe('');
  });

  it('prefers the h1 above the story to a subheading inside it', () => {
    const html =
      `<div class="title"><h1>社會工作會議在京召開</h1></div><div class="info">2024年11月06日 來源:新華網</div>` +
      `<div id="content"><h2>一、總體要求</h2><p>${prose('第一段')}</p><p>${prose('第二段')}</p></div>`;
    const article = extractArticle(readHtmlPage(html, 'https://example.com/'), { language: 'zh' });
    expect(article?.title).toBe('社會工作會議在京召開');
    expect(article?.paragraphs[0]?.text).toBe('一、總體要求');
    expect(article?.date).toBe('2024-11-06');
  });

  it('names the site by og:site_name, else the host', () => {
    const story = `<div><p>${prose('第一段')}</p><p>${prose('第二段')}</p></div>`;
    const named = readHtmlPage(`<meta property="og:site_name" content="新華網">${story}`, 'https://www.news.cn/a.html');
    expect(extractArticle(named, { language: 'zh' })?.site).toBe('新華網');
    expect(extractArticle(readHtmlPage(story, 'https://www.news.cn/a.html'), { language: 'zh' })?.site).toBe('news.cn');
  });

  it('extracts the article from a generated 5 MB page', () => {
    const script = `<script>var state = ${JSON.stringify({ items: Array.from({ length: 20_000 }, (_, index) => ({ id: index, title: '新聞標題' })) })};</script>`;
    const menu = `<nav><ul>${'<li><a href="/x">欄目</a></li>'.repeat(5_000)}</ul></nav>`;
    const story = Array.from({ length: 30 }, (_, index) => `<p>${prose(`第${index}段`, 6)}</p>`).join('');
    const comment = `<li><p>網友評論:${'說得好,支持!'.repeat(3)}</p></li>`;
    let html = `<html><head>${script}</head><body>${menu}<div id="detail"><h1>大標題</h1>${story}</div><div class="comments"><ul>`;
    html += comment.repeat(Math.ceil((5_000_000 - html.length) / comment.length));
    html += '</ul></div></body></html>';
    expect(html.length).toBeGreaterThan(5_000_000);
    const article = extractArticle(readHtmlPage(html, 'https://example.com/2024/1106/a.html'), { language: 'zh' });
    expect(article?.title).toBe('大標題');
    expect(article?.paragraphs).toHaveLength(31);
    expect(article?.date).toBe('2024-11-06');
  });
});

describe('languageWeight', () => {
  it('measures text mostly in the language in Chinese-character equivalents', () => {
    expect(scriptCounts('習近平 Xi Jinping 𠀀')).toEqual({ han: 4, latin: 9 });
    expect(languageWeight(block('中央社會工作會議(Central Conference)召開'), 'zh')).toBe(10);
    expect(languageWeight(block('Social work is vital.'), 'zh')).toBe(0);
    expect(languageWeight(block('Social work is vital.'), 'en')).toBeCloseTo(5.1);
    expect(languageWeight(block('2024-11-06'), 'en')).toBe(0);
  });

  it('takes declared English with Chinese in it for English, and Latin text declared another language for none', () => {
    const quoting = 'The slogan 共同富裕 (common prosperity) and 社會治理.';
    expect(languageWeight(block(quoting), 'en')).toBe(0);
    expect(languageWeight(block(quoting, 'en'), 'en')).toBeGreaterThan(0);
    expect(languageWeight(block('Le travail social est essentiel.', 'fr'), 'en')).toBe(0);
    expect(languageWeight(block('Social work is vital.', 'zh-hant'), 'en')).toBeGreaterThan(0);
  });
});

describe('the title and the headline repeated in the text', () => {
  const body = [prose('第一段'), prose('第二段'), prose('第三段')].map((text) => `<p>${text}</p>`).join('');
  const read = (html: string) => extractArticle(readHtmlPage(html, 'https://blog.example/post/1.html'), { language: 'zh' });

  it('takes the headline that opens the page title, whatever the site name after it looks like', () => {
    const pixnet =
      '<title>京都楓紅小旅行 嵐山竹林與天龍寺(2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::</title>' +
      '<div id="banner"><h1>史蒂文的家_藍天</h1></div><ul><li><h2><a href="/p">京都楓紅小旅行 嵐山竹林與天龍寺(2)</a></h2></li></ul>' +
      `<div><div class="inner">${body}</div></div>`;
    expect(read(pixnet)?.title).toBe('京都楓紅小旅行 嵐山竹林與天龍寺(2)');
    const xuite =
      '<meta property="og:title" content="台南府城兩日小吃地圖(上) @ 阿芬的廚房_美味生活 :: 隨意窩 Xuite日誌">' +
      `<h1>阿芬的廚房_美味生活</h1><div class="post"><h3><span>台南府城兩日小吃地圖(上)</span></h3><div>${body}</div></div>`;
    expect(read(xuite)?.title).toBe('台南府城兩日小吃地圖(上)');
  });

  it('does not cut a headline that only starts the title: the rest must follow a separator', () => {
    const page = `<title>京都楓紅小旅行(2) @ 部落格</title><h1>京都楓紅小旅行</h1><div>${body}</div>`;
    expect(read(page)?.title).toBe('京都楓紅小旅行');
    expect(read(`<html><head><title>京都楓紅小旅行之二 - 部落格</title></head><body><h2>京都楓紅小旅行</h2><div>${body}</div></body></html>`)?.title).toBe(
      '京都楓紅小旅行',
    );
  });

  it('drops the headline repeated as the first line, in bold or punctuated differently', () => {
    const bold = read(`<div><h1>让文化遗产焕发新活力</h1><div id="a"><p>\u3000\u3000<strong>让文化遗产焕发新活力</strong></p>${body}</div></div>`);
    expect(bold?.paragraphs.map(({ text }) => text)).toEqual(['让文化遗产焕发新活力', prose('第一段'), prose('第二段'), prose('第三段')]);
    const punctuated = read(`<h1>村里来了“数字管家” 办事不出村</h1><div id="a"><p><strong>村里来了“数字管家”，办事不出村</strong></p>${body}</div>`);
    expect(punctuated?.paragraphs.map(({ text }) => text)).toEqual([prose('第一段'), prose('第二段'), prose('第三段')]);
  });

  it('keeps a later paragraph that happens to quote the headline', () => {
    const page = `<h1>村里来了数字管家</h1><div id="a">${body}<p>村里来了数字管家</p>${body}</div>`;
    expect(read(page)?.paragraphs.filter(({ text }) => text === '村里来了数字管家')).toHaveLength(1);
  });
});
