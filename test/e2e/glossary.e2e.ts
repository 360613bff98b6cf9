import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite, openChromiumPage } from './support/chromium-page.ts';
import { inShadowRoots, type InRoot } from './support/closed-shadow.ts';
import { cardText, hoverChar } from './support/hover.ts';
import { openPopupFor, sendToTabFromWorker, tabIdOf, waitForHover } from './support/tabs.ts';

describe('glossary in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  const openPopup = (): Promise<Page> => openPopupFor(chromium, page, 'glossary');

  it('saves a hovered word with its sentence, shows it in the popup, and deletes it with undo', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    await hoverChar(page, '國家長治久安', 3);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe('長治久安');
    await page.keyboard.press('s');
    await expect.poll(() => cardText(page, 'saved')).toMatch(/In your glossary/);

    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('glossary-count').innerText()).toBe('(1)');
    const item = popup.getByTestId('glossary-term').first();
    expect(await item.innerText()).toContain('长治久安 長治久安');
    expect(await item.getByTestId('glossary-context').innerText()).toContain('事關黨長期執政和國家長治久安');
    // The background searches: each keystroke's answer arrives a moment later.
    await popup.getByLabel('Search the glossary').fill('weather');
    await expect.poll(() => popup.getByTestId('glossary-term').count()).toBe(0);
    expect(await popup.getByRole('status').or(popup.locator('.hint')).allInnerTexts()).toContain('Nothing matches “weather”.');
    await popup.getByLabel('Search the glossary').fill('changzhi');
    await expect.poll(() => popup.getByTestId('glossary-term').count()).toBe(1);
    await popup.getByLabel('Search the glossary').fill('');
    await popup.getByRole('button', { name: 'Edit 长治久安' }).click();
    await popup.getByLabel('Note').fill('a set phrase of Party documents');
    await popup.getByLabel('Tags, comma-separated').fill('politics, idiom');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.getByTestId('glossary-term').first().innerText()).toContain('a set phrase of Party documents');
    expect(await popup.getByTestId('glossary-term').first().innerText()).toContain('Tags: politics, idiom');
    await popup.getByRole('button', { name: 'Delete 长治久安' }).click();
    await expect.poll(() => popup.getByTestId('glossary-count').innerText()).toBe('(0)');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.getByTestId('glossary-count').innerText()).toBe('(1)');
    await popup.close();
  });

  it('marks a saved word on the card, and a second sentence joins the same term', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    await hoverChar(page, '長治久安', 1);
    await expect.poll(() => cardText(page, 'saved'), { timeout: 10_000 }).toMatch(/In your glossary/);
    await page.keyboard.press('Escape');
    await page.goto(server.url('seed-simplified.html'));
    await waitForHover(chromium, page);
    await hoverChar(page, '国家长治久安', 3);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe('长治久安');
    await page.keyboard.press('s');
    await page.waitForTimeout(300);
    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('glossary-count').innerText()).toBe('(1)');
    expect(await popup.getByTestId('glossary-context').first().innerText()).toMatch(/事关党长期执政和国家长治久安.*\(\+1 more\)/);
    await popup.close();
  });

  it('highlights saved words on pages when the reader asks for it, and stops when asked', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    const marked = async () => (await inShadowRoots(page, 'duizhao-saved-marks', (root) => root.querySelectorAll('.mark').length, null))[0] ?? 0;
    await hoverChar(page, '社會工作是黨和國家工作', 1);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe('社會工作');
    await page.keyboard.press('s');
    await expect.poll(() => cardText(page, 'saved')).toMatch(/In your glossary/);
    await page.keyboard.press('Escape');
    expect(await marked()).toBe(0);
    const popup = await openPopup();
    await popup.getByTestId('highlight-saved').check();
    // 社會工作 stands many times in the article (its title, headings and paragraphs).
    await expect.poll(marked, { timeout: 10_000 }).toBeGreaterThanOrEqual(10);
    await popup.getByTestId('highlight-saved').uncheck();
    await expect.poll(marked).toBe(0);
    await popup.close();
  });

  // Runs after the tests above, which saved 长治久安 (two sentences) and 社会工作.
  it('exports the glossary as JSON and Anki, and a fresh profile imports the same glossary; bad rows are reported', async () => {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Export Anki (.txt)' }).waitFor();
    const [anki] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export Anki (.txt)' }).click()]);
    const ankiText = readFileSync((await anki.path()) ?? '', 'utf8');
    expect(ankiText.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#notetype:Duizhao']);
    expect(ankiText).toContain('长治久安');
    const [json] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    const backup = join(mkdtempSync(join(tmpdir(), 'duizhao-export-')), 'backup.json');
    writeFileSync(backup, readFileSync((await json.path()) ?? ''));
    await options.close();

    const fresh = await openChromiumPage();
    try {
      const freshOptions = await fresh.chromium.context.newPage();
      await freshOptions.goto(fresh.chromium.extensionUrl('options.html'));
      await freshOptions.getByLabel('Import a JSON backup or a CSV file').setInputFiles(backup);
      await expect.poll(() => freshOptions.getByTestId('import-outcome').innerText(), { timeout: 10_000 }).toMatch(/2 new, 0 updated/);
      const badCsv = join(mkdtempSync(join(tmpdir(), 'duizhao-import-')), 'bad.csv');
      writeFileSync(badCsv, 'simplified,traditional,pinyin,english\n党建,黨建,dang3 jian4,Party building\n"unterminated,x\n');
      await freshOptions.getByLabel('Import a JSON backup or a CSV file').setInputFiles(badCsv);
      await expect.poll(() => freshOptions.getByTestId('import-outcome').innerText()).toMatch(/line 3/);
      const list = await freshOptions.evaluate(() => new Promise((resolve) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown, reply: (value: unknown) => void): void } } }).chrome;
        api.runtime.sendMessage({ type: 'glossaryList', payload: {} }, resolve);
      }));
      const words = ((list as { value: { simplified: string; contexts: unknown[] }[] }).value).map((term) => [term.simplified, term.contexts.length]);
      expect(words).toEqual(expect.arrayContaining([['长治久安', 2], ['社会工作', 1], ['党建', 0]]));
    } finally {
      await fresh.close();
    }
  });

  // The menu itself cannot be clicked from Playwright: the test sends the message its click sends.
  it('saves a selected phrase the dictionary lacks from the context menu, with the reader’s own gloss', async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('新就業群體規模持續擴大'));
      const walker = document.createTreeWalker(paragraph ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('新就業群體規模') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 5);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
    });
    const tabId = await tabIdOf(chromium, page);
    expect(await sendToTabFromWorker(chromium, tabId, { type: 'saveSelection', payload: { text: '新就業群體' } })).toEqual({ ok: true, value: true });
    // The dialog is in a closed shadow root: read through the protocol, typed and clicked as the reader would.
    const inDialog = <R,>(fn: InRoot<null, R>) => inShadowRoots(page, 'duizhao-dialog', fn, null);
    await expect.poll(async () => (await inDialog((root) => root.querySelector<HTMLInputElement>('[role="dialog"] input')?.value ?? null))[0]).toBe('xīnjiùyèqúntǐ');
    // The senses box has the focus when the dialog opens; the note is the field after it.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('groups in new forms of employment');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Xinhua English, 2024-11-06');
    const [save] = await inDialog((root) => {
      const rect = root.querySelector('button[type="submit"]')?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    if (!save) throw new Error('the dialog has no Save button');
    await page.mouse.click(save.x, save.y);
    await expect.poll(() => page.locator('duizhao-dialog').count()).toBe(0);
    const popup = await openPopup();
    await popup.getByLabel('Search the glossary').fill('new forms of employment');
    await expect.poll(() => popup.getByTestId('glossary-term').first().innerText()).toContain('新就业群体 新就業群體');
    expect(await popup.getByTestId('glossary-context').first().innerText()).toContain('新就業群體規模持續擴大');
    await popup.close();
  });
});
