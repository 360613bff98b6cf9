import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ENGLISH_PARAGRAPHS } from '../align/seed-article.fixture.ts';
import { extractArticle, type ExtractedArticle } from './article-extraction.ts';
import { readHtmlPage } from './html-page-text.ts';
import { englishCoverageOnPage } from './same-page-english.ts';
import type { PageText } from './text-block.ts';

const CHINESE = [
  '中央社會工作會議11月5日至6日在北京召開,會上傳達了習近平重要指示,蔡奇出席會議並講話。',
  '習近平強調,做好社會工作是全黨共同責任,各級黨委要扛起政治責任,加強組織領導和統籌協調。',
  '蔡奇指出,要把加強新興領域黨的建設作為重中之重,加強統籌協調,堅持分類指導,促進健康發展。',
];
const ENGLISH = SEED_ENGLISH_PARAGRAPHS.slice(1, 4);

function read(html: string, url = 'https://example.com/news/20241106/a.html'): { page: PageText; chinese: ExtractedArticle } {
  const page = readHtmlPage(html, url);
  const chinese = extractArticle(page, { language: 'zh' });
  if (chinese === null) throw new Error('no Chinese article');
  return { page, chinese };
}

function coverageTexts(html: string): string[] | null {
  const { page, chinese } = read(html);
  return englishCoverageOnPage(page, chinese)?.paragraphs.map((paragraph) => paragraph.text) ?? null;
}

describe('englishCoverageOnPage', () => {
  it('finds the separate English article after the Chinese one on the seed page', () => {
    const html = readFileSync(join(import.meta.dirname, '../../test/fixtures/pages/seed-traditional.html'), 'utf8');
    const { page, chinese } = read(html);
    const english = englishCoverageOnPage(page, chinese);
    expect(english?.title).toBe('Xi stresses high-quality development of social work');
    expect(english?.paragraphs.map((paragraph) => paragraph.text)).toEqual(SEED_ENGLISH_PARAGRAPHS);
    expect(english).toMatchObject({ url: chinese.url, date: '2024-11-06', site: chinese.site });
    for (const paragraph of english?.paragraphs ?? []) expect(page.blocks[paragraph.block]?.lang).toBe('en');
  });

  it('finds English paragraphs interleaved with the Chinese in one container (China Daily)', () => {
    const pairs = CHINESE.map((chinese, index) => `<p>${ENGLISH[index]}</p><p>${chinese}</p>`).join('');
    expect(coverageTexts(`<div id="Content">${pairs}</div>`)).toEqual(ENGLISH);
  });

  it('finds English paragraphs paired with the Chinese row by row (NYT Chinese /dual/)', () => {
    const rows = CHINESE.map(
      (chinese, index) =>
        `<div class="row article-dual-body-item"><div class="article-paragraph" lang="en">${ENGLISH[index]}</div><div class="article-paragraph">${chinese}</div></div>`,
    ).join('');
    expect(coverageTexts(`<header><h1>中英雙語</h1></header><section class="article-body">${rows}</section>`)).toEqual(ENGLISH);
  });

  it('finds nothing on a page in Chinese only', () => {
    expect(coverageTexts(`<article>${CHINESE.map((text) => `<p>${text}</p>`).join('')}</article>`)).toBeNull();
  });

  it('does not take the site’s English menu, footer or a single quotation for coverage', () => {
    const menu = '<ul class="topbar">' + ['Home', 'China', 'World', 'Business', 'Sports', 'Culture', 'Opinion'].map((item) => `<li><a href="/">${item}</a></li>`).join('') + '</ul>';
    const footer = `<div class="copyright"><p>${SEED_ENGLISH_PARAGRAPHS.join(' ')}</p></div>`;
    const quotation = `<blockquote>${SEED_ENGLISH_PARAGRAPHS.slice(1, 4).join(' ')}</blockquote>`;
    const story = `<article>${CHINESE.map((text) => `<p>${text}</p>`).join('')}${quotation}</article>`;
    expect(coverageTexts(`${menu}${story}${footer}`)).toBeNull();
  });

  it('leaves out blocks the Chinese article already holds', () => {
    // Declared English but mostly Chinese: read as Chinese, so not English coverage as well.
    const mixed = CHINESE.map((text) => `<p lang="en">${text} Central Conference on Social Work (CCSW) in Beijing</p>`).join('');
    expect(coverageTexts(`<article>${mixed}</article>`)).toBeNull();
  });
});
