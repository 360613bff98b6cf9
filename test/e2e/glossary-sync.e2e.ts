import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeGlossaryChunks, encodeGlossaryChunks, SYNC_QUOTA } from '../../lib/glossary/sync-chunks.ts';
import { CHANGZHI, LVSE, ZHANGDA } from '../../lib/glossary/test-fixtures.ts';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import { chromiumSuite } from './support/chromium-page.ts';

type SyncApi = { storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: unknown): Promise<void> } } };
type RuntimeApi = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value: unknown }> } };

async function syncItems(chromium: ChromiumWithExtension): Promise<Record<string, unknown>> {
  const worker = await chromium.serviceWorker();
  return worker.evaluate(() => (globalThis as unknown as { chrome: SyncApi }).chrome.storage.sync.get(null));
}

async function send(page: Page, message: unknown): Promise<unknown> {
  const reply = await page.evaluate((sent) => (globalThis as unknown as { chrome: RuntimeApi }).chrome.runtime.sendMessage(sent), message);
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return reply.value;
}

const syncedIds = async (chromium: ChromiumWithExtension) => {
  const decoded = decodeGlossaryChunks(await syncItems(chromium));
  return decoded.state === 'ok' ? decoded.terms.map((term) => term.id).sort() : decoded.state;
};

/**
 * Headless Chromium without a signed-in profile keeps `storage.sync` on this computer: enough to see what Duizhao
 * pushes and to play another browser pushing into it.
 */
describe('glossary sync in Chromium with the built extension', () => {
  let chromium: ChromiumWithExtension;
  chromiumSuite((setup) => ({ chromium } = setup));

  it('pushes the glossary when sync is switched on, and merges what another browser pushes', async () => {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    await send(options, { type: 'glossarySave', payload: { ...CHANGZHI, context: { sentence: '事關國家長治久安。', url: '', title: '' } } });
    expect(Object.keys(await syncItems(chromium)).filter((key) => key.startsWith('glossary'))).toEqual([]);

    await options.getByLabel('Sync my glossary between my browsers').check();
    await expect.poll(() => syncedIds(chromium), { timeout: 15_000 }).toEqual([CHANGZHI.id]);
    await expect.poll(() => options.getByTestId('sync-status').innerText()).toMatch(/Glossary synced at .*: 1 terms/);

    const other = encodeGlossaryChunks([LVSE, ZHANGDA], { bytes: SYNC_QUOTA.bytes / 2, items: 16 });
    if (!other.fits) throw new Error('the other browser’s glossary should fit');
    const worker = await chromium.serviceWorker();
    await worker.evaluate((items) => (globalThis as unknown as { chrome: SyncApi }).chrome.storage.sync.set(items), other.items);
    await expect.poll(() => options.getByTestId('manager-count').getAttribute('data-total'), { timeout: 15_000 }).toBe('3');
    // This browser then pushes the union back, for the other browser to pick up.
    await expect.poll(() => syncedIds(chromium), { timeout: 15_000 }).toEqual([CHANGZHI.id, LVSE.id, ZHANGDA.id].sort());
    await options.close();
  });
});
