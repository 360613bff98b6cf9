import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnkiConnectTestServer, type AnkiConnectTestServer } from '../support/ankiconnect-test-server.ts';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium.ts';
import { buildWithHostAccess } from './harness/extension-build.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { cardText, hoverChar } from './support/hover.ts';
import { waitForHover } from './support/tabs.ts';

/** AnkiConnect's fixed address: the test server stands in for Anki there. */
const ANKICONNECT_PORT = 8765;

/**
 * Send to Anki from the card and the manager, against the AnkiConnect test server, with the host permission for
 * 127.0.0.1:8765 granted as the reader grants it at the first send (a headless browser cannot click the prompt).
 */
describe('Anki in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let build: { dir: string; remove(): Promise<void> };
  let page: Page;
  let anki: AnkiConnectTestServer | null = null;

  beforeAll(async () => {
    server = await startFixtureServer();
    build = await buildWithHostAccess('chrome-mv3', ['http://127.0.0.1:8765/*']);
    chromium = await launchChromium({ extensionDir: build.dir });
    page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
  });
  afterAll(async () => {
    await anki?.close();
    await chromium?.close();
    await build?.remove();
    await server?.close();
  });

  const sendFromCard = async () => {
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    await hoverChar(page, '國家長治久安', 3);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe('長治久安');
    await page.keyboard.press('a');
  };

  it('keeps the word as "not yet in Anki" when Anki is not running, and says so', async () => {
    await sendFromCard();
    await expect.poll(() => cardText(page, 'anki-status'), { timeout: 10_000 }).toMatch(/Anki is not running, or the AnkiConnect add-on is not installed/);
    // A is also a save: the word is in the glossary.
    expect(await cardText(page, 'saved')).toMatch(/In your glossary/);
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    await expect.poll(() => options.getByTestId('not-in-anki').count(), { timeout: 10_000 }).toBe(1);
    await options.close();
  });

  it('sends the word with its sentence and source, creates deck and note type, then updates rather than duplicates', async () => {
    anki = await startAnkiConnectTestServer({ port: ANKICONNECT_PORT });
    await sendFromCard();
    await expect.poll(() => cardText(page, 'anki-status'), { timeout: 10_000 }).toBe('In Anki: 1 added, 0 updated.');
    expect(anki.models.has('Duizhao')).toBe(true);
    expect(anki.decks.has('Duizhao')).toBe(true);
    expect(anki.notes).toHaveLength(1);
    const [note] = anki.notes;
    expect(note?.fields).toMatchObject({ Simplified: '长治久安', Traditional: '長治久安', Pinyin: 'chángzhìjiǔ&#x27;ān' });
    expect(note?.fields.Sentence).toContain('長治久安');
    expect(note?.fields.Source).toContain(server.url('seed-traditional.html'));

    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    await expect.poll(() => options.getByTestId('manager-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await options.getByTestId('not-in-anki').count()).toBe(0);
    await options.getByLabel('Select every term on this page').check();
    await options.getByRole('button', { name: 'Send selected to Anki' }).click();
    await expect.poll(() => options.getByTestId('anki-status').innerText(), { timeout: 10_000 }).toBe('In Anki: 0 added, 1 updated.');
    expect(anki.notes).toHaveLength(1);

    // The .apkg is written in the settings page: sql.js's WebAssembly loads from the extension under its CSP.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export Anki (.apkg)' }).click()]);
    const sql = await initSqlJs();
    const db = new sql.Database(unzipSync(readFileSync((await download.path()) ?? ''))['collection.anki2']);
    expect(db.exec('SELECT sfld FROM notes')[0]?.values).toEqual([['长治久安']]);
    await options.close();
  });
});
