import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { openPopupFor, sendToTabFromWorker, tabIdOf, waitForHover } from './support/tabs.ts';

describe('pinyin over the text in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  const rubies = () => page.locator('ruby[data-duizhao-ruby]');
  const readingOf = (word: string) =>
    page.evaluate(
      (base) => [...document.querySelectorAll('ruby[data-duizhao-ruby]')].find((ruby) => ruby.firstChild?.textContent === base)?.querySelector('rt')?.textContent ?? null,
      word,
    );

  it('annotates the seed page from the popup, read in context, and removes it exactly', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    const before = await page.evaluate(() => document.body.innerHTML);
    const popup = await openPopupFor(chromium, page);
    // The switch shows the page's state, which changes once the page answers.
    await popup.getByTestId('pinyin-toggle').click();
    await expect.poll(() => rubies().count(), { timeout: 15_000 }).toBeGreaterThan(300);
    // 長 read cháng in this sentence, not zhǎng (the text out of view is annotated in idle time).
    await expect.poll(() => readingOf('長期執政')).toBe('chángqīzhízhèng');
    expect(await readingOf('社會工作')).toBe('shèhuìgōngzuò');
    // Code, inputs and Duizhao's own card stay as they are.
    expect(await page.locator('code ruby, textarea ruby').count()).toBe(0);
    await expect.poll(() => popup.getByTestId('pinyin-toggle').isChecked()).toBe(true);
    await popup.getByTestId('pinyin-toggle').click();
    await expect.poll(() => rubies().count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await popup.close();
  });

  it('keeps pinyin over the text while the page is converted, and both come off exactly', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    const before = await page.evaluate(() => document.body.innerHTML);
    const tabId = await tabIdOf(chromium, page);
    await sendToTabFromWorker(chromium, tabId, { type: 'setPinyinAnnotation', payload: { on: true } });
    await expect.poll(() => rubies().count(), { timeout: 15_000 }).toBeGreaterThan(300);
    await sendToTabFromWorker(chromium, tabId, { type: 'convertPage', payload: { to: 'cn' } });
    await expect.poll(() => readingOf('长期执政'), { timeout: 15_000 }).toBe('chángqīzhízhèng');
    await sendToTabFromWorker(chromium, tabId, { type: 'setPinyinAnnotation', payload: { on: 'toggle' } });
    await sendToTabFromWorker(chromium, tabId, { type: 'convertPage', payload: { to: null } });
    await expect.poll(() => rubies().count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  });

  /**
   * The annotated lines of `selector` that overlap the line above them: a reading whose box reaches more than 3 px
   * into the text of an earlier line (the content boxes of adjacent lines touch by a pixel or two when laid out
   * right), and how much the element's height changes when the browser lays it out from scratch.
   */
  const overlappingLines = (selector: string) =>
    page.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!(element instanceof HTMLElement)) throw new Error(`${selector} is not on the page`);
      const textBoxes: DOMRect[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('rt') || !/\S/.test(node.nodeValue ?? '')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        textBoxes.push(...range.getClientRects());
      }
      const overlapping = new Set<string>();
      for (const ruby of element.querySelectorAll('ruby[data-duizhao-ruby]')) {
        const base = document.createRange();
        base.selectNodeContents(ruby.firstChild ?? ruby);
        const own = base.getBoundingClientRect();
        const reading = ruby.querySelector('rt')?.getBoundingClientRect();
        if (!reading) continue;
        const above = textBoxes.find(
          (box) => box.top < own.top - 2 && box.left < reading.right && reading.left < box.right && reading.top < box.bottom - 3 && box.top < reading.bottom,
        );
        if (above) overlapping.add(`${Math.round(above.top)}/${Math.round(own.top)}`);
      }
      const height = element.getBoundingClientRect().height;
      // Laid out from scratch, then the style attribute exactly as it was (set through the attribute: Chromium
      // would write back an empty one set through element.style).
      const style = element.getAttribute('style');
      element.setAttribute('style', 'display: none');
      void element.offsetHeight;
      if (style === null) element.removeAttribute('style');
      else element.setAttribute('style', style);
      return { overlapping: overlapping.size, heightChange: Math.round(element.getBoundingClientRect().height - height) };
    }, selector);

  it('lays out the lines of a <br>-split paragraph on screen without overlap, and takes its stylesheet off with it', async () => {
    await page.goto(server.url('blog-br-comments.html'));
    await waitForHover(chromium, page);
    // Its lines are text nodes of the one element: each Chinese word of them goes into ruby.
    const bareLines = () =>
      page.evaluate(() => [...document.querySelectorAll('#article-content > br')].filter((br) => /\p{Script=Han}/u.test(br.previousSibling?.textContent ?? '')).length);
    await page.locator('#related h3').waitFor();
    const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, sheets: document.adoptedStyleSheets.length }));
    const tabId = await tabIdOf(chromium, page);
    expect(await bareLines()).toBeGreaterThan(15);
    await sendToTabFromWorker(chromium, tabId, { type: 'setPinyinAnnotation', payload: { on: true } });
    // Each line ends in 。 or ，: wait for the idle slices to reach the last.
    await expect.poll(bareLines, { timeout: 15_000 }).toBe(0);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(before.sheets + 1);
    expect(await overlappingLines('#article-content')).toEqual({ overlapping: 0, heightChange: 0 });
    await sendToTabFromWorker(chromium, tabId, { type: 'setPinyinAnnotation', payload: { on: false } });
    await expect.poll(() => rubies().count()).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(before.sheets);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before.html);
  });

  /** Makes the seed page some 15 times longer, ending in a paragraph far below the fold. */
  const lengthenPage = () =>
    page.evaluate(() => {
      const main = document.querySelector('main') ?? document.body;
      const paragraphs = [...main.querySelectorAll('p')];
      for (let copy = 0; copy < 15; copy++) main.append(...paragraphs.map((paragraph) => paragraph.cloneNode(true)));
      const far = document.createElement('p');
      far.id = 'far';
      far.textContent = '長治久安的研究很重要。';
      main.append(far);
      return far.getBoundingClientRect().top / innerHeight;
    });
  /**
   * Watches for the first frame with ruby, the first the reader sees annotated: in its rendering steps, before the
   * paint, counts the Chinese paragraphs whose text shows in the viewport and keeps the start of those without ruby.
   */
  const watchFirstFrame = () =>
    page.evaluate(() => {
      const firstFrame = (async () => {
        do await new Promise((resolve) => requestAnimationFrame(resolve));
        while (!document.querySelector('ruby[data-duizhao-ruby]'));
        const inView = [...document.querySelectorAll('h1, p, figcaption')].filter((element) => {
          // By the text's box: the element's own also holds the leading above its first line.
          const range = document.createRange();
          range.selectNodeContents(element);
          const { top, bottom } = range.getBoundingClientRect();
          return bottom > top && bottom > 0 && top < innerHeight && /\p{Script=Han}/u.test(element.textContent ?? '');
        });
        const bare = inView.filter((element) => !element.querySelector('ruby[data-duizhao-ruby]'));
        return { inView: inView.length, bare: bare.map((element) => element.textContent?.slice(0, 20) ?? '') };
      })();
      Object.assign(window, { duizhaoFirstFrame: firstFrame });
    });
  const firstFrame = () =>
    page.evaluate(() => (window as unknown as { duizhaoFirstFrame: Promise<{ inView: number; bare: string[] }> }).duizhaoFirstFrame);
  const farReading = () => page.evaluate(() => document.querySelector('#far ruby[data-duizhao-ruby] rt')?.textContent ?? null);

  it('annotates the text in view of a long page at once, filling the first frame, and the text far below the fold by the time the reader gets there', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    expect(await lengthenPage()).toBeGreaterThan(20);
    const before = await page.evaluate(() => document.body.innerHTML);
    const tabId = await tabIdOf(chromium, page);
    await watchFirstFrame();
    // The switch answers once the text in view is annotated.
    await sendToTabFromWorker(chromium, tabId, { type: 'setPinyinAnnotation', payload: { on: true } });
    // The ruby pushed text below the fold (left for later): what it left in view is annotated, from the first frame.
    const first = await firstFrame();
    expect(first.inView).toBeGreaterThan(2);
    expect(first.bare).toEqual([]);
    await page.locator('#far').scrollIntoViewIfNeeded();
    await expect.poll(farReading, { timeout: 15_000 }).toBe("chángzhìjiǔ'ān");
    await sendToTabFromWorker(chromium, tabId, { type: 'setPinyinAnnotation', payload: { on: false } });
    await expect.poll(() => rubies().count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  });

  it('drops the annotation still to come when pinyin is turned off, leaving a long page exactly as it was', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    await lengthenPage();
    const before = await page.evaluate(() => document.body.innerHTML);
    const tabId = await tabIdOf(chromium, page);
    await sendToTabFromWorker(chromium, tabId, { type: 'setPinyinAnnotation', payload: { on: true } });
    await sendToTabFromWorker(chromium, tabId, { type: 'setPinyinAnnotation', payload: { on: false } });
    // Idle moments in which deferred annotation would have gone on.
    for (let i = 0; i < 5; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
    expect(await rubies().count()).toBe(0);
    expect(await farReading()).toBeNull();
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  });
});
