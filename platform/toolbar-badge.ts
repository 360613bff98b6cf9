import { browser } from 'wxt/browser';
import type { Translate } from '../lib/i18n/translate.ts';
import { PLAIN_TAB, toolbarBadge, type TabIndicator } from '../lib/toolbar-badge.ts';
import { loadTranslator } from './ui-language.ts';

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? browser.browserAction;
}

/** Sets the badge and title of one tab's toolbar icon. A tab closed meanwhile is no error worth reporting. */
export async function showTabIndicator(tabId: number, indicator: TabIndicator, t: Translate): Promise<void> {
  const button = toolbarButton();
  const badge = toolbarBadge(indicator, t);
  await Promise.all([
    button.setBadgeText({ tabId, text: badge.text }),
    button.setBadgeBackgroundColor({ tabId, color: badge.color }),
    button.setTitle({ tabId, title: badge.title }),
  ]).catch(() => undefined);
}

/**
 * A tab that loads a page starts plain: the page's content script tells its state again once it changes. Registered
 * at the worker's start, like every listener, so a navigation that wakes the worker is seen.
 */
export function clearIndicatorOnNavigation(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void loadTranslator().then((t) => showTabIndicator(tabId, PLAIN_TAB, t));
  });
}
