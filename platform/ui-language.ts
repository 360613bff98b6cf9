import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { uiLanguageFor } from '../lib/i18n/languages.ts';
import { translator, type Translate } from '../lib/i18n/translate.ts';
import type { Settings } from '../lib/settings.ts';
import { loadSettings, watchSettings } from './settings-store.ts';

/** The translator for these settings: for code that already holds them (the hover card follows its settings). */
export function settingsTranslator(settings: Settings): Translate {
  return translator(uiLanguageFor(settings.uiLanguage, browser.i18n.getUILanguage()));
}

export async function loadTranslator(): Promise<Translate> {
  return settingsTranslator(await loadSettings());
}

/** Calls `onChange` when the interface language changes (not on every change of the settings); returns the unwatch. */
export function watchTranslator(onChange: (translate: Translate) => void): () => void {
  let current: Translate | null = null;
  void loadTranslator().then((translate) => (current ??= translate));
  return watchSettings((settings) => {
    const next = settingsTranslator(settings);
    if (next === current) return;
    current = next;
    onChange(next);
  });
}

/**
 * The translator of an extension page, following the settings; null until the settings are read, so the page never
 * shows a first frame in the wrong language. With `documentLanguage`, the page's `<html lang>` follows it.
 */
export function useTranslator({ documentLanguage }: { documentLanguage: boolean }): Translate | null {
  const [translate, setTranslate] = useState<Translate | null>(null);
  useEffect(() => {
    // A translator is a function: given as is, the state setter would call it as an update.
    const use = (next: Translate) => setTranslate(() => next);
    void loadTranslator().then(use);
    return watchTranslator(use);
  }, []);
  useEffect(() => {
    if (translate && documentLanguage) document.documentElement.lang = translate.language;
  }, [translate, documentLanguage]);
  return translate;
}
