import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { inShadowRoots } from './support/closed-shadow.ts';
import { cardText } from './support/hover.ts';
import { waitForHover } from './support/tabs.ts';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the reader sees of the card: its box, its actions' boxes, the highlight's boxes and the card's colour. */
interface CardView {
  card: Box;
  actions: { id: string; box: Box }[];
  marks: Box[];
  background: string;
  viewport: { width: number; height: number };
}

/**
 * Runs in the page: the client boxes of the characters `start` to `end` of `needle`, found in the concatenated text
 * of the body (so a word split over inline elements is still found), or null. Self-contained for `evaluate`.
 */
function needleBoxes({ needle, start, end }: { needle: string; start: number; end: number }): Box[] | null {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const found = nodes.map((node) => node.data).join('').indexOf(needle);
  if (found < 0) return null;
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    if (found + start >= offset && found + start < offset + node.length) range.setStart(node, found + start - offset);
    if (found + end > offset && found + end <= offset + node.length) range.setEnd(node, found + end - offset);
    offset += node.length;
  }
  return Array.from(range.getClientRects(), (rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }));
}

function readCard(root: ShadowRoot): CardView | null {
  const layer = root.querySelector('.layer');
  const card = root.querySelector<HTMLElement>('[data-testid="card"]');
  if (!card || (layer instanceof HTMLElement && layer.hidden)) return null;
  const box = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  };
  const actions = Array.from(card.querySelectorAll('button, .keys'), (element) => ({
    id: element.getAttribute('data-testid') ?? element.className,
    box: box(element),
  }));
  return {
    card: box(card),
    actions,
    marks: Array.from(root.querySelectorAll('.mark'), box),
    background: getComputedStyle(card).backgroundColor,
    viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
  };
}

function inside(inner: Box, outer: Box): boolean {
  const slack = 0.5;
  return inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
}

function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/**
 * A long article on a white page that sets no background, shaped like a Taiwanese local news site (dark top bar,
 * ads whose scripts fail offline, share and related-news widgets, a <br>-split paragraph, a comment box, its own
 * night-mode switch). The words with the longest cards (了 和 為 得 行 的) are hovered with their line near the top,
 * in the middle and near the bottom of the window, at two laptop sizes.
 */
describe('the card’s size, place, highlight and colours in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  async function open(width: number, height: number, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await page.goto(server.url('news-long-article.html'));
    await page.mouse.move(1, 1);
    await waitForHover(chromium, page);
  }

  /** Scrolls the needle's `index`-th character to `y` in the window (or leaves the page where it is) and points at it. */
  async function hoverAt(needle: string, index: number, y?: number): Promise<Box> {
    await page.keyboard.press('Escape');
    const boxOf = async () => {
      const [box] = (await page.evaluate(needleBoxes, { needle, start: index, end: index + 1 })) ?? [];
      if (!box) throw new Error(`"${needle}" is not on the page`);
      return box;
    };
    let box = await boxOf();
    if (y !== undefined) {
      await page.evaluate((by) => window.scrollBy(0, by), (box.top + box.bottom) / 2 - y);
      box = await boxOf();
      if (Math.abs((box.top + box.bottom) / 2 - y) > 2) throw new Error(`"${needle}" cannot be scrolled to y=${y}`);
    }
    const x = (box.left + box.right) / 2;
    const centreY = (box.top + box.bottom) / 2;
    await page.mouse.move(x - 3, centreY);
    await page.mouse.move(x, centreY);
    return box;
  }

  async function shownCard(containing: string): Promise<{ headword: string; view: CardView }> {
    await expect.poll(async () => (await cardText(page, 'headword')) ?? '', { timeout: 10_000 }).toContain(containing);
    const headword = (await cardText(page, 'headword')) ?? '';
    const [view] = (await inShadowRoots(page, 'duizhao-card', readCard, null)).filter((found) => found !== null);
    if (!view) throw new Error('the card went away');
    return { headword, view };
  }

  const TARGETS = [
    { char: '了', needle: '觀光客多了以後', index: 4 },
    { char: '和', needle: '附近的民宿和餐廳', index: 5 },
    { char: '為', needle: '會員整合為同一個', index: 4 },
    { char: '得', needle: '餐廳都得提早訂位', index: 3 },
    { char: '行', needle: '騎車來也行，下雨天', index: 4 },
    { char: '的', needle: '附近的民宿和餐廳', index: 2 },
  ];

  for (const [width, height] of [
    [1366, 768],
    [1280, 900],
  ] as const) {
    it(`at ${width}×${height}, keeps every card of 了 和 為 得 行 的 inside the window with Save and the other actions visible`, async () => {
      await open(width, height);
      const misplaced: string[] = [];
      for (const { char, needle, index } of TARGETS) {
        for (const y of [40, height / 2, height - 40]) {
          await hoverAt(needle, index, y);
          const { view } = await shownCard(char);
          const window = { left: 0, top: 0, right: view.viewport.width, bottom: view.viewport.height };
          const where = `${char} at y=${y}`;
          if (!inside(view.card, window)) misplaced.push(`${where}: card ${Math.round(view.card.top)}–${Math.round(view.card.bottom)}`);
          const ids = view.actions.map((action) => action.id);
          expect(ids, where).toEqual(expect.arrayContaining(['save', 'speak-word', 'speak-sentence', 'keys']));
          for (const action of view.actions) {
            // Inside the card's box: not scrolled away inside the card, not clipped off the window.
            if (!inside(action.box, view.card) || !inside(action.box, window)) misplaced.push(`${where}: ${action.id} at ${Math.round(action.box.top)}`);
          }
        }
      }
      expect(misplaced).toEqual([]);
    });
  }

  it('highlights the hovered word: the highlight covers the word’s boxes, also across a line break', async () => {
    await open(1366, 768);
    const cases = [
      { needle: '附近的民宿和餐廳', index: 3 },
      { needle: '觀光客多了以後', index: 1 },
      { needle: '騎車來也行，下雨天', index: 0 },
    ];
    for (const { needle, index } of cases) {
      await hoverAt(needle, index, 300);
      const char = Array.from(needle)[index] ?? '';
      const { headword, view } = await shownCard(char);
      const start = needle.lastIndexOf(headword, index);
      expect(start, `${headword} in ${needle}`).toBeGreaterThanOrEqual(0);
      const word = (await page.evaluate(needleBoxes, { needle, start, end: start + headword.length })) ?? [];
      expect(word.length).toBeGreaterThan(0);
      expect(view.marks.length).toBeGreaterThan(0);
      for (const box of word) expect(view.marks.some((mark) => inside(box, mark)), `${headword}: ${JSON.stringify({ box, marks: view.marks })}`).toBe(true);
      for (const mark of view.marks) expect(mark.right - mark.left).toBeGreaterThan(1);
    }
    // A word whose characters sit on two lines gets a highlight on each line.
    const wrapped = await page.evaluate(() => {
      const story = document.getElementById('story');
      if (!story) return null;
      const p = document.createElement('p');
      p.style.width = '7.5em';
      // Seven characters a line: 自行車道 breaks after 自行.
      p.textContent = '沿線新建的自行車道明年完工。';
      story.prepend(p);
      return p.textContent;
    });
    expect(wrapped).not.toBeNull();
    const needle = '沿線新建的自行車道明年完工';
    await hoverAt(needle, 7, 300);
    const { headword, view } = await shownCard('車');
    const start = needle.indexOf(headword);
    const word = (await page.evaluate(needleBoxes, { needle, start, end: start + headword.length })) ?? [];
    expect(new Set(word.map((box) => Math.round(box.top))).size, `${headword} should wrap`).toBeGreaterThan(1);
    for (const box of word) expect(view.marks.some((mark) => inside(box, mark)), headword).toBe(true);
  });

  it('follows the colours the page shows, not the system’s dark mode alone', async () => {
    await open(1280, 900, 'dark');
    // A white page that sets no background: a light card, though the system is dark.
    await hoverAt('附近的民宿和餐廳', 5, 300);
    expect(luminance((await shownCard('和')).view.background)).toBeGreaterThan(0.6);
    // The same page declaring it can be shown dark: the browser paints its canvas dark, and so is the card.
    await page.evaluate(() => {
      const meta = document.createElement('meta');
      meta.name = 'color-scheme';
      meta.content = 'light dark';
      document.head.append(meta);
    });
    await hoverAt('附近的民宿和餐廳', 5, 300);
    expect(luminance((await shownCard('和')).view.background)).toBeLessThan(0.4);
    // The site's dark top bar, behind its menu: a dark card there.
    await page.evaluate(() => window.scrollTo(0, 0));
    await hoverAt('地方新聞財經', 0);
    expect(luminance((await shownCard('地')).view.background)).toBeLessThan(0.4);

    // The site's own night mode with the system light: a dark card on the article, a light one on the white ad in it.
    await open(1280, 900, 'light');
    await page.click('#night');
    await hoverAt('附近的民宿和餐廳', 5, 300);
    expect(luminance((await shownCard('和')).view.background)).toBeLessThan(0.4);
    await hoverAt('春季旅展早鳥優惠', 0, 300);
    expect(luminance((await shownCard('春')).view.background)).toBeGreaterThan(0.6);
  });
});
