import type { Frame, Page } from 'playwright-core';
import { cardTextIn, inShadowRoots } from './closed-shadow.ts';

/**
 * Runs in the page: where a character of the page's text is drawn. Finds `needle` in the concatenated text of the
 * document (and of open shadow roots, in document order), so a word split over inline elements is still found, and
 * returns the centre of the glyph box of its `charIndex`-th character. Pass it to Playwright's or Puppeteer's
 * `evaluate`; it must stay self-contained.
 */
export function findCharCentre({ needle, charIndex }: { needle: string; charIndex: number }): { x: number; y: number } | null {
  // No named helper functions in here: tsx (scripts, benchmarks) would wrap them in a helper the page lacks.
  const nodes: Text[] = [];
  const walkers = [document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)];
  while (walkers.length > 0) {
    const walker = walkers[walkers.length - 1];
    const node = walker?.nextNode();
    if (!node) walkers.pop();
    else if (node instanceof Text) nodes.push(node);
    else if (node instanceof Element && node.shadowRoot) {
      walkers.push(document.createTreeWalker(node.shadowRoot, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT));
    }
  }
  const text = nodes.map((node) => node.data).join('');
  const found = text.indexOf(needle);
  if (found < 0) return null;
  let target = found + Array.from(needle).slice(0, charIndex).join('').length;
  for (const node of nodes) {
    if (target < node.length) {
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, target);
      range.setEnd(node, target + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    target -= node.length;
  }
  return null;
}

export async function charCentre(target: Page | Frame, needle: string, charIndex: number): Promise<{ x: number; y: number }> {
  const point = await target.evaluate(findCharCentre, { needle, charIndex });
  if (!point) throw new Error(`"${needle}" is not on the page`);
  return point;
}

/** Moves the mouse to the centre of the needle's `charIndex`-th character, scrolled into view. */
export async function hoverChar(page: Page, needle: string, charIndex: number, frame?: Frame): Promise<void> {
  const target = frame ?? page;
  const { x, y } = await charCentre(target, needle, charIndex);
  const offset = frame ? await frameOffset(frame) : { x: 0, y: 0 };
  // Two moves: the content script reacts to movement, and the first move may land where the pointer already is.
  await page.mouse.move(offset.x + x - 3, offset.y + y);
  await page.mouse.move(offset.x + x, offset.y + y);
}

/** Where the frame's content starts in the page's viewport (inside the iframe's border). */
async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  const element = await frame.frameElement();
  return element.evaluate((iframe: Element) => {
    const rect = iframe.getBoundingClientRect();
    return { x: rect.left + iframe.clientLeft, y: rect.top + iframe.clientTop };
  });
}

/** The card's visible text, by test id, or null while no card is shown (in the page or any of its frames). */
export async function cardText(page: Page, testId: string): Promise<string | null> {
  const texts = await inShadowRoots(page, 'duizhao-card', cardTextIn, testId);
  return texts.find((text) => text !== null) ?? null;
}
