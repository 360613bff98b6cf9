/**
 * Crafted pages, feeds and titles of a few megabytes, each aimed at a rule that reads page or remote text: long runs
 * of what a pattern repeats (separators, spaces, digits, letters, ampersands), where a backtracking rule would take
 * quadratic time or worse. Shared by the unit tests (the results are right) and the bench (how long they take
 * against an ordinary input of the same size).
 */

export const MB = 1_000_000;

/** `unit` repeated to exactly `chars` characters. */
export function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Sentences long enough for a paragraph to vote for its container (see article extraction). */
const ENGLISH_PARAGRAPH =
  '<p>Shares in Europe and Asia fell on Wednesday as investors weighed comments from central bankers on the path of interest rates.</p>';

export const HEADLINE = 'Global stocks slip as investors weigh signals';

/** Titles that end in ever more site-name separators: bars, spaced dashes, hyphens before Chinese, a run of spaces. */
export const HOSTILE_TITLES: Readonly<Record<string, (chars: number) => string>> = {
  bars: (chars) => `${HEADLINE} ${repeatTo('｜x', chars)}`,
  'spaced dashes': (chars) => `${HEADLINE}${repeatTo(' - x', chars)}`,
  'hyphens before Chinese': (chars) => `${HEADLINE}${repeatTo('-新', chars)}`,
  'one long Chinese name': (chars) => `${HEADLINE} -${repeatTo('新', chars)}-x`,
  'spaces before the name': (chars) => `${HEADLINE} |${' '.repeat(chars)}x`,
};

/** An English article whose og:title ends in separators (one of 25 KB took 25 s). */
export function pageWithHostileTitle(chars: number): string {
  const title = `${HEADLINE} ${repeatTo('｜x', chars)}`;
  return `<html lang="en"><head><meta property="og:title" content="${title}"></head><body><article>${ENGLISH_PARAGRAPH.repeat(10)}</article></body></html>`;
}

/** An ordinary English page of about the same size: the baseline for pages. */
export function ordinaryPage(chars: number): string {
  return `<html lang="en"><head><title>${HEADLINE}</title></head><body><article>${repeatTo(ENGLISH_PARAGRAPH, chars)}</article></body></html>`;
}

/** Paragraphs at the deepest nesting browsers build: every block's path runs from the root through 500 elements. */
export function deeplyNestedPage(chars: number): string {
  return `<html lang="en"><body>${'<div>'.repeat(500)}${repeatTo(ENGLISH_PARAGRAPH, chars)}</body></html>`;
}

/** Tens of thousands of links, with long titles, rel lists and texts that look like "English" links. */
export function pageWithManyLinks(chars: number): string {
  const link = `<a href="/en/a.html" rel="${repeatTo('alternate ', 200)}" hreflang="en" title="${repeatTo('英文 ', 300)}">${repeatTo('English ', 100)}</a>`;
  return `<html><body>${link.repeat(Math.floor(chars / link.length))}<a href="/en/story.html">英文版</a></body></html>`;
}

/** The date that `pageWithDateNoise` gives, in its 50th block. */
export const NOISY_PAGE_DATE = '2024-11-06';

/**
 * Blocks full of what dates are made of (digits, 年月日, month names, spaces) but no date, the labelled date in the
 * 50th block, and datetimes of a megabyte.
 */
export function pageWithDateNoise(chars: number): string {
  const noise = `<p>${repeatTo('2024 2024年 11 月 2024-11-0 Nov 6, 20 may 1111111 ', 19_000)}</p>`;
  const times = `<time datetime="${repeatTo('2024', MB)}"></time>`.repeat(2);
  const rest = Math.max(0, Math.floor(chars / noise.length) - 49);
  return `<html><body>${times}${noise.repeat(49)}<p>發佈時間:${NOISY_PAGE_DATE}</p>${noise.repeat(rest)}</body></html>`;
}

/** Date-like texts of a megabyte, as metadata values. */
export const HOSTILE_DATE_VALUES: Readonly<Record<string, (chars: number) => string>> = {
  'a month name and spaces': (chars) => `Nov${' '.repeat(chars / 2)}6,${' '.repeat(chars / 2)}`,
  'a year, 年 and spaces': (chars) => `2024年${' '.repeat(chars / 2)}1${' '.repeat(chars / 2)}`,
  'digits and spaces': (chars) => repeatTo('2024 ', chars),
  'a month name and letters': (chars) => `Mar${repeatTo('x', chars)}`,
};

function rss(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items}</channel></rss>`;
}

function item(published: string, description: string): string {
  return `<item><title>Story</title><link>https://en.example/story.html</link><pubDate>${published}</pubDate><description>${description}</description></item>`;
}

/** Feeds with a description of bare ampersands or character references, a date of letters, elements with many attributes. */
export const HOSTILE_FEEDS: Readonly<Record<string, (chars: number) => string>> = {
  'bare ampersands': (chars) => rss(item('Wed, 06 Nov 2024 18:00:00 GMT', repeatTo('&a', chars))),
  'character references': (chars) => rss(item('Wed, 06 Nov 2024 18:00:00 GMT', repeatTo('&#1234;&lt;', chars))),
  'escaped markup': (chars) => rss(item('Wed, 06 Nov 2024 18:00:00 GMT', repeatTo('&lt;p&gt;x', chars))),
  'a date of letters': (chars) => rss(item(`Wed${repeatTo('a', chars)}`, 'x')),
  'a date of spaces and digits': (chars) => rss(item(`Wed, 06 Nov 2024 ${repeatTo('1 ', chars)}`, 'x')),
  'many attributes': (chars) =>
    `<feed xmlns="http://www.w3.org/2005/Atom"><entry ${Array.from({ length: Math.floor(chars / 12) }, (_, i) => `a${i}="1"`).join(' ')}><link href="https://en.example/story.html"/><title>Story</title></entry></feed>`,
};

/** An ordinary feed of about the same size: the baseline for feeds. */
export function ordinaryFeed(chars: number): string {
  const story = item('Wed, 06 Nov 2024 18:00:00 GMT', 'Shares in Europe and Asia fell on Wednesday as investors weighed comments from central bankers.');
  return rss(story.repeat(Math.floor(chars / story.length)));
}
