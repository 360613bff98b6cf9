// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/article-extraction.ts';
import { readHtmlPage } from '../../lib/extract/html-page-text.ts';
import { readLivePage } from './page-blocks.ts';

const seed = readFileSync(join(import.meta.dirname, '../../test/fixtures/pages/seed-traditional.html'), 'utf8');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function texts(html: string): string[] {
  return readLivePage(parse(html)).page.blocks.map((block) => block.text);
}

describe('readLivePage', () => {
  it('reads the seed page as the background reads its HTML', () => {
    const document = parse(seed);
    const live = readLivePage(document).page;
    const fetched = readHtmlPage(seed, document.URL);
    expect(live.blocks).toEqual(fetched.blocks);
    expect(live.meta).toEqual(fetched.meta);
  });

  it('gives the element of each block, so that the article’s paragraphs can be found in the page', () => {
    const document = parse(seed);
    const { page, elements } = readLivePage(document);
    expect(elements).toHaveLength(page.blocks.length);
    page.blocks.forEach((block, index) => expect(elements[index]?.localName).toBe(block.tag));
    const article = extractArticle(page, { language: 'zh' });
    const first = article?.paragraphs.find((paragraph) => paragraph.text.startsWith('中共中央總書記'));
    expect(first && elements[first.block]).toBe(document.querySelector('#article > p:nth-of-type(3)'));
    expect(article?.title).toBe('習近平對社會工作作出重要指示強調');
  });

  it('skips Duizhao’s own elements', () => {
    expect(texts('<p>正文<duizhao-card><p>卡片裏的釋義</p></duizhao-card>繼續</p><duizhao-toolbar>工具欄</duizhao-toolbar>')).toEqual(['正文繼續']);
  });

  it('skips elements hidden by their markup, without computing styles', () => {
    const html =
      '<p hidden>隱藏</p><div aria-hidden="true"><p>讀屏隱藏</p></div><p style="display:none">不顯示</p><p>可見<span style="display: none">藏起</span></p>';
    expect(texts(html)).toEqual(['可見']);
  });

  it('skips scripts, styles, templates and controls, and keeps nested blocks apart', () => {
    const html = '<div>前言<script>var x = "腳本";</script><style>p{}</style><template><p>模板</p></template><button>按鈕</button><p>段落</p>結語</div>';
    expect(texts(html)).toEqual(['前言', '段落', '結語']);
  });

  it('reads a page without a body or with an empty body', () => {
    expect(texts('')).toEqual([]);
    const document = parse('<p>內容</p>');
    document.body.remove();
    expect(readLivePage(document).page.blocks).toEqual([]);
  });
});
