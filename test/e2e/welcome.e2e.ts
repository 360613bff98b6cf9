import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { cardText, hoverChar } from './support/hover.ts';

describe('the welcome page in Chromium', () => {
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ chromium, page } = setup));

  const demoText = () => page.locator('#demo-article').innerText();

  it('explains the four features and every permission with its reason', async () => {
    await page.goto(chromium.extensionUrl('welcome.html'));
    const features = await page.locator('.features').innerText();
    expect(features).toMatch(/pinyin as read in this sentence/);
    expect(features).toMatch(/Simplified[\s\S]*Traditional \(Taiwan\)[\s\S]*Traditional \(Hong Kong\)/);
    expect(features).toMatch(/Press S on a card[\s\S]*Anki[\s\S]*Pleco[\s\S]*CSV/);
    expect(features).toMatch(/English tab[\s\S]*summary[\s\S]*side by side/);
    const permissions = await page.locator('.permissions').innerText();
    expect(permissions).toMatch(/all sites[\s\S]*does nothing on pages without it[\s\S]*Nothing from the page is sent anywhere/);
    expect(permissions).toMatch(/Storage and unlimited storage[\s\S]*glossary/);
    expect(permissions).toMatch(/Context menus/);
    expect(permissions).toMatch(/optional[\s\S]*English tab[\s\S]*feed list/);
    expect(await page.getByText('no code from elsewhere and does no tracking').count()).toBe(1);
  });

  it('shows the card for a word of the demo article', async () => {
    // The page sets hover up once its settings are read: hover again until the card answers.
    await expect
      .poll(
        async () => {
          await hoverChar(page, '國家長治久安', 3);
          return cardText(page, 'headword');
        },
        { timeout: 15_000 },
      )
      .toBe('長治久安');
    expect(await cardText(page, 'pinyin')).toBe("chángzhìjiǔ'ān");
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page, 'headword')).toBeNull();
  });

  it('converts the demo article to Simplified and back to exactly the original, leaving the page around it alone', async () => {
    const original = await page.locator('#demo-article').innerHTML();
    const explanations = await page.locator('.features').innerText();
    await page.getByTestId('convert-cn').click();
    await expect.poll(demoText, { timeout: 15_000 }).toContain('国家长治久安');
    expect(await page.getByTestId('convert-cn').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.features').innerText()).toBe(explanations);
    expect(await page.getByTestId('convert-tw').innerText()).toBe('繁體 (Traditional, Taiwan)');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await page.getByTestId('convert-original').click();
    await expect.poll(() => page.locator('#demo-article').innerHTML()).toBe(original);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
  });

  it('finds the English on the page, summarizes it, and points at the paragraph of a summary sentence', async () => {
    await page.getByTestId('find-sources').click();
    await page.getByTestId('source').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('source-meta').innerText()).toMatch(/Found on this page\. Same story: \d+% sure/);
    const sentences = page.getByTestId('summary-sentence');
    expect(await sentences.count()).toBeGreaterThanOrEqual(3);
    await sentences.filter({ hasText: 'A central conference on social work was held in Beijing' }).click();
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('duizhao-paragraph') ?? [])].map(String).join('')))
      .toContain('中央社會工作會議11月5日至6日在京召開');
  });

  it('puts the English under the Chinese paragraphs side by side, and takes it away leaving the article as it was', async () => {
    const before = await page.locator('#demo-article').innerHTML();
    await page.getByTestId('side-by-side').check();
    await expect.poll(() => page.locator('#demo-article duizhao-side').count()).toBeGreaterThanOrEqual(3);
    await page.getByTestId('side-by-side').uncheck();
    await expect.poll(() => page.locator('duizhao-side').count()).toBe(0);
    expect(await page.locator('#demo-article').innerHTML()).toBe(before);
  });
});
