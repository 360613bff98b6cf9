import {
  MANIFEST_FILE,
  parseManifest,
  planFiles,
  planKey,
  type ConversionManifest,
  type ConversionPlan,
} from './conversion-manifest.ts';
import { DictionaryTrie, wholeText } from './dictionary-trie.ts';
import type { Locale } from './locales.ts';
import { decodeTrie } from './trie-format.ts';

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

/** Same output as opencc-js's converter for the plan's configuration. */
function pipeline(plan: ConversionPlan, trie: (name: string) => DictionaryTrie): Convert {
  const normalization = plan.normalization.map(trie);
  const segmentation = plan.segmentation && { trie: trie(plan.segmentation.file), dictionaries: plan.segmentation.dictionaries };
  const stages = plan.stages.map(trie);
  return (text) => {
    const normalized = normalization.reduce((current, stage) => stage.convert(wholeText(current)).text, text);
    const pieces = segmentation ? segmentation.trie.segment(normalized, segmentation.dictionaries) : wholeText(normalized);
    return stages.reduce((current, stage) => stage.convert(current), pieces).text;
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
