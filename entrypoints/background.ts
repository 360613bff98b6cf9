import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LookupService } from '../lib/lookup/lookup-service.ts';
import { parseBackgroundMessage, type BackgroundApi, type Message } from '../lib/messages.ts';
import { readingsInContext } from '../lib/pinyin/context-reading.ts';
import { dictionaryWordReadings } from '../lib/pinyin/dictionary-word-readings.ts';
import { listen, sendToTab } from '../platform/messaging.ts';
import { loadPackagedDictionary } from '../platform/packaged-data.ts';

/**
 * The one owner of heavy data. The browser may stop this worker at any moment: everything here is either rebuilt
 * lazily from the package or lives in storage, and listeners are registered synchronously at start so that the
 * message that woke the worker is answered.
 */
export default defineBackground(() => {
  const lookups = new LookupService(loadPackagedDictionary, (dictionary) => {
    const words = dictionaryWordReadings(dictionary);
    return (text) => readingsInContext(text, words);
  });
  lookups.warmUp();

  listen(parseBackgroundMessage, (message: Message<BackgroundApi>) => {
    switch (message.type) {
      case 'lookup':
        return lookups.lookup(message.payload);
      case 'dictionaryInfo':
        return lookups.info();
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-hover' || tab?.id === undefined) return;
    sendToTab(tab.id, { type: 'setHoverEnabled', payload: { enabled: 'toggle' } }).catch(() => {
      // A tab without Duizhao's content script (a browser page, a page without Chinese in a frame) has nothing to toggle.
    });
  });
});
