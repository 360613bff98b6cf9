import { configs, from as fromTables, to as toTables } from 'opencc-js/preset';
import { MANIFEST_FILE, MANIFEST_FORMAT, planKey, type ConversionManifest, type ConversionPlan, type Segmentation } from '../conversion-manifest.ts';
import { LOCALES, type Locale } from '../locales.ts';
import { encodeTrie, type TrieEntry } from '../trie-format.ts';
import { dictionaryPairs, type OpenccDictionaries } from './opencc-dictionaries.ts';

/**
 * The conversion data from opencc-js's presets: for every direction, the stages opencc-js's Converter would build,
 * each stage (a group of dictionaries) as one trie file named after its dictionaries, and the manifest of plans.
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
    };
  }
  return {
    normalization: [],
    segmentation: null,
    stages: [
      ...(from === 't' ? [] : groupsOf(fromTables[from], names, `from.${from}`)),
      ...(to === 't' ? [] : groupsOf(toTables[to], names, `to.${to}`)),
    ],
  };
}

export function groupFileName(group: Group): string {
  return `${group.join('+')}.bin`;
}

/** Segmentation by keys of dictionaries a stage already holds reads that stage's file instead of a copy. */
function segmentationOf(plan: NamedPlan): { segmentation: Segmentation | null; extraGroup: Group | null } {
  const wanted = plan.segmentation;
  if (!wanted) return { segmentation: null, extraGroup: null };
  const holder = plan.stages.find((stage) => wanted.every((name) => stage.includes(name)));
  if (!holder) return { segmentation: { file: groupFileName(wanted), dictionaries: (1 << wanted.length) - 1 }, extraGroup: wanted };
  const dictionaries = wanted.reduce((mask, name) => mask | (1 << holder.indexOf(name)), 0);
  return { segmentation: { file: groupFileName(holder), dictionaries }, extraGroup: null };
}

/** A stage's entries: opencc-js loads its dictionaries last to first, each overwriting, so the first one wins. */
export function mergeGroup(group: Group, dictionaries: OpenccDictionaries): TrieEntry[] {
  const merged = new Map<string, TrieEntry>();
  for (let d = group.length - 1; d >= 0; d--) {
    const name = group[d] ?? '';
    const pairs = dictionaries.get(name);
    if (pairs === undefined) throw new Error(`opencc-js has no dictionary ${name}`);
    for (const [key, value] of dictionaryPairs(pairs)) {
      merged.set(key, { key, value, membership: (merged.get(key)?.membership ?? 0) | (1 << d) });
    }
  }
  return [...merged.values()];
}

export function buildConversionFiles(dictionaries: OpenccDictionaries): ConversionFiles {
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
      const plan = openccPlan(from, to, names);
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
    files.set(file, encodeTrie(mergeGroup(group, dictionaries), group.length));
  }
  files.set(MANIFEST_FILE, new TextEncoder().encode(`${JSON.stringify(manifest, null, 1)}\n`));
  return { manifest, files };
}
