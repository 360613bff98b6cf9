import { describe, expect, it } from 'vitest';
import { articleByline } from './article-byline.ts';
import { readHtmlPage } from './html-page-text.ts';

const byline = (html: string): string | null => articleByline(readHtmlPage(html, 'https://news.example/a.html'));

describe('articleByline', () => {
  it('takes the author metadata unless it is an address', () => {
    expect(byline('<meta name="author" content="陳怡君"><p>記者 王五</p>')).toBe('陳怡君');
    expect(byline('<meta name="author" content="https://news.example/staff/1"><p>By Jane Doe</p>')).toBe('Jane Doe');
  });

  it('finds a signed line: 记者 names, an agency reporter, By names', () => {
    expect(byline('<div><span>来源：东方晨报</span> <span>记者 王晓明 李华</span></div>')).toBe('王晓明 李华');
    expect(byline('<p>新华社记者 张三</p>')).toBe('张三');
    expect(byline('<p class="byline">By Martin Hale and Sofia Reyes</p>')).toBe('Martin Hale and Sofia Reyes');
  });

  it('ignores reporters in a sentence, photo credits and editors', () => {
    expect(byline('<p>记者从市城管部门了解到，改造已完成。</p>')).toBeNull();
    expect(byline('<figure><figcaption>会场 新华社记者 李涛 摄</figcaption></figure><p>新华社记者 李涛 摄</p>')).toBeNull();
    expect(byline('<p>（责任编辑：刘佳）</p>')).toBeNull();
  });
});
