import {
  MANIFEST_FILE,
  parseManifest,
  planFiles,
  planKey,
  type ConversionManifest,
  type ConversionPlan,
} from './conversion-manifest.ts';
import { DictionaryTrie, wholeText, type Pieces } from './dictionary-trie.ts';
import type { Locale } from './locales.ts';
import { decodeTrie } from './trie-format.ts';
import { WordConversion } from './word-conversion.ts';

/**
 * Reads one of the generated conversion files by name (manifest.json and the stage files it lists): the service
 * worker fetches them from the package, Node reads them from public/data/convert.
 */
export type ConversionDataLoader = (name: string) => Promise<string | ArrayBuffer>;

export type Convert = (text: string) => string;

/** Gives the converter for a direction once its files are loaded; each file is loaded once for all directions. */
export type ConverterLoader = (from: Locale, to: Locale) => Promise<Convert>;

function asText(data: string | ArrayBuffer): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

function asBuffer(name: string, data: string | ArrayBuffer): ArrayBuffer {
  if (typeof data === 'string') throw new Error(`${name}: expected binary data, got text`);
  return data;
}

/**
 * opencc-js's converter for the plan's configuration, with the same output, except that Simplified text converts by
 * words where the plan says so (word-conversion.ts).
 */
function pipeline(plan: ConversionPlan, trie: (name: string) => DictionaryTrie): Convert {
  const normalization = plan.normalization.map(trie);
  const { segmentation } = plan;
  let firstPieces: (text: string) => Pieces = wholeText;
  let stages = plan.stages.map(trie);
  if (segmentation?.byWords) {
    const byWords = new WordConversion(trie(segmentation.file), segmentation.dictionaries);
    firstPieces = (text) => byWords.convert(text);
    stages = stages.slice(1);
  } else if (segmentation) {
    const cutter = trie(segmentation.file);
    firstPieces = (text) => cutter.segment(text, segmentation.dictionaries);
  }
  return (text) => {
    const normalized = normalization.reduce((current, stage) => stage.convert(wholeText(current)).text, text);
    return stages.reduce((current, stage) => stage.convert(current), firstPieces(normalized)).text;
  };
}

export function createConverterLoader(load: ConversionDataLoader): ConverterLoader {
  let manifest: Promise<ConversionManifest> | null = null;
  const tries = new Map<string, Promise<DictionaryTrie>>();

  // A failed load is forgotten, so that the next call tries again.
  function remembered<T>(promise: Promise<T>, forget: () => void): Promise<T> {
    promise.catch(forget);
    return promise;
  }

  function loadManifest(): Promise<ConversionManifest> {
    manifest ??= remembered(
      load(MANIFEST_FILE).then((data) => parseManifest(asText(data))),
      () => {
        manifest = null;
      },
    );
    return manifest;
  }

  function loadTrie(name: string): Promise<DictionaryTrie> {
    let trie = tries.get(name);
    if (!trie) {
      trie = remembered(
        load(name).then((data) => new DictionaryTrie(decodeTrie(asBuffer(name, data)))),
        () => tries.delete(name),
      );
      tries.set(name, trie);
    }
    return trie;
  }

  return async (from, to) => {
    if (from === to) return (text) => text;
    const plan = (await loadManifest()).plans[planKey(from, to)];
    if (!plan) throw new Error(`No conversion from ${from} to ${to} in the conversion data`);
    const names = planFiles(plan);
    const loaded = new Map(await Promise.all(names.map(async (name) => [name, await loadTrie(name)] as const)));
    return pipeline(plan, (name) => {
      const trie = loaded.get(name);
      if (!trie) throw new Error(`${name} is not loaded`);
      return trie;
    });
  };
}
