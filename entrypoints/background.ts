import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createConverterLoader } from '../lib/convert/converter.ts';
import { resolveSource } from '../lib/convert/script-detection.ts';
import { savedWords } from '../lib/glossary/find-terms.ts';
import { GlossaryQueries } from '../lib/glossary/glossary-query.ts';
import { GlossaryService } from '../lib/glossary/glossary-service.ts';
import { cardTerm } from '../lib/lookup/card-term.ts';
import { LookupService } from '../lib/lookup/lookup-service.ts';
import { wordsToPrepare } from '../lib/match/chinese-concepts.ts';
import { parseBackgroundMessage, senderAllowed, type BackgroundApi, type Message } from '../lib/messages.ts';
import { readingsInContext } from '../lib/pinyin/context-reading.ts';
import { readingsByDictionary } from '../lib/pinyin/dictionary-word-readings.ts';
import { answerReadingsRequest } from '../lib/ruby/read-words.ts';
import { findEnglishSources } from '../lib/sources/english-sources.ts';
import type { SourceSearchRequest } from '../lib/sources/source-report.ts';
import { articleTerms } from '../lib/terms/article-terms.ts';
import { articleSentencePairs } from '../lib/terms/sentence-pairs.ts';
import { termsView, type TermsRequest } from '../lib/terms/terms-view.ts';
import { termWordsToPrepare } from '../lib/terms/words-to-prepare.ts';
import { loadAnkiPending, sendTermsToAnki } from '../platform/anki-connect.ts';
import { conversionMenuTarget, createContextMenus, isSaveSelectionMenu } from '../platform/context-menus.ts';
import { loadFeeds } from '../platform/feed-store.ts';
import { BrowserGlossaryStore } from '../platform/glossary-store.ts';
import { startGlossarySync } from '../platform/glossary-sync.ts';
import { listen, sendToTab } from '../platform/messaging.ts';
import { clearIndicatorOnNavigation, showTabIndicator } from '../platform/toolbar-badge.ts';
import { loadPackagedConversionFile, loadPackagedDictionary } from '../platform/packaged-data.ts';
import { loadTranslator, watchTranslator } from '../platform/ui-language.ts';
import { WebReader } from '../platform/web-reader.ts';

/**
 * The one owner of heavy data. The browser may stop this worker at any moment: everything here is either rebuilt
 * lazily from the package or lives in storage, and listeners are registered synchronously at start so that the
 * message that woke the worker is answered.
 */
export default defineBackground(() => {
  const lookups = new LookupService(
    loadPackagedDictionary,
    readingsByDictionary,
    createConverterLoader(loadPackagedConversionFile),
  );
  lookups.warmUp();
  // pinyin-pro builds its matcher on first use (tens of ms): do it while the dictionary files are being fetched.
  setTimeout(() => readingsInContext('中文'), 0);

  const glossaryStore = new BrowserGlossaryStore();
  const glossary = new GlossaryService(glossaryStore);
  glossaryStore.watchOthers(() => glossary.forget());
  const glossaryQueries = new GlossaryQueries();
  // Off unless the reader switched sync on; it watches the setting itself.
  startGlossarySync(glossary);

  // Without a storage access level, content scripts (and so a compromised page process) could read the glossary
  // straight from storage. Chromium supports it for storage.local; Firefox only for storage.session, and refuses.
  browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  const extensionOrigin = browser.runtime.getURL('/');

  const web = new WebReader();
  const findSources = async (request: SourceSearchRequest) => {
    const dictionary = await lookups.dictionary();
    await dictionary.prepare(wordsToPrepare([request.article.title, ...request.article.paragraphs].join('\n'), dictionary));
    return findEnglishSources(request, {
      dictionary,
      feeds: await loadFeeds(),
      mayFetch: (url) => web.mayFetch(url),
      fetchPage: (url) => web.fetchPage(url),
      fetchFeed: (url) => web.fetchFeed(url),
    });
  };

  const findTerms = async ({ article, english }: TermsRequest) => {
    const paragraphs = [article.title, ...article.paragraphs];
    const dictionary = await lookups.dictionary();
    await dictionary.prepare(termWordsToPrepare(paragraphs, dictionary));
    const pairs = english ? articleSentencePairs(article.paragraphs, english, dictionary) : [];
    const saved = new Set((await glossary.list()).flatMap((term) => [term.simplified, term.traditional]));
    return termsView(articleTerms(paragraphs, pairs, dictionary), dictionary, (simplified, traditional) => saved.has(simplified) || saved.has(traditional));
  };

  clearIndicatorOnNavigation();

  listen(parseBackgroundMessage, async (message: Message<BackgroundApi>, sender) => {
    switch (message.type) {
      case 'tabIndicator':
        // senderAllowed let only a tab's top frame through: the tab is the sender's own.
        if (sender.tabId !== undefined) await showTabIndicator(sender.tabId, message.payload, await loadTranslator());
        return null;
      case 'lookup': {
        const result = await lookups.lookup(message.payload);
        if (!result) return null;
        const term = cardTerm(result);
        // A card right after the worker started does not wait the second 10,000 terms take to read.
        const saved = glossary.findNow(term.simplified, term.traditional);
        return { ...result, saved: saved ? { note: saved.note } : null, savedKnown: saved !== null };
      }
      case 'glossarySave':
        return glossary.save(message.payload);
      case 'glossaryList':
        return glossary.list();
      case 'glossaryQuery':
        return glossaryQueries.page(await glossary.list(), message.payload, await glossary.damage());
      case 'glossaryIds':
        return glossaryQueries.ids(await glossary.list(), message.payload);
      case 'glossaryRetag':
        return glossary.retag(message.payload.ids, message.payload.tag, message.payload.add);
      case 'glossaryWords':
        return savedWords(await glossary.list());
      case 'glossaryDelete':
        return glossary.delete(message.payload.ids);
      case 'glossaryRestore':
        return glossary.restore(message.payload);
      case 'glossaryUpdate':
        return glossary.update(message.payload.id, message.payload.changes);
      case 'glossaryImport':
        return glossary.merge(message.payload.terms);
      case 'ankiSend': {
        const ids = new Set(message.payload.ids);
        return sendTermsToAnki((await glossary.list()).filter((term) => ids.has(term.id)));
      }
      case 'ankiSendWord':
        return sendTermsToAnki((await glossary.list()).filter((term) => term.id === message.payload.id));
      case 'ankiPending':
        return loadAnkiPending();
      case 'detectSource':
        return resolveSource('auto', message.payload.to, message.payload.sample);
      case 'dictionaryInfo':
        return lookups.info();
      case 'findSources':
        return findSources(message.payload);
      case 'articleTerms':
        return findTerms(message.payload);
      case 'readings': {
        const dictionary = await lookups.dictionary();
        return answerReadingsRequest(message.payload, dictionary, readingsByDictionary(dictionary));
      }
    }
  }, (message, sender) => senderAllowed(message.type, sender, browser.runtime.id, extensionOrigin));

  // A tab without Duizhao's content script (a browser page, the web store) has nothing to toggle or convert.
  const ignoreUnreachable = (): void => undefined;

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'toggle-hover') {
      sendToTab(tab.id, { type: 'setHoverEnabled', payload: { enabled: 'toggle' } }).catch(ignoreUnreachable);
    } else if (command === 'toggle-conversion') {
      sendToTab(tab.id, { type: 'convertPage', payload: { to: 'toggle' } }).catch(ignoreUnreachable);
    } else if (command === 'toggle-pinyin') {
      sendToTab(tab.id, { type: 'setPinyinAnnotation', payload: { on: 'toggle' } }).catch(ignoreUnreachable);
    }
  });

  // Menus persist across worker restarts; they are made once per install or update, and again in the reader's
  // language whenever it changes.
  watchTranslator(createContextMenus);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void loadTranslator().then(createContextMenus);
    // The welcome page explains the features once, on a first install; updates and reloads open nothing.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (isSaveSelectionMenu(info.menuItemId) && tab?.id !== undefined && info.selectionText) {
      // The frame that holds the selection opens the save dialog there.
      sendToTab(tab.id, { type: 'saveSelection', payload: { text: info.selectionText } }, info.frameId ?? 0).catch(ignoreUnreachable);
      return;
    }
    const to = conversionMenuTarget(info.menuItemId);
    if (to === undefined || tab?.id === undefined) return;
    sendToTab(tab.id, { type: 'convertPage', payload: { to } }).catch(ignoreUnreachable);
  });
});
