import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { inShadowRoots } from './support/closed-shadow.ts';
import { listGlossary, submitSaveDialog } from './support/glossary.ts';
import { cardText, hoverChar } from './support/hover.ts';
import { waitForHover } from './support/tabs.ts';

/**
 * The card's word, its entries and what Save keeps, on a page shaped like a Simplified news site (qq.com): navigation,
 * ads, a paragraph whose HTML source breaks its line in the middle of a sentence, and one split by a <br>.
 */
describe('the card’s word and entries in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  async function open(): Promise<void> {
    await page.goto(server.url('news-card-entries.html'));
    await page.mouse.move(1, 1);
    await waitForHover(chromium, page);
  }

  /** Closes the card first: it may lie over the next word. */
  async function hover(needle: string, charIndex: number, headword: string): Promise<void> {
    await page.keyboard.press('Escape');
    await hoverChar(page, needle, charIndex);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe(headword);
  }

  const firstSense = async (): Promise<string | undefined> => (await cardText(page, 'senses'))?.split('\n')[0];

  it('shows the word of the sentence’s segmentation: 中 of 对弈中的大约, 都 of 酿酒商都想', async () => {
    await open();
    await hover('对弈中的大约', 2, '中');
    expect(await firstSense()).not.toMatch(/target/);
    await hover('酿酒商都想', 3, '都');
    expect(await cardText(page, 'pinyin')).toBe('dōu');
    // The dictionary's longer word is a key away.
    await page.keyboard.press(']');
    await expect.poll(() => cardText(page, 'headword')).toBe('商都');
  });

  it('leads with a real sense and writes the other script by OpenCC, the variants folded', async () => {
    await open();
    await hover('酒和菜', 1, '和');
    expect(await cardText(page, 'headword-other')).toBeNull();
    expect(await firstSense()).toMatch(/\band\b/);
    expect(await cardText(page, 'folded')).toContain('咊');
    await hover('，最重要', 1, '最');
    expect(await cardText(page, 'headword-other')).toBeNull();
    expect(await firstSense()).toMatch(/most/);
    await hover('比如谷歌', 0, '比如');
    expect(await firstSense()).toMatch(/for example/);
    await hover('来教它', 1, '教');
    expect(await cardText(page, 'pinyin')).toBe('jiāo');
    expect(await firstSense()).toMatch(/to teach/);
    await hover('新的竞争者', 0, '新');
    expect(await firstSense()).toBe('new');
    await hover('谷歌(微博)', 0, '谷歌');
    expect(await cardText(page, 'headword-other')).toBeNull();
    expect(await firstSense()).toMatch(/Google/);
  });

  it('saves the entry the card leads with, and the whole sentence across the source line break', async () => {
    await open();
    await hover('谷歌(微博)', 1, '谷歌');
    await page.keyboard.press('s');
    await expect.poll(() => cardText(page, 'saved')).toMatch(/In your glossary/);
    await hover('来教它', 1, '教');
    await page.keyboard.press('s');
    await expect.poll(() => cardText(page, 'saved')).toMatch(/In your glossary/);
    const terms = await listGlossary(chromium);
    const google = terms.find((term) => term.simplified === '谷歌');
    expect(google?.traditional).toBe('谷歌');
    expect(google?.senses[0]).toMatch(/Google/);
    expect(google?.contexts[0]?.sentence).toBe('在搜索引擎市场上，比如谷歌(微博) 的市场份额一直很高，新的竞争者也都想分一杯羹。');
    const teach = terms.find((term) => term.simplified === '教');
    expect(teach?.senses[0]).toMatch(/to teach/);
    // A <br> ends the line above: the sentence saved starts after it.
    expect(teach?.contexts[0]?.sentence).toBe('每家酿酒商都想把酒和菜搭配起来，最重要的是让我来教它怎么做。');
    expect(terms.map((term) => term.simplified)).not.toContain('穀歌');
  });

  it('asks for the reader’s gloss before saving a word the dictionary defines nowhere', async () => {
    await open();
    await hover('酿酒商都想', 3, '都');
    await page.keyboard.press(']');
    await expect.poll(() => cardText(page, 'headword')).toBe('商都');
    expect(await cardText(page, 'folded')).toMatch(/^see 商都縣/);
    await page.keyboard.press('s');
    const sensesBox = () => inShadowRoots(page, 'duizhao-dialog', (root) => root.querySelector<HTMLTextAreaElement>('[role="dialog"] textarea')?.value ?? null, null);
    // The senses box starts empty, the dictionary giving nothing to save, and has the focus.
    await expect.poll(async () => (await sensesBox())[0]).toBe('');
    expect(await cardText(page, 'headword')).toBeNull();
    await page.keyboard.type('Shangdu, a county of Inner Mongolia');
    await submitSaveDialog(page);
    const shangdu = (await listGlossary(chromium)).find((term) => term.simplified === '商都');
    expect(shangdu?.senses).toEqual(['Shangdu, a county of Inner Mongolia']);
    expect(shangdu?.contexts[0]?.sentence).toBe('每家酿酒商都想把酒和菜搭配起来，最重要的是让我来教它怎么做。');
  });
});
