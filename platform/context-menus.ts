import { browser } from 'wxt/browser';
import { isLocale, type Locale } from '../lib/convert/locales.ts';
import type { MessageKey, Translate } from '../lib/i18n/translate.ts';

/**
 * Duizhao's context menus: convert the page to each target or back to the original, and save the selected text
 * into the glossary.
 */
const PARENT = 'duizhao-convert';
const SAVE_SELECTION = 'duizhao-save-selection';
const ORIGINAL = 'original';
const ITEMS: { target: Locale | typeof ORIGINAL; title: MessageKey }[] = [
  { target: 'cn', title: 'script.cn' },
  { target: 'tw', title: 'script.tw' },
  { target: 'hk', title: 'script.hk' },
  { target: 't', title: 'script.t' },
  { target: ORIGINAL, title: 'script.original' },
];

/** Makes the menus anew, titled in the reader's interface language (again whenever it changes). */
export function createContextMenus(t: Translate): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: SAVE_SELECTION, title: t('menu.save'), contexts: ['selection'] });
    browser.contextMenus.create({ id: PARENT, title: t('menu.convert'), contexts: ['page', 'selection'] });
    for (const { target, title } of ITEMS) {
      browser.contextMenus.create({ id: `${PARENT}:${target}`, parentId: PARENT, title: t(title), contexts: ['page', 'selection'] });
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
