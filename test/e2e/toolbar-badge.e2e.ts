import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { openPopupFor, tabIdOf, waitForHover } from './support/tabs.ts';

interface ActionApi {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
}

/** The toolbar icon's badge and title for `page`'s tab, as the extension's service worker reads them. */
async function toolbar(chromium: ChromiumWithExtension, tabId: number): Promise<{ text: string; title: string }> {
  const worker = await chromium.serviceWorker();
  return worker.evaluate(async (tabId) => {
    const { action } = (globalThis as unknown as { chrome: ActionApi }).chrome;
    return { text: await action.getBadgeText({ tabId }), title: await action.getTitle({ tabId }) };
  }, tabId);
}

describe('the toolbar icon in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  it('shows per tab that hover lookups are off and that the page was converted, and starts plain after navigating', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    const tabId = await tabIdOf(chromium, page);
    const other = await chromium.context.newPage();
    await other.goto(server.url('seed-simplified.html'));
    await waitForHover(chromium, other);
    const otherId = await tabIdOf(chromium, other);
    expect(await toolbar(chromium, tabId)).toMatchObject({ text: '' });

    const popup = await openPopupFor(chromium, page, 'page');
    await popup.getByTestId('hover-toggle').uncheck();
    await expect.poll(() => toolbar(chromium, tabId)).toEqual({ text: 'off', title: 'Duizhao 对照: hover lookups off in this tab' });
    await popup.getByTestId('convert-cn').click();
    await expect
      .poll(() => toolbar(chromium, tabId))
      .toEqual({ text: '简', title: 'Duizhao 对照: hover lookups off in this tab, page converted to Simplified Chinese' });
    await popup.getByTestId('hover-toggle').check();
    await expect.poll(() => toolbar(chromium, tabId)).toEqual({ text: '简', title: 'Duizhao 对照: page converted to Simplified Chinese' });
    await popup.close();
    // The other tab's icon is its own.
    expect((await toolbar(chromium, otherId)).text).toBe('');

    await page.goto(server.url('mixed.html'));
    await expect.poll(() => toolbar(chromium, tabId)).toMatchObject({ text: '' });
    await other.close();
  });
});
