// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { PageConverter, type ConvertTexts } from './page-converter.ts';
import { FLUSH_MS } from './page-text.ts';

/** A lossy character table like the real one: 产 and 産 both become 產, so converting back cannot restore 産. */
const TABLE: Record<string, string> = { 国: '國', 发: '發', 产: '產', 産: '產', 会: '會', 习: '習', 这: '這' };
const toTraditional: ConvertTexts = async (texts) => texts.map((text) => Array.from(text, (char) => TABLE[char] ?? char).join(''));

function snapshot(): string {
  const shadows = [...document.querySelectorAll('*')].map((element) => element.shadowRoot?.innerHTML ?? '').join('|');
  return `${document.documentElement.outerHTML}#${shadows}`;
}

/** Every converter a test makes; each is reverted afterwards, so that none keeps observing the next test's page. */
const converters: PageConverter[] = [];
function newConverter(): PageConverter {
  const converter = new PageConverter(document);
  converters.push(converter);
  return converter;
}

afterEach(() => {
  for (const converter of converters.splice(0)) converter.revert();
  document.documentElement.removeAttribute('lang');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('PageConverter', () => {
  it('converts text, readable attributes and the title, and reverts to exactly the original', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.head.innerHTML = '<title>国发</title>';
    document.body.innerHTML = '<p title="国会" data-x="国">生産国<b>发</b></p><img alt="习"><input placeholder="这" value="国">';
    const before = snapshot();
    const converter = newConverter();
    await converter.convert(toTraditional, 'zh-Hant');
    expect(document.title).toBe('國發');
    expect(document.body.innerHTML).toBe('<p title="國會" data-x="国">生產國<b>發</b></p><img alt="習"><input placeholder="這" value="国">');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hant');
    converter.revert();
    expect(snapshot()).toBe(before);
  });

  it('leaves code, scripts, inputs, editable regions and translate="no" alone', async () => {
    document.body.innerHTML =
      '<code>国</code><kbd>国</kbd><samp>国</samp><textarea>国</textarea><div contenteditable="true">国</div><p translate="no">国<span>国</span></p><script>var a = "国";</script><p>国</p>';
    await newConverter().convert(toTraditional, 'zh-Hant');
    expect(document.body.innerHTML).toBe(
      '<code>国</code><kbd>国</kbd><samp>国</samp><textarea>国</textarea><div contenteditable="true">国</div><p translate="no">国<span>国</span></p><script>var a = "国";</script><p>國</p>',
    );
  });

  it("converts a form's labels (placeholders and titles of typed fields, button labels, option text) but never what it sends", async () => {
    document.body.innerHTML =
      '<form><textarea placeholder="发" title="国">这</textarea><div contenteditable="true" aria-label="国">这</div>' +
      '<input type="submit" value="发"><input type="BUTTON" value="习"><input value="国"><input type="hidden" value="国">' +
      '<select title="国"><option value="a">国</option><option>国</option><optgroup label="会"><option label="产" value="b">国</option></optgroup></select>' +
      '<p translate="no"><textarea placeholder="国"></textarea></p></form>';
    const before = snapshot();
    const converter = newConverter();
    await converter.convert(toTraditional, 'zh-Hant');
    expect(document.body.innerHTML).toBe(
      '<form><textarea placeholder="發" title="國">这</textarea><div contenteditable="true" aria-label="國">这</div>' +
        '<input type="submit" value="發"><input type="BUTTON" value="習"><input value="国"><input type="hidden" value="国">' +
        '<select title="國"><option value="a">國</option><option>国</option><optgroup label="會"><option label="產" value="b">國</option></optgroup></select>' +
        '<p translate="no"><textarea placeholder="国"></textarea></p></form>',
    );
    const reply = document.createElement('textarea');
    reply.placeholder = '这';
    document.querySelector('form')?.append(reply);
    await new Promise((resolve) => setTimeout(resolve, FLUSH_MS * 2));
    await converter.settled();
    expect(reply.getAttribute('placeholder')).toBe('這');
    reply.remove();
    converter.revert();
    expect(snapshot()).toBe(before);
  });

  it('converts content added or changed after conversion, and reverts it too', async () => {
    document.body.innerHTML = '<div id="feed"><p>国</p></div>';
    const converter = newConverter();
    await converter.convert(toTraditional, 'zh-Hant');
    const feed = document.getElementById('feed');
    const added = document.createElement('p');
    added.textContent = '发产';
    feed?.append(added);
    const first = feed?.firstElementChild?.firstChild;
    if (first instanceof Text) first.data = '会国';
    await new Promise((resolve) => setTimeout(resolve, 120));
    await converter.settled();
    expect(feed?.innerHTML).toBe('<p>會國</p><p>發產</p>');
    converter.revert();
    expect(feed?.innerHTML).toBe('<p>会国</p><p>发产</p>');
  });

  it('converts inside open shadow roots', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (!root) throw new Error('no shadow root');
    root.innerHTML = '<p>国</p>';
    const converter = newConverter();
    await converter.convert(toTraditional, 'zh-Hant');
    expect(root.innerHTML).toBe('<p>國</p>');
    converter.revert();
    expect(root.innerHTML).toBe('<p>国</p>');
  });

  it('converts to another target from the originals, never from converted text', async () => {
    document.body.innerHTML = '<p>生産</p>';
    const seen: string[][] = [];
    const recording: ConvertTexts = async (texts) => {
      seen.push(texts);
      return toTraditional(texts);
    };
    const converter = newConverter();
    await converter.convert(recording, 'zh-Hant');
    await converter.convert(recording, 'zh-HK');
    expect(seen).toEqual([['生産'], ['生産']]);
    converter.revert();
    expect(document.body.innerHTML).toBe('<p>生産</p>');
  });

  it('drops results that arrive after a revert (many toggles in a row)', async () => {
    document.body.innerHTML = '<p>国发</p>';
    const before = snapshot();
    const slow: ConvertTexts = (texts) => new Promise((resolve) => setTimeout(() => resolve(toTraditional(texts)), 5));
    const converter = newConverter();
    for (let i = 0; i < 20; i++) {
      const done = converter.convert(slow, 'zh-Hant');
      converter.revert();
      await done;
    }
    expect(snapshot()).toBe(before);
    await converter.convert(slow, 'zh-Hant');
    expect(document.body.innerHTML).toBe('<p>國發</p>');
  });

  it('leaves the page as it was when the background cannot convert', async () => {
    document.body.innerHTML = '<p>国</p>';
    await newConverter().convert(async () => Promise.reject(new Error('restarting')), 'zh-Hant');
    expect(document.body.innerHTML).toBe('<p>国</p>');
  });

  it('any tree, converted and reverted with edits in between, reads exactly as the same edits without conversion', async () => {
    const text = fc.array(fc.constantFrom('国', '发', '产', '産', 'a', ' ', '。'), { maxLength: 6 }).map((chars) => chars.join(''));
    const tree = fc.array(fc.record({ tag: fc.constantFrom('p', 'span', 'code', 'b'), text, title: fc.option(text) }), { maxLength: 6 });
    const edits = fc.array(fc.record({ index: fc.nat(10), text }), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(tree, edits, async (elements, changes) => {
        const build = () => {
          document.body.innerHTML = '';
          for (const { tag, text, title } of elements) {
            const element = document.createElement(tag);
            element.textContent = text;
            if (title !== null) element.setAttribute('title', title);
            document.body.append(element);
          }
        };
        const edit = () => {
          const nodes = [...document.body.children];
          for (const { index, text } of changes) {
            const target = nodes[index % Math.max(1, nodes.length)];
            if (target) target.textContent = text;
            else document.body.append(text);
          }
        };
        build();
        edit();
        const expected = document.body.innerHTML;
        build();
        const converter = newConverter();
        await converter.convert(toTraditional, 'zh-Hant');
        edit();
        await new Promise((resolve) => setTimeout(resolve, 60));
        await converter.settled();
        converter.revert();
        expect(document.body.innerHTML).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });
});
