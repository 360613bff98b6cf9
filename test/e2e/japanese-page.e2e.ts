import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { cardText, hoverChar } from './support/hover.ts';
import { openPopupFor, sendToTabFromWorker, tabIdOf, waitForHover } from './support/tabs.ts';

/** What the content script of the page's main frame says about the page (PageState), or null before it answers. */
async function pageState(chromium: ChromiumWithExtension, page: Page): Promise<Record<string, unknown> | null> {
  const reply = await sendToTabFromWorker(chromium, await tabIdOf(chromium, page), { type: 'getPageState', payload: {} }).catch(() => null);
  return typeof reply === 'object' && reply !== null && 'value' in reply ? (reply as { value: Record<string, unknown> }).value : null;
}

/** How long a card takes at most to show where it would (the hover tests wait for it as long). */
const CARD_WAIT_MS = 1500;

describe('Japanese pages in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  it('gives a Japanese page no readings, pinyin or conversion until the reader treats it as Chinese', async () => {
    await page.goto(server.url('japanese.html'));
    await page.mouse.move(1, 1);
    await expect.poll(() => pageState(chromium, page), { timeout: 15_000 }).toMatchObject({ japanese: true, hasChinese: false });

    await hoverChar(page, '政府は22日', 0);
    await page.waitForTimeout(CARD_WAIT_MS);
    expect(await page.locator('duizhao-card').count()).toBe(0);

    // The shortcuts ask nothing of the reader: they must not convert the page or put pinyin over it.
    const tabId = await tabIdOf(chromium, page);
    const headline = await page.locator('#headline').textContent();
    await sendToTabFromWorker(chromium, tabId, { type: 'convertPage', payload: { to: 'toggle' } });
    await sendToTabFromWorker(chromium, tabId, { type: 'setPinyinAnnotation', payload: { on: 'toggle' } });
    expect(await pageState(chromium, page)).toMatchObject({ conversion: null, pinyin: false });
    expect(await page.locator('#headline').textContent()).toBe(headline);
    expect(await page.locator('ruby').count()).toBe(0);

    const popup = await openPopupFor(chromium, page);
    await expect.poll(() => popup.getByTestId('hover-status').textContent()).toMatch(/Japanese|日文/);
    expect(await popup.getByTestId('convert-cn').isDisabled()).toBe(true);
    expect(await popup.getByTestId('pinyin-toggle').isDisabled()).toBe(true);
    expect(await popup.getByTestId('hover-toggle').isDisabled()).toBe(true);

    await popup.getByTestId('treat-as-chinese').click();
    await expect.poll(() => popup.getByTestId('treat-as-chinese').count()).toBe(0);
    await expect.poll(() => popup.getByTestId('pinyin-toggle').isDisabled()).toBe(false);
    expect(await popup.getByTestId('convert-cn').isDisabled()).toBe(false);
    expect(await pageState(chromium, page)).toMatchObject({ japanese: false, hasChinese: true });
    await popup.close();

    await page.bringToFront();
    await hoverChar(page, '政府は22日', 0);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe('政府');
  });

  it('reads a Chinese article quoting Japanese as Chinese, and its Japanese as no Chinese', async () => {
    await page.goto(server.url('chinese-quoting-japanese.html'));
    await page.mouse.move(1, 1);
    await waitForHover(chromium, page);
    expect(await pageState(chromium, page)).toMatchObject({ japanese: false, hasChinese: true });

    const expectCard = (headword: string | null) => expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe(headword);
    await hoverChar(page, '经济刺激措施', 0);
    await expectCard('经济');
    // Declared Japanese: the card goes, and comes back over Chinese.
    await hoverChar(page, '政府は物価高', 0);
    await expectCard(null);
    await hoverChar(page, '经贸合作', 2);
    await expectCard('合作');
    // Undeclared Japanese inside a Chinese paragraph: its clause has kana.
    await hoverChar(page, '政府の経済対策', 3);
    await expectCard(null);
    await hoverChar(page, '分析人士认为', 4);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).not.toBeNull();

    const popup = await openPopupFor(chromium, page);
    expect(await popup.getByTestId('treat-as-chinese').count()).toBe(0);
    await popup.getByTestId('pinyin-toggle').click();
    await expect.poll(() => page.locator('#lead ruby').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#inline-quote ruby').count()).toBeGreaterThan(0);
    expect(await page.locator('#declared-quote ruby').count()).toBe(0);
    const inlineBases = await page.locator('#inline-quote ruby').evaluateAll((rubies) => rubies.map((ruby) => ruby.firstChild?.textContent ?? ''));
    expect(inlineBases.join('')).not.toMatch(/[政府経済対策]/u);
    await popup.getByTestId('pinyin-toggle').click();
    await expect.poll(() => page.locator('ruby').count()).toBe(0);

    // Conversion leaves the element declared Japanese as it is.
    const declared = await page.locator('#declared-quote').textContent();
    await popup.getByTestId('convert-tw').click();
    await expect.poll(() => page.locator('#lead').textContent(), { timeout: 10_000 }).toContain('經濟刺激措施');
    expect(await page.locator('#declared-quote').textContent()).toBe(declared);
    await popup.getByTestId('convert-original').click();
    await expect.poll(() => page.locator('#lead').textContent()).toContain('经济刺激措施');
    await popup.close();
  });
});
