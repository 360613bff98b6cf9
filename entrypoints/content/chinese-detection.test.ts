// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inJapaneseElement, isJapaneseNode, isJapaneseTextAt, pageLanguageOf } from './chinese-detection.ts';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const CHINESE = '<p>国务院总理李强15日在人民大会堂主持召开国务院常务会议，研究部署进一步扩大内需的政策措施。</p>';
const JAPANESE = '<p>岸田文雄首相は15日、首相官邸で記者団の取材に応じ、来年度予算案について述べた。</p>';

function firstText(document: Document, selector: string): Text {
  const node = document.querySelector(selector)?.firstChild;
  if (!(node instanceof Text)) throw new Error(`no text in ${selector}`);
  return node;
}

describe('pageLanguageOf', () => {
  it('reads a page declared Japanese, or written with kana, as Japanese', () => {
    expect(pageLanguageOf(parse(`<html lang="ja"><body>${CHINESE}</body></html>`))).toBe('japanese');
    expect(pageLanguageOf(parse(`<html><head><title>首相官邸</title></head><body>${JAPANESE}</body></html>`))).toBe('japanese');
  });

  it('keeps a Chinese article quoting Japanese Chinese', () => {
    const quoting = `<html lang="zh-CN"><body>${CHINESE}<blockquote lang="ja">日本の未来は明るい</blockquote>${CHINESE}</body></html>`;
    expect(pageLanguageOf(parse(quoting))).toBe('chinese');
    const undeclared = `<html><body>${CHINESE}<p>日本媒体以「日本の未来は明るい」为题报道。</p>${CHINESE}${CHINESE}</body></html>`;
    expect(pageLanguageOf(parse(undeclared))).toBe('chinese');
  });

  it('does not count the page’s scripts and styles', () => {
    const scripted = `<html><body>${CHINESE}<script>var label = "ニュースをもっと見る。ログインしてください。";</script></body></html>`;
    expect(pageLanguageOf(parse(scripted))).toBe('chinese');
  });

  it('finds nothing to read on a page without Han', () => {
    expect(pageLanguageOf(parse('<html lang="en"><body><p>Hello</p></body></html>'))).toBe('none');
  });
});

describe('Japanese text in a Chinese page', () => {
  const document = parse(
    `<html lang="zh-CN"><body>${CHINESE}<blockquote lang="ja-JP"><p>首相官邸で記者団に述べた</p></blockquote>` +
      '<p id="mixed">他在社交媒体上写道：「日本の未来は明るい」，引发网友热议。</p><p id="quote">日本の未来は明るい</p></body></html>',
  );

  it('tells the elements declaring Japanese, not the page’s own root', () => {
    expect(inJapaneseElement(firstText(document, 'blockquote p'))).toBe(true);
    expect(inJapaneseElement(firstText(document, '#mixed'))).toBe(false);
    const japanesePage = parse(`<html lang="ja"><body>${JAPANESE}</body></html>`);
    // The page's own language is the page's business (pageLanguageOf), not the element's.
    expect(inJapaneseElement(firstText(japanesePage, 'p'))).toBe(false);
  });

  it('leaves alone whole nodes of Japanese, not Chinese nodes quoting it', () => {
    expect(isJapaneseNode(firstText(document, 'blockquote p'))).toBe(true);
    expect(isJapaneseNode(firstText(document, '#quote'))).toBe(true);
    expect(isJapaneseNode(firstText(document, '#mixed'))).toBe(false);
    expect(isJapaneseNode(firstText(document, 'p'))).toBe(false);
  });

  it('tells the Japanese characters of a mixed text from its Chinese ones', () => {
    const node = firstText(document, '#mixed');
    const chars = Array.from(node.data);
    expect(isJapaneseTextAt(node, node.data, chars.indexOf('未'))).toBe(true);
    expect(isJapaneseTextAt(node, node.data, chars.indexOf('社'))).toBe(false);
    expect(isJapaneseTextAt(node, node.data, chars.indexOf('热'))).toBe(false);
  });
});
