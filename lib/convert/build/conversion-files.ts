import { configs, from as fromTables, to as toTables } from 'opencc-js/preset';
import { MANIFEST_FILE, MANIFEST_FORMAT, planKey, type ConversionManifest, type ConversionPlan, type Segmentation } from '../conversion-manifest.ts';
import { LOCALES, type Locale } from '../locales.ts';
import { encodeTrie, type TrieEntry } from '../trie-format.ts';
import type { ConversionSources } from './conversion-sources.ts';
import { CURATED_PHRASES } from './curated-phrases.ts';
import { dictionaryPairs, type OpenccDictionaries } from './opencc-dictionaries.ts';
import { WORD_LIST, type WordList } from './word-list.ts';

/**
 * The conversion data from opencc-js's presets: for every direction, the stages opencc-js's Converter would build,
 * each stage (a group of dictionaries) as one trie file named after its dictionaries, and the manifest of plans.
 * Directions from Simplified convert by words: their first stage also holds the curated phrases and the word list.
 */
export interface ConversionFiles {
  manifest: ConversionManifest;
  /** File name to contents, the manifest among them. */
  files: Map<string, Uint8Array<ArrayBuffer>>;
}

/** A stage: dictionary names, the first one's replacement winning where several have a key. */
type Group = readonly string[];

interface NamedPlan {
  normalization: Group[];
  segmentation: Group | null;
  stages: Group[];
  byWords: boolean;
}

/** The configuration name opencc-js's ConverterBuilder looks up for a pair of locales. */
function openccConfigName(from: Locale, to: Locale): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return from === 'hkp' ? 'hk2sp' : from === 'twp' ? 'tw2sp' : `${from}2s`;
  return `${from}2${to}`;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function groupsOf(value: unknown, names: ReadonlyMap<string, string>, where: string): Group[] {
  if (!Array.isArray(value)) throw new Error(`opencc-js preset ${where}: expected dictionary groups`);
  return value.map((group: unknown) => {
    if (!isStringArray(group)) throw new Error(`opencc-js preset ${where}: expected serialized dictionaries`);
    return group.map((pairs) => {
      const name = names.get(pairs);
      if (!name) throw new Error(`opencc-js preset ${where}: a dictionary matches no module in opencc-js/dict`);
      return name;
    });
  });
}

/** What opencc-js's Converter({ from, to }) assembles, as dictionary names. */
function openccPlan(from: Locale, to: Locale, names: ReadonlyMap<string, string>): NamedPlan {
  const configName = openccConfigName(from, to);
  const config: unknown = configs[configName];
  if (typeof config === 'object' && config !== null) {
    // The preset's type declarations leave out normalizationChain, which its configurations do have.
    const { normalizationChain = [], segmentation, conversionChain } = config as Record<string, unknown>;
    const segmentationGroup =
      segmentation === undefined || segmentation === null
        ? null
        : (groupsOf([typeof segmentation === 'string' ? [segmentation] : segmentation], names, configName)[0] ?? null);
    return {
      normalization: groupsOf(normalizationChain, names, configName),
      segmentation: segmentationGroup,
      stages: groupsOf(conversionChain, names, configName),
      byWords: false,
    };
  }
  return {
    normalization: [],
    segmentation: null,
    stages: [
      ...(from === 't' ? [] : groupsOf(fromTables[from], names, `from.${from}`)),
      ...(to === 't' ? [] : groupsOf(toTables[to], names, `to.${to}`)),
    ],
    byWords: false,
  };
}

/** The plan converting by words: its first stage (Simplified to Traditional) gets the curated phrases and the word list. */
function byWords(plan: NamedPlan): NamedPlan {
  const [first, ...rest] = plan.stages;
  if (!first) throw new Error('A conversion from Simplified has no stage');
  return { ...plan, stages: [[CURATED_PHRASES, ...first, WORD_LIST], ...rest], byWords: true };
}

export function groupFileName(group: Group): string {
  return `${group.join('+')}.bin`;
}

/**
 * Segmentation by keys of dictionaries a stage already holds reads that stage's file instead of a copy. Converting
 * by words, the first stage cuts the text, its phrases making the pieces (none where opencc-js does not cut).
 */
function segmentationOf(plan: NamedPlan): { segmentation: Segmentation | null; extraGroup: Group | null } {
  const wanted = plan.segmentation;
  const first = plan.stages[0];
  if (plan.byWords && first) {
    const dictionaries = (wanted ?? []).reduce((mask, name) => mask | (1 << first.indexOf(name)), 0);
    if (wanted?.some((name) => !first.includes(name))) throw new Error(`Segmentation by ${wanted.join('+')} is not in the first stage`);
    return { segmentation: { file: groupFileName(first), dictionaries, byWords: true }, extraGroup: null };
  }
  if (!wanted) return { segmentation: null, extraGroup: null };
  const holder = plan.stages.find((stage) => wanted.every((name) => stage.includes(name)));
  if (!holder) {
    return { segmentation: { file: groupFileName(wanted), dictionaries: (1 << wanted.length) - 1, byWords: false }, extraGroup: wanted };
  }
  const dictionaries = wanted.reduce((mask, name) => mask | (1 << holder.indexOf(name)), 0);
  return { segmentation: { file: groupFileName(holder), dictionaries, byWords: false }, extraGroup: null };
}

/**
 * A stage's entries: opencc-js loads its dictionaries last to first, each overwriting, so the first one wins. The
 * word list, last where the stage has it, adds its words with their weights, and is no dictionary: it replaces
 * nothing.
 */
export function mergeGroup(group: Group, dictionaries: OpenccDictionaries, words: WordList = new Map()): TrieEntry[] {
  const merged = new Map<string, TrieEntry>();
  for (let d = group.length - 1; d >= 0; d--) {
    const name = group[d] ?? '';
    if (name === WORD_LIST) {
      if (d !== group.length - 1) throw new Error('The word list must come last in its stage');
      for (const [key, weight] of words) {
        const entry = merged.get(key);
        merged.set(key, { key, value: entry?.value ?? '', membership: entry?.membership ?? 0, weight });
      }
      continue;
    }
    const pairs = dictionaries.get(name);
    if (pairs === undefined) throw new Error(`opencc-js has no dictionary ${name}`);
    for (const [key, value] of dictionaryPairs(pairs)) {
      const entry = merged.get(key);
      merged.set(key, { ...entry, key, value, membership: (entry?.membership ?? 0) | (1 << d) });
    }
  }
  return [...merged.values()];
}

export function buildConversionFiles({ dictionaries, words }: ConversionSources): ConversionFiles {
  const names = new Map<string, string>();
  for (const [name, pairs] of dictionaries) {
    if (names.has(pairs)) throw new Error(`opencc-js dictionaries ${names.get(pairs)} and ${name} are identical`);
    names.set(pairs, name);
  }
  const plans: Record<string, ConversionPlan> = {};
  const groups = new Map<string, Group>();
  const use = (group: Group): string => {
    const file = groupFileName(group);
    groups.set(file, group);
    return file;
  };
  for (const from of LOCALES) {
    for (const to of LOCALES) {
      if (from === to) continue;
      const opencc = openccPlan(from, to, names);
      const plan = from === 'cn' ? byWords(opencc) : opencc;
      const { segmentation, extraGroup } = segmentationOf(plan);
      if (extraGroup) use(extraGroup);
      plans[planKey(from, to)] = {
        normalization: plan.normalization.map(use),
        segmentation,
        stages: plan.stages.map(use),
      };
    }
  }
  const manifest: ConversionManifest = { format: MANIFEST_FORMAT, plans };
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const [file, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const dictionaryCount = group.filter((name) => name !== WORD_LIST).length;
    files.set(file, encodeTrie(mergeGroup(group, dictionaries, words), dictionaryCount));
  }
  files.set(MANIFEST_FILE, new TextEncoder().encode(`${JSON.stringify(manifest, null, 1)}\n`));
  return { manifest, files };
}
