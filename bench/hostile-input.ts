import { articleDate, dateOfValue } from '../lib/extract/article-date.ts';
import { extractArticle } from '../lib/extract/article-extraction.ts';
import { englishVersionLinks } from '../lib/extract/english-version-links.ts';
import { readHtmlPage } from '../lib/extract/html-page-text.ts';
import { withoutSiteSuffix } from '../lib/extract/title-site-suffix.ts';
import { parseFeed } from '../lib/sources/feed-parser.ts';
import {
  deeplyNestedPage,
  HOSTILE_DATE_VALUES,
  HOSTILE_FEEDS,
  HOSTILE_TITLES,
  MB,
  ordinaryFeed,
  ordinaryPage,
  pageWithDateNoise,
  pageWithHostileTitle,
  pageWithManyLinks,
} from '../test/support/hostile-inputs.ts';
import type { BenchRow } from './bench-row.ts';
import { median } from './stats.ts';

/**
 * The crafted inputs of test/unit/hostile-input.test.ts, timed against an ordinary input of the same kind and size
 * read the same way, in the same run: a rule that backtracks shows as a ratio that grows with the input. Goal: each
 * under a second (issue 12), at the sizes the background fetches at most (pages 3 MB, feeds 2 MB) or above.
 */
const ROUNDS = 3;
const PAGE_URL = 'https://zh.example/story.html';

function milliseconds(run: () => unknown): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

interface Case {
  name: string;
  run: () => unknown;
  baseline: () => unknown;
  baselineName: string;
}

function row({ name, run, baseline, baselineName }: Case): BenchRow {
  const value = milliseconds(run);
  const base = milliseconds(baseline);
  return {
    name: `hostile input: ${name}`,
    value: Math.round(value),
    unit: 'ms',
    baseline: Math.round(base),
    note: `${(value / base).toFixed(1)}x ${baselineName}; median of ${ROUNDS}; goal < 1000 ms`,
  };
}

/** One pass over every character: what any rule must spend on a text at least. */
function eachCharacterOnce(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1) count++;
  return count;
}

function readPage(html: string) {
  return readHtmlPage(html, PAGE_URL);
}

function pageCases(chars: number): Case[] {
  const ordinary = ordinaryPage(chars);
  const extracted = (html: string) => () => extractArticle(readPage(html), { language: 'en' });
  const ordinaryExtraction = { baseline: extracted(ordinary), baselineName: `an ordinary page of ${chars / MB} MB read and extracted` };
  return [
    { name: `og:title of ${chars / MB} MB ending in separators`, run: extracted(pageWithHostileTitle(chars)), ...ordinaryExtraction },
    { name: `${chars / MB} MB of paragraphs nested 500 deep`, run: extracted(deeplyNestedPage(chars)), ...ordinaryExtraction },
    {
      name: `${chars / MB} MB of links, English-version links found`,
      run: () => englishVersionLinks(readPage(pageWithManyLinks(chars)).meta),
      baseline: () => englishVersionLinks(readPage(ordinary).meta),
      baselineName: `an ordinary page of ${chars / MB} MB read`,
    },
    {
      name: `${chars / MB} MB of date-like noise, the date found`,
      run: () => articleDate(readPage(pageWithDateNoise(chars))),
      baseline: () => articleDate(readPage(ordinary)),
      baselineName: `an ordinary page of ${chars / MB} MB read`,
    },
  ];
}

function textCases(): Case[] {
  const titles = Object.entries(HOSTILE_TITLES).map(([kind, make]): Case => {
    const title = make(MB);
    return { name: `title of 1 MB, ${kind}`, run: () => withoutSiteSuffix(title), baseline: () => eachCharacterOnce(title), baselineName: 'one pass over its characters' };
  });
  const dates = Object.entries(HOSTILE_DATE_VALUES).map(([kind, make]): Case => {
    const value = make(MB);
    return { name: `date value of 1 MB, ${kind}`, run: () => dateOfValue(value), baseline: () => eachCharacterOnce(value), baselineName: 'one pass over its characters' };
  });
  return [...titles, ...dates];
}

function feedCases(chars: number): Case[] {
  const ordinary = ordinaryFeed(chars);
  return Object.entries(HOSTILE_FEEDS).map(([kind, make]): Case => {
    const feed = make(chars);
    return {
      name: `feed of ${chars / MB} MB, ${kind}`,
      run: () => parseFeed(feed, 'https://en.example/rss.xml'),
      baseline: () => parseFeed(ordinary, 'https://en.example/rss.xml'),
      baselineName: `an ordinary feed of ${chars / MB} MB`,
    };
  });
}

export function run(): BenchRow[] {
  return [...textCases(), ...pageCases(3 * MB), ...feedCases(2 * MB)].map(row);
}
