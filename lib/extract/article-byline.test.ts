import { describe, expect, it } from 'vitest';
import { articleByline, isSignatureLine } from './article-byline.ts';
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

  it('reads a name followed by its affiliation, and a bracketed byline opening the lead', () => {
    expect(byline('<p>作者：周明远（中国社会科学院考古研究所研究员）</p>')).toBe('周明远');
    expect(byline('<p>作者：张三，系北京大学教授</p>')).toBe('张三');
    expect(byline('<p>〔記者王小明／台北報導〕行政院今天通過明年度總預算案。</p>')).toBe('王小明');
  });

  it('looks past page furniture: a menu of many links before the story does not hide its author', () => {
    const menu = `<nav><ul>${'<li><a href="/c">频道</a></li>'.repeat(80)}</ul></nav>`;
    expect(byline(`${menu}<h1>标题</h1><p>作者：周明远（研究员）</p>`)).toBe('周明远');
  });

  it('does not take the site for the author', () => {
    const page = '<title>暴雨过后老城区排水改造提速_新浪新闻</title><meta property="article:author" content="新浪新闻"><p>本报记者 李明</p>';
    expect(byline(page)).toBe('李明');
    expect(byline('<meta property="og:site_name" content="北岸日報"><meta name="author" content="北岸日報"><p>文</p>')).toBeNull();
  });
});

describe('isSignatureLine', () => {
  it('is a short line that only signs the story', () => {
    expect(isSignatureLine('本报记者 刘晓燕')).toBe(true);
    expect(isSignatureLine('北岸日報記者陳怡君／綜合報導　2024/08/21 10:15')).toBe(true);
    expect(isSignatureLine('新华社记者 张三 李四')).toBe(true);
  });

  it('is not a sentence about a reporter, nor a long paragraph', () => {
    expect(isSignatureLine('记者从市城管部门了解到，改造已完成。')).toBe(false);
    expect(isSignatureLine('记者张三说。')).toBe(false);
    expect(isSignatureLine(`记者 张三 ${'很长的一段话'.repeat(10)}`)).toBe(false);
  });
});
