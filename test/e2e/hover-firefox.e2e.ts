import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from './harness/fixture-server.ts';
import type { FirefoxWithExtension } from './harness/firefox.ts';
import { cardTextIn, inFirefoxShadowRoots } from './support/closed-shadow.ts';
import { firefoxSuite } from './support/firefox-suite.ts';
import { findCharCentre } from './support/hover.ts';

describe('hover in Firefox ESR with the built extension', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;

  firefoxSuite((setup) => ({ server, firefox } = setup));

  async function hover(page: Page, needle: string, charIndex: number): Promise<void> {
    const point = await page.evaluate(findCharCentre, { needle, charIndex });
    if (!point) throw new Error(`"${needle}" is not on the page`);
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);
  }

  async function card(page: Page, testId: string): Promise<string | null> {
    const [text] = await inFirefoxShadowRoots(firefox.browser, page, 'duizhao-card', cardTextIn, testId);
    return text ?? null;
  }

  /** Hovers until the card shows: the content script may still be starting when the page reports it has loaded. */
  async function hoverUntilCard(page: Page, needle: string, charIndex: number): Promise<string | null> {
    await hover(page, needle, charIndex);
    return card(page, 'headword');
  }

  it('shows the whole word, its reading in context and both scripts', async () => {
    const page = await firefox.openPage(server.url('seed-traditional.html'));
    await page.setViewport({ width: 1000, height: 800 });
    await expect.poll(() => hoverUntilCard(page, '國家長治久安', 3), { timeout: 20_000, interval: 500 }).toBe('長治久安');
    expect(await card(page, 'headword-other')).toBe('长治久安');
    expect(await card(page, 'pinyin')).toBe("chángzhìjiǔ'ān");
    // The card sits below the word and may cover the next one: Esc first, as a reader would.
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page, 'headword')).toBeNull();
    await hover(page, '以人民為中心', 3);
    await expect.poll(() => card(page, 'headword')).toBe('以人民為中心');
    expect(await card(page, 'pinyin')).toBe('yǐrénmínwéizhōngxīn');
  });
});
