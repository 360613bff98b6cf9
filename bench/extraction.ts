import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { extractCommand, type ExtractCommandResult } from '../lib/extract/cli-command.ts';
import { decodeBody } from '../lib/sources/limited-fetch.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import type { BenchRow } from './bench-row.ts';
import { formatTable } from './report.ts';
import { median } from './stats.ts';

/**
 * `duizhao extract` on the fixture pages (test/fixtures/articles), beside Mozilla's Readability in the same run:
 * F1 of the story's text against the hand-written expected paragraphs, per page; the share of titles, dates and
 * bylines exactly as expected; and the time to read a page.
 * Readability gets the same decoded text and a happy-dom document (scripts off): it needs a DOM, Duizhao does not.
 */
const FOLDER = join(PROJECT_ROOT, 'test', 'fixtures', 'articles');
const ROUNDS = 20;

/** Han characters and Latin words: Chinese has no spaces, and a character is its smallest unit of meaning. */
function tokens(text: string): string[] {
  return text.match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
}

/** F1 of bags of tokens, as article-extraction benchmarks score body text. */
export function tokenF1(found: string, expected: string): number {
  const wanted = new Map<string, number>();
  for (const token of tokens(expected)) wanted.set(token, (wanted.get(token) ?? 0) + 1);
  const foundTokens = tokens(found);
  let shared = 0;
  for (const token of foundTokens) {
    const left = wanted.get(token) ?? 0;
    if (left > 0) {
      shared++;
      wanted.set(token, left - 1);
    }
  }
  const expectedCount = tokens(expected).length;
  if (shared === 0) return 0;
  const precision = shared / foundTokens.length;
  const recall = shared / expectedCount;
  return (2 * precision * recall) / (precision + recall);
}

interface ReadabilityResult {
  text: string;
  title: string | null;
  date: string | null;
  byline: string | null;
}

function readabilityArticle(html: string, url: string): ReadabilityResult {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const article = new Readability(document as unknown as Document).parse();
  void window.happyDOM.close();
  return {
    text: article?.textContent ?? '',
    title: article?.title?.trim() ?? null,
    date: article?.publishedTime?.slice(0, 'YYYY-MM-DD'.length) ?? null,
    byline: article?.byline?.trim() ?? null,
  };
}

/** How many of the title, date and byline are exactly as expected (null included). */
function fieldsRight(found: { title: string | null; date: string | null; byline: string | null } | null, expected: ExtractCommandResult): number {
  if (found === null) return 0;
  return [found.title === expected.title, found.date === expected.date, found.byline === expected.byline].filter(Boolean).length;
}

function timed<T>(run: () => T): { value: T; ms: number[] } {
  const ms: number[] = [];
  let value = run();
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    value = run();
    ms.push(performance.now() - started);
  }
  return { value, ms };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const ours: number[] = [];
  const theirs: number[] = [];
  let ourFields = 0;
  let theirFields = 0;
  let pages = 0;
  for (const name of readdirSync(FOLDER).filter((file) => file.endsWith('.html')).sort()) {
    const page = name.slice(0, -'.html'.length);
    const bytes = readFileSync(join(FOLDER, name));
    const url = `https://news.example/${name}`;
    const expected = JSON.parse(readFileSync(join(FOLDER, `${page}.expected.json`), 'utf8')) as ExtractCommandResult;
    const truth = expected.paragraphs.join('\n');
    const duizhao = timed(() => extractCommand(bytes, url));
    const readability = timed(() => readabilityArticle(decodeBody(bytes, ''), url));
    ourFields += fieldsRight(duizhao.value, expected);
    theirFields += fieldsRight(readability.value, expected);
    pages++;
    ours.push(median(duizhao.ms));
    theirs.push(median(readability.ms));
    rows.push({
      name: `extract F1: ${page}`,
      value: tokenF1(duizhao.value?.paragraphs.join('\n') ?? '', truth),
      unit: 'F1',
      baseline: tokenF1(readability.value.text, truth),
      note: 'baseline: @mozilla/readability textContent',
    });
  }
  rows.push({
    name: 'extract: title, date and byline as expected',
    value: (100 * ourFields) / (3 * pages),
    unit: '%',
    baseline: (100 * theirFields) / (3 * pages),
    note: `${3 * pages} fields; baseline: Readability's title, publishedTime, byline`,
  });
  rows.push({
    name: 'extract: time per fixture page (median of pages)',
    value: median(ours),
    unit: 'ms',
    baseline: median(theirs),
    note: `baseline: happy-dom + @mozilla/readability; ${ROUNDS} rounds a page`,
  });
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatTable(await run()));
}
