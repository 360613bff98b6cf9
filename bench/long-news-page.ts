import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURE_PAGES_DIR } from '../test/e2e/harness/fixture-server.ts';
import { hanPositions } from './hover-targets.ts';

/** The marker that opens the section a benchmark hovers in: the one Simplified article among Traditional ones. */
const HOVERED_SECTION_MARKER = '相关阅读·简体版';

const SECTIONS = 40;
const HOVERED_SECTION = 20;

function articleParagraphs(html: string): string[] {
  const article = /<article class="news" id="article">([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return [...article.matchAll(/<p(?: [^>]*)?>([\s\S]*?)<\/p>/g)].map((match) => match[1] ?? '');
}

/** One paragraph as a CMS writes it on many news sites: sentences split by <br>, no <p>. */
function brSplit(paragraph: string): string {
  return paragraph.replace(/。/g, '。<br>');
}

function section(paragraphs: readonly string[], n: number, heading: string): string {
  const body = paragraphs.map((p, i) => (i % 3 === 1 ? `<div class="text">${brSplit(p)}</div>` : `<p>${p}</p>`)).join('\n');
  return `<section class="story" id="story-${n}">
<h2>${heading}</h2>
${body}
<aside class="ad" data-slot="${n}"><a href="#ad-${n}"><span class="ad-label">廣告</span> 限時優惠 立即訂閱 第${n}期</a></aside>
<div class="comments"><ul>${[1, 2, 3].map((c) => `<li><b>網友${n * 10 + c}</b>: <span>說得好,支持!第${c}樓</span> <button>讚 ${n + c}</button></li>`).join('')}</ul></div>
</section>`;
}

/**
 * A long news page of real shape (about 40 screens: stories, ads, comment widgets, <br>-split paragraphs, a page
 * script that listens to the pointer), from the seed article: Traditional stories around one Simplified story in
 * the middle, whose text is the page's only copy of it, so that hover targets there are unique.
 */
export async function longNewsPage(): Promise<string> {
  const traditional = articleParagraphs(await readFile(join(FIXTURE_PAGES_DIR, 'seed-traditional.html'), 'utf8'));
  const simplified = articleParagraphs(await readFile(join(FIXTURE_PAGES_DIR, 'seed-simplified.html'), 'utf8'));
  const sections: string[] = [];
  for (let n = 0; n < SECTIONS; n++) {
    sections.push(n === HOVERED_SECTION ? section(simplified, n, HOVERED_SECTION_MARKER) : section(traditional, n, `要聞 第${n}篇`));
  }
  return `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>新聞長頁</title>
<style>body{margin:0;font:18px/1.8 sans-serif}main{max-width:760px;margin:0 auto;padding:16px 24px}.ad{background:#eee;padding:8px;margin:16px 0}.comments{font-size:14px;color:#555}</style>
</head><body>
<header><nav><a href="#">首頁</a> <a href="#">要聞</a> <a href="#">財經</a> <a href="#">國際</a></nav></header>
<main>${sections.join('\n')}</main>
<footer>版權所有</footer>
<script>
  // Pages track the pointer for their own widgets.
  let moves = 0;
  document.addEventListener('mousemove', () => { moves++; }, { passive: true });
</script>
</body></html>`;
}

/** Text positions of the Simplified story of the long page, the only part of it whose text is there once. */
export function hoveredSection(text: string): number[] {
  const start = text.indexOf(HOVERED_SECTION_MARKER);
  const end = text.indexOf('網友', start);
  return hanPositions(text).filter((position) => position > start + HOVERED_SECTION_MARKER.length && position < end);
}
