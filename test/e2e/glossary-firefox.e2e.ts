import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from './harness/fixture-server.ts';
import type { FirefoxWithExtension } from './harness/firefox.ts';
import { cardTextIn, inFirefoxShadowRoots } from './support/closed-shadow.ts';
import { firefoxSuite } from './support/firefox-suite.ts';
import { findCharCentre } from './support/hover.ts';

describe('glossary in Firefox ESR with the built extension', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;

  firefoxSuite((setup) => ({ server, firefox } = setup));

  async function hoveredHeadword(page: Page, needle: string, charIndex: number): Promise<string | null> {
    const point = await page.evaluate(findCharCentre, { needle, charIndex });
    if (!point) throw new Error(`"${needle}" is not on the page`);
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);
    const [text] = await inFirefoxShadowRoots(firefox.browser, page, 'duizhao-card', cardTextIn, 'headword');
    return text ?? null;
  }

  const text = (page: Page, testId: string) =>
    page.evaluate((id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map((element) => (element as HTMLElement).innerText).join('\n'), testId);

  it('saves a hovered word with its sentence and lists it in the popup, searched by the background', async () => {
    const page = await firefox.openPage(server.url('seed-traditional.html'));
    await page.setViewport({ width: 1000, height: 800 });
    await expect.poll(() => hoveredHeadword(page, '國家長治久安', 3), { timeout: 20_000, interval: 500 }).toBe('長治久安');
    await page.keyboard.press('s');

    const popup = await firefox.openExtensionPage('popup.html?view=glossary');
    await expect.poll(() => text(popup, 'glossary-count'), { timeout: 10_000 }).toBe('(1)');
    expect(await text(popup, 'glossary-context')).toContain('事關黨長期執政和國家長治久安');
    await popup.type('input[type="search"]', 'weather');
    await expect.poll(() => text(popup, 'glossary-term')).toBe('');
  });
});
