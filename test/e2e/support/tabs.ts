import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from '../harness/chromium.ts';

/** The part of the extension API that tests and benchmarks call inside the service worker. */
export interface WorkerTabsApi {
  tabs: {
    query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

/** The browser's id for `page`'s tab, as the extension sees it (the page is brought to the front first). */
export async function tabIdOf(chromium: ChromiumWithExtension, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await chromium.serviceWorker();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: WorkerTabsApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** Sends a tab message from the service worker to the tab's main frame, as the shortcut and menus do. */
export async function sendToTabFromWorker(chromium: ChromiumWithExtension, tabId: number, message: unknown): Promise<unknown> {
  const worker = await chromium.serviceWorker();
  return worker.evaluate(
    ({ tabId, message }) => {
      const api = (globalThis as unknown as { chrome: WorkerTabsApi }).chrome;
      return api.tabs.sendMessage(tabId, message, { frameId: 0 });
    },
    { tabId, message },
  );
}

/** Opens the popup as a page of its own (`popup.html?tab=<id>&view=<view>`), acting on `page`'s tab. */
export async function openPopupFor(
  chromium: ChromiumWithExtension,
  page: Page,
  view: 'page' | 'english' | 'terms' | 'glossary' = 'page',
): Promise<Page> {
  const tabId = await tabIdOf(chromium, page);
  const popup = await chromium.context.newPage();
  await popup.goto(`${chromium.extensionUrl('popup.html')}?tab=${tabId}&view=${view}`);
  await popup.locator(`[data-testid="tab-${view}"][aria-selected="true"]`).waitFor();
  return popup;
}

/**
 * Waits until the content script of `page` has found Chinese and set up hover lookups: a mouse move before that
 * would find no listener, and a test that hovers once would wait for nothing.
 */
export async function waitForHover(chromium: ChromiumWithExtension, page: Page): Promise<void> {
  const tabId = await tabIdOf(chromium, page);
  for (const started = Date.now(); Date.now() - started < 15_000; ) {
    const reply = await sendToTabFromWorker(chromium, tabId, { type: 'getPageState', payload: {} }).catch(() => null);
    if (typeof reply === 'object' && reply !== null && 'value' in reply) {
      const { value } = reply as { value: { hasChinese?: boolean } };
      if (value.hasChinese) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the content script did not set up hover lookups within 15 s');
}
