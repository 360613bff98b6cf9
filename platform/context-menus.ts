import { browser } from 'wxt/browser';
import { isLocale, type Locale } from '../lib/convert/locales.ts';

/**
 * Duizhao's context menus: convert the page to each target or back to the original, and save the selected text
 * into the glossary.
 */
const PARENT = 'duizhao-convert';
const SAVE_SELECTION = 'duizhao-save-selection';
const ORIGINAL = 'original';
const ITEMS: { target: Locale | typeof ORIGINAL; title: string }[] = [
  { target: 'cn', title: '简体 (Simplified, Mainland)' },
  { target: 'tw', title: '繁體 (Traditional, Taiwan)' },
  { target: 'hk', title: '繁體 (Traditional, Hong Kong)' },
  { target: 't', title: '繁體 (Traditional, OpenCC)' },
  { target: ORIGINAL, title: 'Original text' },
];

export function createContextMenus(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: SAVE_SELECTION, title: 'Save “%s” to the Duizhao glossary', contexts: ['selection'] });
    browser.contextMenus.create({ id: PARENT, title: 'Duizhao: convert page', contexts: ['page', 'selection'] });
    for (const { target, title } of ITEMS) {
      browser.contextMenus.create({ id: `${PARENT}:${target}`, parentId: PARENT, title, contexts: ['page', 'selection'] });
    }
  });
}

/** The target a clicked menu item stands for: a locale, null for the original, undefined for other items. */
export function conversionMenuTarget(id: string | number): Locale | null | undefined {
  const [parent, target] = String(id).split(':');
  if (parent !== PARENT || target === undefined) return undefined;
  if (target === ORIGINAL) return null;
  return isLocale(target) ? target : undefined;
}

export function isSaveSelectionMenu(id: string | number): boolean {
  return id === SAVE_SELECTION;
}
