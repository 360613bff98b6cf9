import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConversionFiles, mergeGroup } from './build/conversion-files.ts';
import { loadOpenccDictionaries } from './build/opencc-dictionaries.ts';
import { scriptCharacters, scriptCharactersModule } from './build/script-characters.ts';
import { planFiles, planKey } from './conversion-manifest.ts';
import { createConverterLoader } from './converter.ts';
import { LOCALES } from './locales.ts';
import { nodeConversionLoader } from './node-data.ts';

const dictionaries = await loadOpenccDictionaries();

describe('conversion data', () => {
  const { manifest, files } = buildConversionFiles(dictionaries);

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

  it('segments Simplified by the phrases of the first stage rather than a copy of them', () => {
    expect(manifest.plans[planKey('cn', 'tw')]?.segmentation).toEqual({
      file: 'STPhrases+STPhrases_GeneratedFromRegionalPhrases+STCharacters.bin',
      dictionaries: 0b011,
    });
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
