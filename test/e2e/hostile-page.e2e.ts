import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { inShadowRoots } from './support/closed-shadow.ts';
import { cardText, hoverChar } from './support/hover.ts';
import { waitForHover } from './support/tabs.ts';

/** What test/fixtures/pages/hostile-attack.js gathered in a frame. */
interface AttackReport {
  shadowRoots: (string | null)[];
  cardTexts: string[];
  highlightNames: string[];
  clicked: number;
  hosts: string[];
  dynamicFetch: string | null;
  rounds: number;
}

interface SavedTerm {
  simplified: string;
  note: string;
  contexts: { title: string }[];
}

type ExtensionGlobals = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

const PRIVATE_NOTE = 'my private note: interview on Tuesday';

describe('a hostile page and its ad frame cannot drive the card or learn what the reader saved (Chromium)', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  /** Sends a message to the background from one of the extension's own pages, as the popup does. */
  async function fromExtensionPage(message: unknown): Promise<unknown> {
    const extensionPage = await chromium.context.newPage();
    try {
      await extensionPage.goto(chromium.extensionUrl('options.html'));
      return await extensionPage.evaluate((sent) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage(sent), message);
    } finally {
      await extensionPage.close();
    }
  }

  async function savedTerms(): Promise<SavedTerm[]> {
    const reply = (await fromExtensionPage({ type: 'glossaryList', payload: {} })) as { ok: boolean; value: SavedTerm[] };
    expect(reply.ok).toBe(true);
    return reply.value;
  }

  async function reports(): Promise<AttackReport[]> {
    return Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as unknown as { attackReport: AttackReport }).attackReport)));
  }

  it('keeps the card, the saved state, the note and the saved words from page script, and the page saves nothing', async () => {
    const saved = await fromExtensionPage({
      type: 'glossarySave',
      payload: { simplified: '社会工作', traditional: '社會工作', syllables: ['she4', 'hui4', 'gong1', 'zuo4'], senses: ['social work'], note: PRIVATE_NOTE, tags: [], context: { sentence: '社會工作是黨和國家工作的重要組成部分', url: 'https://news.example/', title: 'news' } },
    });
    console.log('STEP 1');
    expect(saved).toMatchObject({ ok: true });
    console.log('STEP 2');
    expect(await fromExtensionPage({ type: 'noSuchMessage', payload: {} })).toEqual({ ok: false, error: 'malformed message' });
    console.log('STEP 3');
    // With "highlight saved words" on, the page must still not learn which of its words are saved.
    const settingsPage = await chromium.context.newPage();
    console.log('STEP 4');
    await settingsPage.goto(chromium.extensionUrl('options.html'));
    console.log('STEP 5');
    await settingsPage.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome.storage.sync.set({ settings: { highlightSaved: true } }),
    );
    console.log('STEP 6');
    await settingsPage.close();
    console.log('STEP 7');

    await page.addInitScript(
      ({ probe }) => Object.assign(window, { extensionProbe: probe, attackWord: '社會工作' }),
      { probe: chromium.extensionUrl('data/convert/CJK_Compatibility_Ideographs.bin') },
    );
    console.log('STEP 8');
    await page.goto(server.url('hostile.html'));
    console.log('STEP 9');
    await waitForHover(chromium, page);
    console.log('STEP 10');
    // Saved words are marked for the reader: three times in the article, once in the ad frame...
    const marks = async () => (await inShadowRoots(page, 'duizhao-saved-marks', (root) => root.querySelectorAll('.mark').length, null)).reduce((sum, count) => sum + count, 0);
    await expect.poll(marks, { timeout: 10_000 }).toBe(4);
    // ...while the page and its ad frame keep attacking (every 400 ms) for a few rounds.
    await expect.poll(async () => Math.min(...(await reports()).map((report) => report.rounds)), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    console.log('STEP 11');

    const gathered = await reports();
    console.log('STEP 12');
    expect(gathered).toHaveLength(2);
    console.log('STEP 13');
    for (const report of gathered) {
      // Duizhao's elements are there to see (closed roots), but nothing in them is.
      expect(report.shadowRoots.every((root) => root === null)).toBe(true);
      expect(report.cardTexts).toEqual([]);
      expect(report.clicked).toBe(0);
      expect(report.highlightNames.filter((name) => name.includes('社會工作'))).toEqual([]);
    }
    // Synthetic events showed no card, so no card opened for the page to read or save from.
    expect(await cardText(page, 'headword')).toBeNull();
    console.log('STEP 14');
    // Nor can it tell that Duizhao is installed by fetching one of its resources at a fixed address.
    expect(gathered.map((report) => report.dynamicFetch)).toEqual(['refused', 'refused']);
    console.log('STEP 15');

    const terms = await savedTerms();
    console.log('STEP 16');
    expect(terms.map((term) => term.simplified)).toEqual(['社会工作']);
    console.log('STEP 17');
    expect(terms.flatMap((term) => term.contexts.map((context) => context.title))).not.toContainEqual(expect.stringContaining('HYPERLINK'));
    console.log('STEP 18');
  });

  it('answers a content script only what a page needs, and keeps storage from it', async () => {
    const asked = (message: object) =>
      chromium.evaluateInContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => JSON.stringify(reply), (error) => 'error: ' + error.message)`);
    expect(await asked({ type: 'glossaryList', payload: {} })).toBe('{"ok":false,"error":"not answered for this sender"}');
    expect(await asked({ type: 'glossaryDelete', payload: { ids: [] } })).toBe('{"ok":false,"error":"not answered for this sender"}');
    expect(await asked({ type: 'glossaryWords', payload: {} })).toMatch(/^\{"ok":true/);
    const storage = await chromium.evaluateInContentScript(
      page,
      `chrome.storage.local.get(null).then((items) => 'read ' + Object.keys(items).length + ' items', (error) => 'refused: ' + error.message)`,
    );
    expect(storage).toMatch(/^refused/);
  });

  it('still saves the word the reader hovers and presses S on, with the page title as it is', async () => {
    await page.bringToFront();
    await hoverChar(page, '國家長治久安', 3);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe('長治久安');
    expect(await cardText(page, 'saved')).toBeNull();
    await page.keyboard.press('s');
    await expect.poll(() => cardText(page, 'saved'), { timeout: 10_000 }).toMatch(/In your glossary/);
    const terms = await savedTerms();
    expect(terms.map((term) => term.simplified).sort()).toEqual(['社会工作', '长治久安']);
    // Only the reader's hover saved: the page's keys in the meantime saved nothing more.
    expect((await reports()).every((report) => report.clicked === 0)).toBe(true);
  });
});
