import type { PageText } from './text-block.ts';

/** Metadata keys that carry the publication date, surest first (keys as `PageMeta.meta` stores them: lower case). */
const DATE_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
];

/** Dates shown near the top of an article (its dateline); later ones are related stories and footers. */
const TEXT_BLOCKS_SEARCHED = 60;

/** Labels right before a publication date (發佈時間:2024-11-06 18:50:52, Updated: 2024-11-06), text normalized by NFKC. */
const DATE_LABEL = /(?:(?:发布|發佈|發布|发表|發表|更新|出版)?(?:时间|時間|日期)|发布于|發佈於|published|updated|posted)(?: on)?\s*:?\s*$/i;
/** How far before a date its label may start. */
const LABEL_REACH = 16;

/** A date written in text: 2024年11月6日, 2024-11-06, 2024/11/06, 2024.11.06; not part of a longer number. */
const NUMERIC_DATE = /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})\4(\d{1,2})(?!\d))/g;

/** English datelines: Nov. 6, 2024 / November 6, 2024 / 6 November 2024. */
const MONTH_NAMES = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const ENGLISH_DATE = new RegExp(
  `\\b(?:(${MONTH_NAMES})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTH_NAMES})[a-z]*\\.?,?\\s+(\\d{4}))(?!\\d)`,
  'gi',
);

/**
 * A dateline whose parts stand apart, often each in its own element: Dec 28 Sat 2013 00:28 (a blog's date
 * badge), 09 3月 2014 星期日, 2013 年 12 月 28 日. Read token by token (sticky, so in one pass); each token is one
 * part: a weekday, a month by name, a month or a day or a year with its Chinese unit, a time, a year, a bare day.
 */
const DATE_PART = new RegExp(
  [
    String.raw`\s*(?:[,.\/|·()（）-]\s*)*(?:`,
    String.raw`((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?![a-z])|(?:星期|週|周|礼拜|禮拜)[一二三四五六日天])`,
    String.raw`|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])`,
    String.raw`|(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?![\p{L}\p{N}])|上午|下午|凌晨|晚上)`,
    String.raw`|(\d{1,2})\s*月|(\d{1,2})\s*[日号號]|(\d{4})\s*年|(\d{4})(?!\d)|(\d{1,2})(?!\d))`,
  ].join(''),
  'iuy',
);
/** Datelines of parts are short; the bound also keeps the reading of a long block to its start. */
const DATE_PARTS_MAX_CHARS = 48;

/** A date written compactly, as in ISO basic format: 20241106 or 20241106T185052. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:$|[Tt\s])/;

/** Dates in URL paths, as news sites lay them out. */
const URL_DATES = [
  /\/(\d{4})(\d{2})(\d{2})\//, // news.cn/politics/20241106/…, cn.nytimes.com/china/20241106/…
  /\/(\d{4})-(\d{2})\/(\d{2})\//, // xinhuanet.com/politics/2024-11/06/c_….htm
  /\/(\d{4})-(\d{2})-(\d{2})\//, // /2024-11-06/…
  /\/(\d{4})(\d{2})\/(\d{2})\//, // /202411/06/…
  /\/(\d{4})\/(\d{2})\/(\d{2})\//, // nytimes.com/2024/11/06/…
  /\/(\d{4})\/(\d{2})-?(\d{2})\//, // people.com.cn/n1/2024/1106/…, chinanews.com/gn/2024/11-06/…
  /\/t(\d{4})(\d{2})(\d{2})_/, // gov.cn …/202411/t20241106_….html
];

const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** 'YYYY-MM-DD' when the numbers make a real calendar date in a plausible year, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

interface FoundDate {
  date: string;
  /** Preceded by a label that names it the publication date. */
  labelled: boolean;
}

function monthNumber(name: string): number {
  return MONTH_NAMES.split('|').indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Every real date written in the text, in order. Full-width digits and colons count (NFKC). */
function datesInText(text: string): FoundDate[] {
  const normalized = text.normalize('NFKC');
  const found: (FoundDate & { index: number })[] = [];
  const add = (year: string | undefined, month: number, day: string | undefined, index: number): void => {
    const date = calendarDate(Number(year), month, Number(day));
    if (date === null) return;
    const labelled = DATE_LABEL.test(normalized.slice(Math.max(0, index - LABEL_REACH), index));
    found.push({ date, labelled, index });
  };
  for (const match of normalized.matchAll(NUMERIC_DATE)) {
    add(match[1], Number(match[2] ?? match[5]), match[3] ?? match[6], match.index);
  }
  for (const match of normalized.matchAll(ENGLISH_DATE)) {
    add(match[3] ?? match[6], monthNumber(match[1] ?? match[5] ?? ''), match[2] ?? match[4], match.index);
  }
  return found.sort((a, b) => a.index - b.index).map(({ date, labelled }) => ({ date, labelled }));
}

/**
 * The date of a short line made of nothing but date parts, in any order: exactly one year, one month (by name or
 * with 月) and one day. Null for anything else (a bare 12 28 2013 says nothing of which is the month).
 */
export function dateFromParts(text: string): string | null {
  const normalized = text.normalize('NFKC').trim();
  if (normalized === '' || normalized.length > DATE_PARTS_MAX_CHARS) return null;
  const years: number[] = [];
  const months: number[] = [];
  const days: number[] = [];
  DATE_PART.lastIndex = 0;
  while (DATE_PART.lastIndex < normalized.length) {
    const part = DATE_PART.exec(normalized);
    if (!part) return null;
    const [, , monthName, , month, day, year, bareYear, bare] = part;
    if (monthName !== undefined) months.push(monthNumber(monthName));
    else if (month !== undefined) months.push(Number(month));
    else if (day !== undefined || bare !== undefined) days.push(Number(day ?? bare));
    else if (year !== undefined || bareYear !== undefined) years.push(Number(year ?? bareYear));
  }
  const [year] = years;
  const [month] = months;
  const [day] = days;
  if (years.length !== 1 || months.length !== 1 || days.length !== 1 || year === undefined || month === undefined || day === undefined) return null;
  return calendarDate(year, month, day);
}

/** The date of a metadata value: ISO 8601 (the date as written, whatever its time zone) or the text forms. */
export function dateOfValue(value: string): string | null {
  const compact = COMPACT_DATE.exec(value.trim());
  if (compact) return calendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return datesInText(value)[0]?.date ?? null;
}

function dateFromMetadata(page: PageText): string | null {
  for (const key of DATE_META_KEYS) {
    const value = page.meta.meta[key];
    const date = value === undefined ? null : dateOfValue(value);
    if (date !== null) return date;
  }
  for (const time of page.meta.times) {
    const date = dateOfValue(time);
    if (date !== null) return date;
  }
  return null;
}

/**
 * A labelled date (發佈時間:…) in the first blocks, else the first date there at all, written in one piece or in
 * parts. Page furniture is not read.
 */
function dateFromText(page: PageText): string | null {
  let firstUnlabelled: string | null = null;
  let searched = 0;
  for (const block of page.blocks) {
    if (block.boilerplate) continue;
    if (searched++ >= TEXT_BLOCKS_SEARCHED) break;
    for (const { date, labelled } of datesInText(block.text)) {
      if (labelled) return date;
      firstUnlabelled ??= date;
    }
    firstUnlabelled ??= dateFromParts(block.text);
  }
  return firstUnlabelled;
}

export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_DATES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const date = calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date !== null) return date;
  }
  return null;
}

/**
 * The article's publication date as 'YYYY-MM-DD': from the page's metadata, else from the dateline near the top of
 * its text, else from its URL; null when none of them gives a real date.
 */
export function articleDate(page: PageText): string | null {
  return dateFromMetadata(page) ?? dateFromText(page) ?? dateFromUrl(page.meta.url);
}
