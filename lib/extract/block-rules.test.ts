import { describe, expect, it } from 'vitest';
import { BlockCollector, isBlockTag, isHiddenByMarkup, isSkippedTag, marksBoilerplate, type AttributeReader } from './block-rules.ts';

const OUTSIDE = { insideArticle: false, parentTag: 'div' };
const INSIDE = { insideArticle: true, parentTag: 'article' };

function attributes(values: Record<string, string>): AttributeReader {
  return (name) => values[name] ?? null;
}

function plain(overrides: Partial<{ id: string; className: string; role: string }> = {}): { id: string; className: string; role: string } {
  return { id: '', className: '', role: '', ...overrides };
}

describe('isBlockTag / isSkippedTag', () => {
  it('knows block elements from inline ones', () => {
    for (const tag of ['p', 'h1', 'h6', 'li', 'blockquote', 'td', 'th', 'dd', 'dt', 'figcaption', 'pre', 'div', 'section', 'article', 'main', 'header', 'footer']) {
      expect(isBlockTag(tag), tag).toBe(true);
    }
    for (const tag of ['span', 'a', 'b', 'em', 'strong', 'br', 'img', 'html', 'head']) expect(isBlockTag(tag), tag).toBe(false);
  });

  it('skips code, embedded documents, controls, ruby annotations and Duizhao’s own elements', () => {
    for (const tag of ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'textarea', 'select', 'button', 'rt', 'duizhao-card', 'duizhao-toolbar']) {
      expect(isSkippedTag(tag), tag).toBe(true);
    }
    for (const tag of ['p', 'div', 'ruby', 'duizhao']) expect(isSkippedTag(tag), tag).toBe(false);
  });
});

describe('marksBoilerplate', () => {
  it('marks navigation, sidebars and footers by tag', () => {
    for (const tag of ['nav', 'aside', 'footer', 'menu']) expect(marksBoilerplate(tag, plain(), OUTSIDE), tag).toBe(true);
    expect(marksBoilerplate('footer', plain(), INSIDE)).toBe(true);
    expect(marksBoilerplate('div', plain(), OUTSIDE)).toBe(false);
  });

  it('takes a header for the site banner outside an article, for the headline inside one', () => {
    expect(marksBoilerplate('header', plain(), OUTSIDE)).toBe(true);
    expect(marksBoilerplate('header', plain(), INSIDE)).toBe(false);
  });

  it('marks forms inside the page, not one wrapping the whole body', () => {
    expect(marksBoilerplate('form', plain(), OUTSIDE)).toBe(true);
    expect(marksBoilerplate('form', plain({ id: 'form1' }), { insideArticle: false, parentTag: 'body' })).toBe(false);
  });

  it('marks landmark roles', () => {
    for (const role of ['navigation', 'banner', 'contentinfo', 'complementary', ' Navigation ']) {
      expect(marksBoilerplate('div', plain({ role }), OUTSIDE), role).toBe(true);
    }
    expect(marksBoilerplate('div', plain({ role: 'main' }), OUTSIDE)).toBe(false);
  });

  it('reads class and id hints, with nav only at a word edge', () => {
    const hinted = ['comment-list', 'bdshare', 'related-news', 'page-footer', 'breadcrumb', 'sidebar', 'topmenu', 'copyright', 'recommend', 'main-nav', 'navbar', 'subNav', 'ad', 'top-ads', 'advertisement'];
    for (const className of hinted) expect(marksBoilerplate('div', plain({ className }), OUTSIDE), className).toBe(true);
    expect(marksBoilerplate('ul', plain({ id: 'comments' }), OUTSIDE)).toBe(true);
    for (const className of ['article-content', 'canvas-wrap', 'unavailable', 'detail', 'head', 'loading']) {
      expect(marksBoilerplate('div', plain({ className }), OUTSIDE), className).toBe(false);
    }
  });

  it('never reads hints on whole-page wrappers', () => {
    expect(marksBoilerplate('body', plain({ className: 'has-sidebar' }), OUTSIDE)).toBe(false);
    expect(marksBoilerplate('article', plain({ className: 'with-comments' }), OUTSIDE)).toBe(false);
  });
});

describe('isHiddenByMarkup', () => {
  it('reads the hidden attribute, aria-hidden and inline display or visibility', () => {
    expect(isHiddenByMarkup(attributes({ hidden: '' }))).toBe(true);
    expect(isHiddenByMarkup(attributes({ 'aria-hidden': 'true' }))).toBe(true);
    expect(isHiddenByMarkup(attributes({ 'aria-hidden': 'false' }))).toBe(false);
    expect(isHiddenByMarkup(attributes({ style: 'color:red;display :none' }))).toBe(true);
    expect(isHiddenByMarkup(attributes({ style: 'visibility: hidden' }))).toBe(true);
    expect(isHiddenByMarkup(attributes({ style: 'display: block' }))).toBe(false);
    expect(isHiddenByMarkup(attributes({}))).toBe(false);
  });
});

describe('BlockCollector', () => {
  it('gives each block back the source its producer passed', () => {
    const collector = new BlockCollector<string>('https://example.com/');
    const none = attributes({});
    collector.open('div', none, 'div');
    collector.open('p', none, 'first');
    collector.text('一');
    collector.close();
    collector.open('p', none, 'empty');
    collector.close();
    collector.text('尾');
    collector.open('p', none, 'unclosed');
    collector.text('二');
    const { page, sources } = collector.finish();
    expect(page.blocks.map((block) => block.text)).toEqual(['一', '尾', '二']);
    expect(sources).toEqual(['first', 'div', 'unclosed']);
  });
});

describe('controls, links and widgets', () => {
  it('marks controls and their labels as furniture', () => {
    for (const role of ['switch', 'checkbox', 'button', 'slider', 'tablist']) expect(marksBoilerplate('div', plain({ role }), OUTSIDE), role).toBe(true);
    expect(marksBoilerplate('label', plain(), INSIDE)).toBe(true);
  });

  it('counts the characters of a block inside links, spaces aside', () => {
    const { page } = (() => {
      const collector = new BlockCollector<null>('https://example.com/');
      const none = attributes({});
      collector.open('p', none, null);
      collector.text('標籤： ');
      collector.open('a', attributes({ href: '/t/1' }), null);
      collector.text(' 京都 ');
      collector.close();
      collector.open('a', attributes({ href: '/t/2' }), null);
      collector.text('嵐山');
      collector.close();
      collector.close();
      return collector.finish();
    })();
    expect(page.blocks).toMatchObject([{ text: '標籤： 京都 嵐山', linkChars: 4 }]);
  });

  it('lists the elements holding a player or a control, each once, however many players they hold', () => {
    const collector = new BlockCollector<null>('https://example.com/');
    const none = attributes({});
    collector.open('div', none, null); // 0
    collector.open('div', none, null); // 1
    collector.open('video', none, null); // 2
    collector.close();
    collector.open('iframe', none, null); // 3
    collector.close();
    collector.close();
    collector.open('p', none, null); // 4
    collector.open('span', attributes({ role: 'switch' }), null); // 5
    collector.close();
    collector.close();
    collector.open('p', none, null); // 6
    collector.close();
    collector.close();
    expect(collector.finish().page.widgetHolders).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
