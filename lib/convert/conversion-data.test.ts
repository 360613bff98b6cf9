import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConversionFiles, mergeGroup } from './build/conversion-files.ts';
import { loadConversionSources } from './build/conversion-sources.ts';
import { dictionaryNamed, dictionaryPairs, loadOpenccDictionaries } from './build/opencc-dictionaries.ts';
import { scriptCharacters, scriptCharactersModule } from './build/script-characters.ts';
import { MANIFEST_FORMAT, parseManifest, planFiles, planKey } from './conversion-manifest.ts';
import { createConverterLoader } from './converter.ts';
import { LOCALES } from './locales.ts';
import { nodeConversionLoader } from './node-data.ts';

const dictionaries = await loadOpenccDictionaries();
const sources = await loadConversionSources();

describe('conversion data', () => {
  const { manifest, files } = buildConversionFiles(sources);

  it('has a plan for every pair of locales, naming files that are built', () => {
    for (const from of LOCALES) {
      for (const to of LOCALES) {
        if (from === to) continue;
        const plan = manifest.plans[planKey(from, to)];
        if (!plan) throw new Error(`no plan for ${from} → ${to}`);
        for (const file of planFiles(plan)) expect(files.has(file), file).toBe(true);
      }
    }
  });

  it('converts Simplified by words in its first stage, which cuts pieces by the phrases opencc-js cuts by', () => {
    const file = 'DuizhaoPhrases+STPhrases+STPhrases_GeneratedFromRegionalPhrases+STCharacters+Words.bin';
    for (const to of ['tw', 'hk', 't'] as const) {
      const plan = manifest.plans[planKey('cn', to)];
      expect(plan?.stages[0]).toBe(file);
      expect(plan?.segmentation).toEqual({ file, dictionaries: to === 't' ? 0 : 0b0110, byWords: true });
    }
    expect(manifest.plans[planKey('tw', 'cn')]?.segmentation?.byWords).toBe(false);
  });

  it('refuses a manifest whose conversion by words is not its first stage', () => {
    const plan = { normalization: [], segmentation: { file: 'b.bin', dictionaries: 1, byWords: true }, stages: ['a.bin', 'b.bin'] };
    expect(() => parseManifest(JSON.stringify({ format: MANIFEST_FORMAT, plans: { 'cn>tw': plan } }))).toThrow(/cn>tw is malformed/);
    const first = { ...plan, stages: ['b.bin', 'a.bin'] };
    expect(parseManifest(JSON.stringify({ format: MANIFEST_FORMAT, plans: { 'cn>tw': first } })).plans['cn>tw']).toEqual(first);
  });

  it('has OpenCC keep 十 as it is ahead of every phrase that starts with it, which numbers in digits borrow', () => {
    const phrases = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'].flatMap((name) => dictionaryPairs(dictionaryNamed(dictionaries, name)));
    const withTen = phrases.filter(([key]) => key.startsWith('十'));
    expect(withTen.length).toBeGreaterThan(50);
    expect(withTen.filter(([key, value]) => !value.startsWith('十') || value.length !== key.length)).toEqual([]);
  });

  it('adds the words of the word list to their stage with their weights, replacing nothing', () => {
    const entries = mergeGroup(['Phrases', 'Words'], new Map([['Phrases', '头发 頭髮']]), new Map([['头发', 9], ['发展', 8]]));
    expect(entries).toEqual([
      { key: '头发', value: '頭髮', membership: 0b1, weight: 9 },
      { key: '发展', value: '', membership: 0, weight: 8 },
    ]);
    expect(() => mergeGroup(['Words', 'Phrases'], new Map([['Phrases', '头发 頭髮']]), new Map())).toThrow(/last/);
  });

  it('gives a key the replacement of the first dictionary of its stage that has it, as opencc-js does', () => {
    const entries = mergeGroup(['Phrases', 'Characters'], new Map([['Phrases', '头发 頭髮|发 发'], ['Characters', '发 發|头 頭']]));
    expect(entries.find((entry) => entry.key === '发')).toEqual({ key: '发', value: '发', membership: 0b11 });
    expect(entries.find((entry) => entry.key === '头')).toEqual({ key: '头', value: '頭', membership: 0b10 });
  });

  it('reads the files built into public/data from Node (building them when missing)', async () => {
    const convert = await createConverterLoader(nodeConversionLoader)('tw', 'cn');
    expect(convert('發佈時間')).toBe('发布时间');
  });
});

describe('script-characters.generated.ts', () => {
  it('is what OpenCC tables in opencc-js give (rebuild with scripts/build-conversion-data.ts)', () => {
    const generated = readFileSync(join(import.meta.dirname, 'script-characters.generated.ts'), 'utf8');
    expect(generated).toBe(scriptCharactersModule(scriptCharacters(dictionaries)));
  });
});
