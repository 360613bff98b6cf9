import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Locale } from '../../lib/convert/locales.ts';
import { declaresJapanese, withoutJapanese, type PageLanguage } from '../../lib/japanese.ts';
import { parseTabMessage, type Message, type PageState, type TabApi } from '../../lib/messages.ts';
import { siteRuleFor } from '../../lib/settings.ts';
import { listen, sendToBackground } from '../../platform/messaging.ts';
import { loadSettings, watchSettings } from '../../platform/settings-store.ts';
import { loadTranslator } from '../../platform/ui-language.ts';
import { ArticleOnPage } from './article-on-page.ts';
import { isJapaneseNode, isJapaneseTextAt, pageLanguageOf, whenChineseAppears } from './chinese-detection.ts';
import { HoverController } from './hover-controller.ts';
import { LookupClient } from './lookup-client.ts';
import { isOwnUi } from './own-ui.ts';
import { PageConversion } from './page-conversion.ts';
import { ParagraphHighlighter } from './paragraph-highlighter.ts';
import { PinyinAnnotator, type AnnotationOptions } from './pinyin-annotator.ts';
import { SavedHighlighter } from './saved-highlighter.ts';
import { SavedWords } from './saved-words.ts';
import { SelectionSaver } from './selection-saver.tsx';
import { SideBySide } from './side-by-side.tsx';
import { tabIndicatorReporter } from './tab-indicator.ts';

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Runs in every frame of every page from document start, so it stays thin: until the page shows Chinese text it
 * only answers the popup's questions and applies a per-site conversion rule; the hover machinery is set up on the
 * first Chinese it sees.
 *
 * A Japanese page is no Chinese page: it gets no hover readings, pinyin or conversion (not even from a site rule or
 * a shortcut) until the reader treats it as Chinese from the popup, which holds for the page in this tab until it
 * is left or reloaded. On a Chinese page, Japanese text (an element declaring Japanese, a clause with kana) is left
 * out of the readings and of conversion, unless the reader treated the page as Chinese.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    let controller: HoverController | null = null;
    let activation: Promise<HoverController> | null = null;
    // The reader's toggle from before the page had Chinese (a browser command) still applies once it does.
    let requestedEnabled: boolean | null = null;
    // Null until the page's text is read.
    let language: PageLanguage | null = null;
    let treatedAsChinese = false;
    const japanesePage = (): boolean => language === 'japanese' && !treatedAsChinese;
    const leftAlone = (node: Node): boolean => !treatedAsChinese && isJapaneseNode(node);
    const annotator = new PinyinAnnotator(
      document,
      (texts) => sendToBackground({ type: 'readings', payload: { texts: treatedAsChinese ? texts : texts.map(withoutJapanese) } }),
      undefined,
      leftAlone,
    );
    ctx.onInvalidated(() => annotator.hide());
    const conversion = new PageConversion(document, (node) => isOwnUi(node) || annotator.owns(node) || leftAlone(node));
    ctx.onInvalidated(() => conversion.revert());

    const highlighter = new SavedHighlighter(document, isOwnUi);
    const savedWords = new SavedWords(ctx);
    let highlightSaved = false;
    const refreshHighlights = (): void => {
      if (!highlightSaved) {
        highlighter.hide();
        return;
      }
      savedWords.read().then(
        (words) => highlighter.show(words),
        () => highlighter.hide(),
      );
    };
    ctx.onInvalidated(() => highlighter.hide());

    const activate = (): Promise<HoverController> => {
      activation ??= loadSettings().then((settings) => {
        const onSaved = (): void => {
          savedWords.forget();
          refreshHighlights();
        };
        controller = new HoverController(ctx, settings, new LookupClient(savedWords), onSaved, (node, text, index) => !treatedAsChinese && isJapaneseTextAt(node, text, index));
        if (requestedEnabled !== null) controller.setEnabled(requestedEnabled);
        highlightSaved = settings.highlightSaved;
        refreshHighlights();
        ctx.onInvalidated(
          watchSettings((next) => {
            controller?.updateSettings(next);
            highlightSaved = next.highlightSaved;
            refreshHighlights();
            // Shown pinyin follows a change of tone style or colours.
            if (annotator.isShown) {
              // Unless the reader switched pinyin off while the options were read.
              void annotationOptions()
                .then((options) => (annotator.isShown ? annotator.show(options) : undefined))
                .catch(() => undefined);
            }
          }),
        );
        return controller;
      });
      return activation;
    };

    const state = (): PageState => ({
      enabled: controller?.isEnabled ?? requestedEnabled ?? true,
      hasChinese: controller !== null,
      japanese: japanesePage(),
      conversion: conversion.target,
      pinyin: annotator.isShown,
      host: location.hostname,
    });

    // The toolbar icon follows the hover switch and the conversion of the page in this tab.
    const reported = tabIndicatorReporter(window === window.top, (indicator) => sendToBackground({ type: 'tabIndicator', payload: indicator }));

    const convert = async (to: Locale | null | 'toggle'): Promise<void> => {
      if (japanesePage() && to !== null) return;
      const { regionalPhrases } = await loadSettings();
      // Pinyin comes off while the text changes and goes back over the converted text.
      await annotator.lifted(async () => {
        if (to === 'toggle') await conversion.toggle(regionalPhrases);
        else if (to === null) conversion.revert();
        else await conversion.convert(to, regionalPhrases);
      });
    };

    const annotationOptions = async (): Promise<AnnotationOptions> => {
      const settings = await loadSettings();
      const saved = settings.pinyinUnsavedOnly ? await sendToBackground({ type: 'glossaryWords', payload: {} }) : null;
      return { style: settings.toneStyle, colors: settings.toneColors, ...(saved ? { skip: new Set(saved) } : {}) };
    };
    // Counts the reader's switches: a show still reading its options gives way to a later switch.
    let pinyinSwitches = 0;
    const setPinyin = async (on: boolean | 'toggle'): Promise<void> => {
      if (japanesePage() && on !== false) return;
      const switched = ++pinyinSwitches;
      if (on === 'toggle' ? annotator.isShown : !on) annotator.hide();
      else {
        const options = await annotationOptions();
        if (switched !== pinyinSwitches) return;
        await annotator.show(options);
      }
      // Saved-word highlights are ranges over the text nodes just replaced or restored; the text out of view is
      // replaced later, in idle time.
      refreshHighlights();
      if (annotator.isShown) void annotator.settled().then(refreshHighlights);
    };

    const article = new ArticleOnPage(document);
    const paragraphHighlighter = new ParagraphHighlighter(document);
    const sideBySide = new SideBySide(document);
    ctx.onInvalidated(() => sideBySide.hide());
    const selectionSaver = new SelectionSaver(document);
    ctx.onInvalidated(() => selectionSaver.close());

    ctx.onInvalidated(
      listen(parseTabMessage, async (message: Message<TabApi>) => {
        switch (message.type) {
          case 'setHoverEnabled': {
            const enabled = message.payload.enabled === 'toggle' ? !state().enabled : message.payload.enabled;
            requestedEnabled = enabled;
            controller?.setEnabled(enabled);
            return reported(state());
          }
          case 'convertPage':
            await convert(message.payload.to);
            return reported(state());
          case 'getPageState':
            return state();
          case 'treatAsChinese':
            // A frame of Chinese keeps telling the Japanese it quotes apart.
            if (language === 'chinese') return state();
            treatedAsChinese = true;
            if (language === 'japanese') await activate();
            return state();
          case 'setPinyinAnnotation':
            await setPinyin(message.payload.on);
            return state();
          case 'readArticle':
            return article.read();
          case 'saveSelection':
            return selectionSaver.open(message.payload.text);
          case 'showParagraph': {
            const element = article.paragraph(message.payload.paragraph);
            if (element) paragraphHighlighter.show(element);
            return element !== null;
          }
          case 'showSideBySide': {
            const { rows, site } = message.payload;
            if (rows === null) {
              sideBySide.hide();
              return false;
            }
            return sideBySide.show(article.place(rows), site, await loadTranslator()) > 0;
          }
        }
      }),
    );

    // A per-site rule converts from the start, so the reader barely sees the original script; a page declaring
    // Japanese is left as it is, and one found Japanese once its text is read is put back.
    void loadSettings().then((settings) => {
      const rule = siteRuleFor(settings.siteRules, location.hostname);
      if (rule && !ctx.isInvalid && !japanesePage() && !declaresJapanese(document.documentElement.getAttribute('lang'))) {
        void conversion.convert(rule.target, settings.regionalPhrases).then(() => reported(state()));
      }
    });

    /** Reads what the page is written in (and the text it just added), and sets up the hover machinery when Chinese. */
    const readLanguage = (appeared?: string): void => {
      language = pageLanguageOf(document, appeared);
      if (japanesePage()) {
        conversion.revert();
        annotator.hide();
        reported(state());
      } else if (language !== 'none') void activate();
    };

    void domReady().then(() => {
      if (ctx.isInvalid) return;
      readLanguage();
      if (language === 'none') ctx.onInvalidated(whenChineseAppears(document.body ?? document.documentElement, readLanguage));
    });
  },
});
