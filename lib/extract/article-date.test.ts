import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleDate, calendarDate, dateFromParts, dateFromUrl, dateOfValue } from './article-date.ts';
import { readHtmlPage } from './html-page-text.ts';
import type { PageText, TextBlock } from './text-block.ts';

function block(text: string, boilerplate = false): TextBlock {
  return { text, tag: 'p', path: [0, 1], lang: '', boilerplate, linkChars: 0 };
}

function page(options: { meta?: Record<string, string>; times?: string[]; blocks?: string[]; url?: string }): PageText {
  return {
    meta: { url: options.url ?? 'https://example.com/news/a.html', title: '', lang: '', meta: options.meta ?? {}, times: options.times ?? [], links: [] },
    blocks: (options.blocks ?? []).map((text) => block(text)),
    widgetHolders: [],
  };
}

describe('calendarDate', () => {
  it('accepts real dates only', () => {
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDate(2023, 2, 29)).toBeNull();
    expect(calendarDate(2024, 4, 31)).toBeNull();
    expect(calendarDate(2024, 13, 1)).toBeNull();
    expect(calendarDate(2024, 0, 1)).toBeNull();
    expect(calendarDate(1024, 1, 1)).toBeNull();
  });
});

describe('dateOfValue', () => {
  it('reads ISO dates as written, compact dates and text dates', () => {
    expect(dateOfValue('2024-11-06T18:50:52+08:00')).toBe('2024-11-06');
    expect(dateOfValue('2024-11-05T23:30:00Z')).toBe('2024-11-05');
    expect(dateOfValue('20241106')).toBe('2024-11-06');
    expect(dateOfValue('20241106T185052')).toBe('2024-11-06');
    expect(dateOfValue('2024/11/6 10:00')).toBe('2024-11-06');
    expect(dateOfValue('2024年11月6日')).toBe('2024-11-06');
    expect(dateOfValue('Nov. 6, 2024')).toBe('2024-11-06');
    expect(dateOfValue('6 November 2024')).toBe('2024-11-06');
    expect(dateOfValue('2024-02-30')).toBeNull();
    expect(dateOfValue('yesterday')).toBeNull();
  });
});

describe('articleDate', () => {
  it('reads the seed page’s dateline (發佈時間:2024-11-06 18:50:52)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../test/fixtures/pages/seed-traditional.html'), 'utf8');
    expect(articleDate(readHtmlPage(html, 'https://example.com/seed.html'))).toBe('2024-11-06');
  });

  it('prefers metadata, in order of how surely it names the publication date', () => {
    expect(articleDate(page({ meta: { 'article:published_time': '2024-11-06T10:00:00+08:00', date: '2020-01-01' } }))).toBe('2024-11-06');
    expect(articleDate(page({ meta: { date: '2020-01-01', pubdate: '2024-11-06' } }))).toBe('2024-11-06');
    for (const key of ['og:published_time', 'pubdate', 'publishdate', 'date', 'dc.date', 'datepublished']) {
      expect(articleDate(page({ meta: { [key]: '2024-11-06' }, blocks: ['2020-01-01'] })), key).toBe('2024-11-06');
    }
  });

  it('skips metadata that is not a real date', () => {
    expect(articleDate(page({ meta: { pubdate: 'soon', date: '2024-11-06' } }))).toBe('2024-11-06');
  });

  it('reads <time datetime> after named metadata', () => {
    expect(articleDate(page({ times: ['not a date', '2024-11-06T08:00'], blocks: ['2020-01-01'] }))).toBe('2024-11-06');
  });

  it('reads the text: a labelled date first, else the first date in the first blocks', () => {
    expect(articleDate(page({ blocks: ['2024年11月7日 星期四', '发布时间：2024-11-06 18:50'] }))).toBe('2024-11-06');
    expect(articleDate(page({ blocks: ['來源:新華網 2024/11/06'] }))).toBe('2024-11-06');
    expect(articleDate(page({ blocks: ['新華社北京2024年11月6日電'] }))).toBe('2024-11-06');
    expect(articleDate(page({ blocks: ['２０２４年１１月６日'] }))).toBe('2024-11-06');
    expect(articleDate(page({ blocks: ['Updated: 2024-11-06 18:50'] }))).toBe('2024-11-06');
    expect(articleDate(page({ blocks: ['11月5日至6日在京召開', '2024-13-45'] }))).toBeNull();
  });

  it('does not take dates from page furniture', () => {
    const furnished: PageText = { ...page({}), blocks: [block('2025年1月3日 星期五', true), block('2024-11-06')] };
    expect(articleDate(furnished)).toBe('2024-11-06');
  });

  it('reads the URL last', () => {
    expect(articleDate(page({ url: 'https://www.news.cn/politics/leaders/20241106/abc/c.html' }))).toBe('2024-11-06');
    expect(articleDate(page({ url: 'https://www.news.cn/politics/leaders/20241106/abc/c.html', blocks: ['2024-11-07'] }))).toBe('2024-11-07');
  });
});

describe('dateFromUrl', () => {
  it('reads the layouts of news sites', () => {
    expect(dateFromUrl('https://www.news.cn/politics/leaders/20241106/5c0d/c.html')).toBe('2024-11-06');
    expect(dateFromUrl('http://www.xinhuanet.com/politics/2024-11/06/c_1130214565.htm')).toBe('2024-11-06');
    expect(dateFromUrl('https://www.chinadaily.com.cn/a/202411/06/WS672b.html')).toBe('2024-11-06');
    expect(dateFromUrl('https://www.nytimes.com/2024/11/06/world/asia/china-xi.html')).toBe('2024-11-06');
    expect(dateFromUrl('http://politics.people.com.cn/n1/2024/1106/c1024-40355555.html')).toBe('2024-11-06');
    expect(dateFromUrl('https://www.chinanews.com.cn/gn/2024/11-06/10315500.shtml')).toBe('2024-11-06');
    expect(dateFromUrl('https://www.gov.cn/yaowen/liebiao/202411/t20241106_123.html')).toBe('2024-11-06');
    expect(dateFromUrl('https://cn.nytimes.com/china/20241106/china-social-work/')).toBe('2024-11-06');
  });

  it('rejects numbers that are not calendar dates', () => {
    expect(dateFromUrl('https://example.com/story/20241399/')).toBeNull();
    expect(dateFromUrl('https://example.com/2023/02/29/leap')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});

describe('dateFromParts', () => {
  it('reads a dateline whose parts stand apart, in any order', () => {
    expect(dateFromParts('Dec 28 Sat 2013 00:28')).toBe('2013-12-28');
    expect(dateFromParts('09 3月 2014 星期日')).toBe('2014-03-09');
    expect(dateFromParts('Sat, 28 Dec. 2013 10:30 pm')).toBe('2013-12-28');
    expect(dateFromParts('2013 年 12 月 28 日 週六')).toBe('2013-12-28');
  });

  it('needs exactly one year, one month by name or unit, and one day, and nothing else', () => {
    expect(dateFromParts('12 28 2013')).toBeNull();
    expect(dateFromParts('Dec 28 2013 Dec')).toBeNull();
    expect(dateFromParts('Posted Dec 28 2013 by Steven')).toBeNull();
    expect(dateFromParts('Feb 30 2013')).toBeNull();
    expect(dateFromParts(`Dec 28 ${'2013 '.repeat(20)}`)).toBeNull();
  });
});

describe('articleDate from a dateline in parts', () => {
  it('reads a blog badge in English spans and one in Chinese spans', () => {
    const english = '<ul><li><span>Dec</span>\n<span>28</span>\n<span>Sat</span>\n<span>2013</span>\n<span>00:28</span></li></ul><p>正文</p>';
    expect(articleDate(readHtmlPage(english, 'https://blog.example/post/1'))).toBe('2013-12-28');
    const chinese = '<div class="date"><span>09</span> <span>3月</span> <span>2014</span> <span>星期日</span></div><h3>標題</h3>';
    expect(articleDate(readHtmlPage(chinese, 'https://blog.example/post/2'))).toBe('2014-03-09');
  });
});
