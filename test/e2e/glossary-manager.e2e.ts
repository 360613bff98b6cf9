import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHARD_COUNT } from '../../lib/glossary/storage-layout.ts';
import { GLOSSARY_VERSION, termId, type GlossaryTerm } from '../../lib/glossary/term.ts';
import { T0, ZHANGDA } from '../../lib/glossary/test-fixtures.ts';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import { chromiumSuite } from './support/chromium-page.ts';

const TERMS = 120;

/** Two-character words 词一, 词丁, …; every other one tagged `odd`. */
function glossaryTerms(): GlossaryTerm[] {
  return Array.from({ length: TERMS }, (_, i) => {
    const word = `词${String.fromCodePoint(0x4e00 + i)}`;
    return { ...ZHANGDA, id: termId(word, word), simplified: word, traditional: word, tags: i % 2 ? ['odd'] : [], createdAt: T0 + i, updatedAt: T0 + i };
  });
}

type LocalStorageApi = { storage: { local: { set(items: unknown): Promise<void>; get(keys: null): Promise<Record<string, unknown>> } } };

async function storedItems(chromium: ChromiumWithExtension): Promise<Record<string, unknown>> {
  const worker = await chromium.serviceWorker();
  return worker.evaluate(() => (globalThis as unknown as { chrome: LocalStorageApi }).chrome.storage.local.get(null));
}

const counted = (options: Page, name: 'total' | 'listed' | 'selected') => () =>
  options.getByTestId('manager-count').getAttribute(`data-${name}`);

describe('the glossary manager in Chromium with the built extension', () => {
  let chromium: ChromiumWithExtension;
  chromiumSuite((setup) => ({ chromium } = setup));

  it('moves a glossary stored by an older version into shards, then filters, selects, tags, deletes and undoes', async () => {
    // The single storage item earlier versions wrote, found by a worker started afresh.
    const worker = await chromium.serviceWorker();
    await worker.evaluate(
      (glossary) => (globalThis as unknown as { chrome: LocalStorageApi }).chrome.storage.local.set({ glossary }),
      { version: GLOSSARY_VERSION, terms: glossaryTerms() },
    );
    await chromium.stopServiceWorker();

    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    await expect.poll(counted(options, 'total'), { timeout: 15_000 }).toBe(String(TERMS));
    const stored = await storedItems(chromium);
    expect(stored.glossary).toBeUndefined();
    expect(stored.glossaryMeta).toMatchObject({ version: GLOSSARY_VERSION });
    expect(Object.keys(stored).filter((key) => key.startsWith('glossary.'))).toHaveLength(SHARD_COUNT);

    await options.locator('select[name="tag-filter"]').selectOption('tag:odd');
    await expect.poll(counted(options, 'listed')).toBe(String(TERMS / 2));
    await options.getByLabel('Select every term on this page').check();
    await expect.poll(counted(options, 'selected')).toBe('50');
    await options.getByRole('button', { name: `Select all ${TERMS / 2} listed` }).click();
    await expect.poll(counted(options, 'selected')).toBe(String(TERMS / 2));
    await options.getByLabel('Tag to add or remove').fill('review');
    await options.getByRole('button', { name: 'Add tag to selected' }).click();
    await expect.poll(() => options.locator('select[name="tag-filter"] option[value="tag:review"]').textContent()).toBe(`review (${TERMS / 2})`);

    // The browser stops the worker whenever it likes: the next change reads the glossary afresh and loses nothing.
    await chromium.stopServiceWorker();
    await options.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(counted(options, 'total')).toBe(String(TERMS / 2));
    expect(await options.getByTestId('manager-row').count()).toBe(0);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(counted(options, 'total')).toBe(String(TERMS));
    await options.locator('select[name="tag-filter"]').selectOption('tag:review');
    await expect.poll(counted(options, 'listed')).toBe(String(TERMS / 2));
    await options.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => options.getByText('Page 2 of 2').count()).toBe(1);
    expect(await options.getByTestId('manager-row').count()).toBe(TERMS / 2 - 50);
    await options.close();
  });
});

describe('terms without a meaning in the glossary manager', () => {
  let chromium: ChromiumWithExtension;
  chromiumSuite((setup) => ({ chromium } = setup));

  it('marks 谷歌 saved without a meaning, lists it under "Without a meaning", and adds one in place', async () => {
    // As saved from a qq.com page: the word and its reading, no sense and no note.
    const guge: GlossaryTerm = {
      ...ZHANGDA,
      id: termId('谷歌', '穀歌'),
      simplified: '谷歌',
      traditional: '穀歌',
      syllables: ['gu3', 'ge1'],
      senses: [],
      note: '',
      contexts: [{ sentence: '谷歌发布了新的人工智能模型。', url: 'https://news.qq.com/rain/a/20241106A01.html', title: '腾讯新闻', savedAt: T0 + 9 }],
      createdAt: T0 + 9,
      updatedAt: T0 + 9,
    };
    const worker = await chromium.serviceWorker();
    await worker.evaluate(
      (glossary) => (globalThis as unknown as { chrome: LocalStorageApi }).chrome.storage.local.set({ glossary }),
      { version: GLOSSARY_VERSION, terms: [...glossaryTerms().slice(0, 3), guge] },
    );
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    await expect.poll(counted(options, 'total'), { timeout: 15_000 }).toBe('4');
    const marked = options.getByTestId('manager-row').filter({ has: options.getByTestId('no-meaning') });
    expect(await marked.count()).toBe(1);
    // textContent: rows off screen are not rendered (content-visibility), so they have no innerText.
    expect(await marked.textContent()).toContain('No meaning yet');

    await options.locator('select[name="tag-filter"]').selectOption('no-meaning');
    await expect.poll(counted(options, 'listed')).toBe('1');
    await options.getByRole('button', { name: 'Add a meaning to 谷歌' }).click();
    const senses = options.locator('textarea[name="senses"]');
    await expect.poll(() => senses.evaluate((element) => element === document.activeElement)).toBe(true);
    await senses.fill('Google');
    await options.locator('form[aria-label="Edit 谷歌"]').getByRole('button', { name: 'Save' }).click();
    await expect.poll(counted(options, 'listed')).toBe('0');
    await options.locator('select[name="tag-filter"]').selectOption('all');
    await expect.poll(() => options.getByTestId('manager-row').filter({ hasText: '谷歌' }).textContent()).toContain('Google');
    expect(await options.getByTestId('no-meaning').count()).toBe(0);
    await options.close();
  });
});
