import { CURATED_PHRASES, loadCuratedPhrases } from './curated-phrases.ts';
import { loadOpenccDictionaries, type OpenccDictionaries } from './opencc-dictionaries.ts';
import { loadWordList, type WordList } from './word-list.ts';

/** What the conversion data is built from: opencc-js's dictionaries and the curated phrases beside them, and the word list. */
export interface ConversionSources {
  dictionaries: OpenccDictionaries;
  words: WordList;
}

export async function loadConversionSources(): Promise<ConversionSources> {
  const opencc = await loadOpenccDictionaries();
  return { dictionaries: new Map([...opencc, [CURATED_PHRASES, loadCuratedPhrases(opencc)]]), words: loadWordList() };
}
