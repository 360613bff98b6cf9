import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { extractArticle, type ExtractedArticle } from '../lib/extract/article-extraction.ts';
import { readHtmlPage } from '../lib/extract/html-page-text.ts';
import { englishCoverageOnPage } from '../lib/extract/same-page-english.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import { alignSource } from '../lib/sources/aligned-source.ts';
import type { ArticleText } from '../lib/sources/source-report.ts';
import { launchChromium } from '../test/e2e/harness/chromium.ts';
import { startFixtureServer } from '../test/e2e/harness/fixture-server.ts';
import { openPopupFor, waitForHover } from '../test/e2e/support/tabs.ts';
import type { BenchRow } from './bench-row.ts';
import { median } from './stats.ts';

/**
 * The seed page through the aligned-sources pipeline: extraction, alignment and summary in Node (per step), and in
 * Chromium the reader's wait from opening the popup's English tab to the summary shown.
 */
const ROUNDS = 5;
const SEED_PAGE = join(PROJECT_ROOT, 'test', 'fixtures', 'pages', 'seed-traditional.html');

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

function articleText(article: ExtractedArticle): ArticleText {
  return { ...article, paragraphs: article.paragraphs.map((paragraph) => paragraph.text) };
}

function nodeRows(): BenchRow[] {
  const html = readFileSync(SEED_PAGE, 'utf8');
  const dictionary = new Dictionary(readDictionaryFiles());
  const extract: number[] = [];
  const align: number[] = [];
  let englishParagraphs = 0;
  let summarySentences = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const read = timed(() => {
      const page = readHtmlPage(html, 'https://www.news.cn/politics/20241106/seed.html');
      const chinese = extractArticle(page, { language: 'zh' });
      return { chinese, english: chinese && englishCoverageOnPage(page, chinese) };
    });
    extract.push(read.ms);
    const { chinese, english } = read.value;
    if (!chinese || !english) throw new Error('the seed page lost its Chinese article or its English coverage');
    englishParagraphs = english.paragraphs.length;
    const aligned = timed(() => alignSource(articleText(chinese).paragraphs, articleText(english).paragraphs, dictionary));
    align.push(aligned.ms);
    summarySentences = aligned.value.summary.length;
  }
  return [
    { name: 'seed: English paragraphs found on the page', value: englishParagraphs, unit: 'paragraphs', note: 'the seed has a headline and 7 paragraphs' },
    { name: 'seed: summary sentences', value: summarySentences, unit: 'sentences', note: 'goal 3-5' },
    { name: 'seed: read the page and extract both articles (Node)', value: median(extract), unit: 'ms', note: `median of ${ROUNDS}` },
    { name: 'seed: align and summarize (Node)', value: median(align), unit: 'ms', note: `median of ${ROUNDS}` },
  ];
}

async function browserRows(): Promise<BenchRow[]> {
  const server = await startFixtureServer();
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const popup = await openPopupFor(chromium, page, 'english');
      await popup.getByTestId('source-summary').waitFor({ timeout: 30_000 });
      times.push(performance.now() - started);
      await popup.close();
    }
    return [
      {
        name: 'seed: popup English tab, open to summary shown (Chromium)',
        value: median(times),
        unit: 'ms',
        note: `median of ${ROUNDS}; the first includes the dictionary shards of the article; min ${Math.min(...times).toFixed(0)} max ${Math.max(...times).toFixed(0)}`,
      },
    ];
  } finally {
    await chromium.close();
    await server.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  return [...nodeRows(), ...(await browserRows())];
}
