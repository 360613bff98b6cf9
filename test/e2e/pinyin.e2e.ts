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
    // 長 read cháng in this sentence, not zhǎng.
    expect(await readingOf('長期執政')).toBe('chángqīzhízhèng');
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
});
