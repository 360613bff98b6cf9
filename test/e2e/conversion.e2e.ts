import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { cardText, hoverChar } from './support/hover.ts';
import { openPopupFor, waitForHover } from './support/tabs.ts';

/** The page as a reader and a script would see it: every text, attribute, value and the shadow root's text. */
function pageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const shadow = document.getElementById('card-host')?.shadowRoot?.textContent ?? '';
    const values = [...document.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value).join('|');
    return `${document.documentElement.outerHTML}#${shadow}#${values}`;
  });
}

describe('page conversion in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  const openPopup = (): Promise<Page> => openPopupFor(chromium, page);

  it('converts the seed page to Simplified from the popup and back to exactly the original', async () => {
    await page.goto(server.url('seed-traditional.html'));
    const original = await page.evaluate(() => document.documentElement.outerHTML);
    const ui = await openPopup();
    await ui.getByTestId('convert-cn').click();
    await expect.poll(() => page.evaluate(() => document.title), { timeout: 10_000 }).toBe(
      '习近平对社会工作作出重要指示强调 坚定不移走中国特色社会主义社会治理之路 推动新时代社会工作高品质发展',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.locator('article').first().innerText()).toContain('中共中央总书记');
    await expect.poll(() => ui.getByTestId('convert-cn').getAttribute('aria-pressed')).toBe('true');
    await ui.getByTestId('convert-original').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    await ui.close();
  });

  it('converts attributes, the title and shadow roots, leaves inputs, code and editable text alone, and reverts', async () => {
    await page.goto(server.url('conversion-cases.html'));
    const original = await pageSnapshot(page);
    const ui = await openPopup();
    await ui.getByTestId('convert-cn').click();
    await expect.poll(() => page.evaluate(() => document.title), { timeout: 10_000 }).toBe('中央社会工作会议在京召开');
    const seen = await page.evaluate(() => ({
      h1Title: document.querySelector('h1')?.getAttribute('title'),
      alt: document.getElementById('photo')?.getAttribute('alt'),
      label: document.getElementById('link')?.getAttribute('aria-label'),
      placeholder: document.getElementById('field')?.getAttribute('placeholder'),
      value: (document.getElementById('field') as HTMLInputElement).value,
      notes: (document.getElementById('notes') as HTMLTextAreaElement).value,
      code: document.getElementById('code')?.textContent,
      editable: document.getElementById('editable')?.textContent,
      noTranslate: document.getElementById('no-translate')?.textContent,
      shadow: document.getElementById('card-host')?.shadowRoot?.textContent,
      plain: document.getElementById('plain')?.textContent,
    }));
    expect(seen).toEqual({
      h1Title: '习近平对社会工作作出重要指示',
      alt: '会议现场',
      label: '阅读全文',
      placeholder: '搜索新闻',
      value: '讀者輸入的文字',
      notes: '讀者自己的筆記',
      code: 'const 標題 = "國家";',
      editable: '可編輯的區域',
      noTranslate: '不要轉換這段',
      shadow: '坚持以人民为中心的发展思想',
      plain: '新时代以来,党中央作出一系列重大决策部署,推动社会工作取得重要成就。新疆生产建设兵团。',
    });
    await ui.getByTestId('convert-original').click();
    await expect.poll(() => pageSnapshot(page)).toBe(original);
    await ui.close();
  });

  it("converts what a blog's comment box shows (placeholders, titles, button labels), also in a box added later, never what the reader typed, and reverts it exactly", async () => {
    await page.goto(server.url('blog-br-comments.html'));
    await page.locator('#related h3').waitFor();
    await page.locator('#nickname').fill('讀者的名稱');
    await page.locator('#comment').fill('讀者寫的留言');
    const original = await pageSnapshot(page);
    const ui = await openPopup();
    await ui.getByTestId('convert-cn').click();
    await expect.poll(() => page.evaluate(() => document.title), { timeout: 10_000 }).toBe('台南两天一夜美食地图(2) @ 小安的旅行笔记 :: 部落格');
    await page.evaluate(() => (window as unknown as { openReplyBox(): void }).openReplyBox());
    const shown = () =>
      page.evaluate(() => {
        const attribute = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? null;
        const field = (selector: string) => (document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? null;
        return {
          commentPlaceholder: attribute('#comment', 'placeholder'),
          commentTitle: attribute('#comment', 'title'),
          nicknamePlaceholder: attribute('#nickname', 'placeholder'),
          nicknameTitle: attribute('#nickname', 'title'),
          selectTitle: attribute('#visibility', 'title'),
          options: [...document.querySelectorAll('#visibility option')].map((option) => option.textContent),
          optionValues: [...document.querySelectorAll('#visibility option')].map((option) => (option as HTMLOptionElement).value),
          group: attribute('#visibility optgroup', 'label'),
          submit: attribute('#submit', 'value'),
          preview: [attribute('#preview', 'value'), attribute('#preview', 'aria-label')],
          hidden: attribute('#token', 'value'),
          alt: attribute('#comment-form img', 'alt'),
          search: [attribute('#blog-search', 'placeholder'), attribute('#blog-search + button', 'title')],
          typed: [field('#nickname'), field('#comment')],
          reply: [attribute('#reply', 'placeholder'), attribute('#reply', 'title'), attribute('#reply-send', 'value')],
        };
      });
    await expect.poll(() => shown().then((seen) => seen.reply)).toEqual(['回复这则留言', '回复内容', '送出回复']);
    expect(await shown()).toEqual({
      commentPlaceholder: '留个言吧',
      commentTitle: '请输入留言内容',
      nicknamePlaceholder: '您的名称',
      nicknameTitle: '请输入名称',
      selectTitle: '留言权限',
      // The option without a value attribute submits its text: that stays the page's.
      options: ['公开留言', '悄悄话', '僅限好友'],
      optionValues: ['public', 'private', '僅限好友'],
      group: '进阶设定',
      submit: '发表留言',
      preview: ['预览', '预览留言'],
      hidden: '隱藏欄位',
      alt: '验证图片',
      search: ['搜寻本站文章', '开始搜寻'],
      typed: ['讀者的名稱', '讀者寫的留言'],
      reply: ['回复这则留言', '回复内容', '送出回复'],
    });
    await ui.getByTestId('convert-original').click();
    await expect.poll(() => page.evaluate(() => document.querySelector('#reply')?.getAttribute('placeholder'))).toBe('回覆這則留言');
    expect(await page.evaluate(() => document.querySelector('#reply-send')?.getAttribute('value'))).toBe('送出回覆');
    await page.evaluate(() => ['#reply', '#reply-send'].forEach((selector) => document.querySelector(selector)?.remove()));
    expect(await pageSnapshot(page)).toBe(original);
    await ui.close();
  });

  it('converts content a live page adds every 10 ms, and reverts it exactly', async () => {
    await page.goto(server.url('conversion-cases.html'));
    const ui = await openPopup();
    await ui.getByTestId('convert-cn').click();
    await expect.poll(() => page.evaluate(() => document.title), { timeout: 10_000 }).toBe('中央社会工作会议在京召开');
    await page.evaluate(() => (window as unknown as { startFeed(count: number, everyMs: number): Promise<void> }).startFeed(60, 10));
    const feed = () => page.evaluate(() => [...document.querySelectorAll('.feed-item')].map((item) => item.textContent).join('\n'));
    await expect.poll(feed, { timeout: 5_000 }).not.toMatch(/[習強調黨責]/);
    expect((await feed()).split('\n')).toHaveLength(60);
    await ui.getByTestId('convert-original').click();
    await expect.poll(feed).toMatch(/^第1條:習近平強調/);
    expect(await feed()).not.toMatch(/[习强调党责]/);
    await ui.close();
  });

  it('converts every frame of the tab and its shadow roots', async () => {
    await page.goto(server.url('shadow-and-frame.html'));
    const frame = page.frames().find((candidate) => candidate.url().endsWith('frame-child.html'));
    if (!frame) throw new Error('the child frame did not load');
    await frame.waitForLoadState();
    const ui = await openPopup();
    await ui.getByTestId('convert-cn').click();
    // OpenCC has no mapping for the variant 陜 (of 陝) that Xinhua prints: it stays as it is.
    await expect.poll(() => frame.evaluate(() => document.getElementById('frame-text')?.textContent), { timeout: 10_000 }).toBe(
      '中央组织部、中央网信办、共青团中央、北京市、浙江省、广东省、陜西省负责同志作交流发言。',
    );
    await expect
      .poll(() => page.evaluate(() => document.getElementById('shadow-host')?.shadowRoot?.textContent ?? ''))
      .toContain('习近平强调');
    await ui.getByTestId('convert-original').click();
    await expect.poll(() => frame.evaluate(() => document.getElementById('frame-text')?.textContent)).toMatch(/^中央組織部/);
    await ui.close();
  });

  it('converts a page of 5 MB of text fully, and reverts it exactly', async () => {
    await page.goto(server.url('no-chinese.html'));
    const paragraphs = await page.evaluate(() => {
      const sentence = '當前我國社會結構正在發生深刻變化,尤其是新興領域迅速發展,新就業群體規模持續擴大。';
      const texts = Array.from({ length: 25_000 }, (_, i) => `${i}:${sentence.repeat(5)}`);
      document.body.replaceChildren(
        ...texts.map((text) => {
          const paragraph = document.createElement('p');
          paragraph.textContent = text;
          return paragraph;
        }),
      );
      return texts;
    });
    expect(paragraphs.join('').length).toBeGreaterThan(5_000_000 / 3);
    const ui = await openPopup();
    await ui.getByTestId('convert-cn').click();
    const unconverted = () => page.evaluate(() => [...document.querySelectorAll('p')].filter((p) => /[當國會發據業體擴]/.test(p.textContent ?? '')).length);
    await expect.poll(unconverted, { timeout: 150_000, interval: 500 }).toBe(0);
    await ui.getByTestId('convert-original').click();
    await expect
      .poll(() => page.evaluate((expected) => [...document.querySelectorAll('p')].every((p, i) => p.textContent === expected[i]), paragraphs), { timeout: 20_000 })
      .toBe(true);
    await ui.close();
    // About 20 s alone; three times that on a machine as busy as a shared CI runner can be.
  }, 240_000);

  it('keeps hover working on a converted page', async () => {
    await page.goto(server.url('seed-traditional.html'));
    const ui = await openPopup();
    await ui.getByTestId('convert-cn').click();
    await expect.poll(() => page.locator('article').first().innerText(), { timeout: 10_000 }).toContain('国家长治久安');
    await ui.close();
    await waitForHover(chromium, page);
    await hoverChar(page, '国家长治久安', 3);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe('长治久安');
    expect(await cardText(page, 'headword-other')).toBe('長治久安');
  });

  it('applies a per-site rule on every load', async () => {
    await page.goto(server.url('seed-traditional.html'));
    const ui = await openPopup();
    await ui.getByTestId('convert-hk').click();
    await expect.poll(() => ui.getByTestId('site-rule').isEnabled(), { timeout: 10_000 }).toBe(true);
    await ui.getByTestId('site-rule').check();
    await expect.poll(() => ui.getByTestId('site-rule').isChecked()).toBe(true);
    await ui.close();
    await page.goto(server.url('seed-simplified.html'));
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 10_000 }).toBe('zh-HK');
    await expect.poll(() => page.locator('article').first().innerText()).toContain('中共中央總書記');
    const cleanup = await openPopup();
    await cleanup.getByTestId('site-rule').uncheck();
    await expect.poll(() => cleanup.getByTestId('site-rule').isChecked()).toBe(false);
    await cleanup.close();
  });
});
