// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangesFor, sentenceOf, textWindowAt } from './text-window.ts';

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

describe('textWindowAt', () => {
  it('joins a word split across inline elements and cuts at sentence ends', () => {
    document.body.innerHTML = '<p>前一句。事關國家長治<span>久安</span>，<a href="#">社會</a>和諧。後一句</p>';
    const [first] = textNodes(document.body);
    if (!first) throw new Error('no text');
    const window = textWindowAt(first, first.data.indexOf('治'));
    expect(window.text).toBe('事關國家長治久安，社會和諧。');
    expect(Array.from(window.text)[window.index]).toBe('治');
    const ranges = rangesFor(window, 4, 8);
    expect(ranges.map((range) => range.toString())).toEqual(['長治', '久安']);
  });

  it('does not cross block elements', () => {
    document.body.innerHTML = '<div><p>第一段落</p><p>第二段落</p></div>';
    const second = textNodes(document.body)[1];
    if (!second) throw new Error('no text');
    expect(textWindowAt(second, 1).text).toBe('第二段落');
  });

  it('takes a window of a huge text node without copying it', () => {
    const filler = '中'.repeat(500_000);
    document.body.innerHTML = '';
    const node = document.createTextNode(`${filler}長治久安${filler}`);
    document.body.append(node);
    const window = textWindowAt(node, 500_001);
    expect(window.text.length).toBeLessThanOrEqual(160);
    expect(Array.from(window.text)[window.index]).toBe('治');
  });

  it('counts characters outside the BMP once', () => {
    document.body.innerHTML = '<p>𠀀國家長治久安</p>';
    const [node] = textNodes(document.body);
    if (!node) throw new Error('no text');
    const window = textWindowAt(node, node.data.indexOf('國'));
    expect(window.index).toBe(1);
    expect(rangesFor(window, 1, 3)[0]?.toString()).toBe('國家');
  });

  it('skips script and ruby annotation text', () => {
    document.body.innerHTML = '<p>國<ruby>家<rt>jiā</rt></ruby><script>var x = "不要";</script>安全</p>';
    const [node] = textNodes(document.body);
    if (!node) throw new Error('no text');
    expect(textWindowAt(node, 0).text).toBe('國家安全');
  });

  it('keeps the whole sentence across a line break of the page source, which the page shows as a space', () => {
    document.body.innerHTML = '<p>他在谷歌(微博)\n        的搜索框里输入了问题。下一句</p>';
    const [node] = textNodes(document.body);
    if (!node) throw new Error('no text');
    const window = textWindowAt(node, node.data.indexOf('搜'));
    expect(window.text.replace(/\s+/g, ' ')).toBe('他在谷歌(微博) 的搜索框里输入了问题。');
    expect(Array.from(window.text)[window.index]).toBe('搜');
    expect(sentenceOf(window)).toBe('他在谷歌(微博) 的搜索框里输入了问题。');
  });

  it('ends a sentence at a line break the page shows: a <br>, or a new line in preformatted text', () => {
    document.body.innerHTML = '<p>第一行没有句号<br>第二行也没有</p><div style="white-space: pre-wrap">预排第一行\n预排第二行</div>';
    const [, second, pre] = textNodes(document.body);
    if (!second || !pre) throw new Error('no text');
    expect(textWindowAt(second, 1).text).toBe('第二行也没有');
    expect(textWindowAt(pre, pre.data.indexOf('二')).text).toBe('预排第二行');
  });
});
