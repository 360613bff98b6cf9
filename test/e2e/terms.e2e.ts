import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { openPopupFor, waitForHover } from './support/tabs.ts';

interface StoredTerm {
  simplified: string;
  contexts: { sentence: string; alignedEnglish?: string }[];
}

describe('the Terms view in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  it('lists the seed’s key terms with the English pairs, and saves a pair with both sentences', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    const popup = await openPopupFor(chromium, page, 'terms');
    const term = (zh: string) => popup.getByTestId('article-term').filter({ has: popup.locator('.hanzi', { hasText: new RegExp(`^${zh}$`) }) });
    await term('新就業群體').waitFor({ timeout: 30_000 });
    expect(await term('新就業群體').getByTestId('term-pair').innerText()).toContain('groups in new forms of employment');
    expect(await term('中國特色社會主義').getByTestId('term-pair').first().innerText()).toContain('socialism with Chinese characteristics');
    expect(await popup.getByRole('region', { name: 'People' }).innerText()).toContain('習近平');

    await term('新就業群體').getByRole('button', { name: 'Save 新就業群體' }).click();
    await term('新就業群體').getByRole('button', { name: '新就業群體 is in your glossary' }).waitFor();
    const stored = await popup.evaluate(
      () =>
        new Promise((resolve) => {
          const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown, reply: (value: unknown) => void): void } } }).chrome;
          api.runtime.sendMessage({ type: 'glossaryList', payload: {} }, resolve);
        }),
    );
    const saved = (stored as { value: StoredTerm[] }).value.find((candidate) => candidate.simplified === '新就业群体');
    expect(saved?.contexts[0]?.sentence).toContain('新就業群體');
    expect(saved?.contexts[0]?.alignedEnglish).toContain('groups in new forms of employment');
    await popup.close();
  });
});
