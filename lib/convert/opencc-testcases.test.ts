import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node/project-root.ts';
import { inMemoryConversionLoader } from './build/in-memory-loader.ts';
import { createConverterLoader, type ConverterLoader } from './converter.ts';
import type { Locale } from './locales.ts';

/** OpenCC's own test suite, evaluation data kept beside the project (see ../shared/eval/README.md). */
const TESTCASES = join(PROJECT_ROOT, '..', 'shared', 'eval', 'opencc', 'testcases.json');

/** The suite's configurations the engine offers, as the (from, to) that opencc-js maps to each. */
const OFFERED: Record<string, readonly [Locale, Locale]> = {
  s2t: ['cn', 't'],
  s2tw: ['cn', 'tw'],
  s2twp: ['cn', 'twp'],
  s2hk: ['cn', 'hk'],
  s2hkp: ['cn', 'hkp'],
  t2s: ['t', 'cn'],
  tw2s: ['tw', 'cn'],
  tw2sp: ['twp', 'cn'],
  hk2s: ['hk', 'cn'],
  hk2sp: ['hkp', 'cn'],
  t2tw: ['t', 'tw'],
  t2hk: ['t', 'hk'],
  tw2t: ['tw', 't'],
  hk2t: ['hk', 't'],
};

const NOT_OFFERED: Record<string, string> = {
  jp2t: 'Japanese Shinjitai is not a locale the extension converts',
  t2jp: 'Japanese Shinjitai is not a locale the extension converts',
};

/**
 * Expectations missed, by `${case id} ${config}`. The engine's tables are opencc-js's, and opencc-js 1.4.2 leaves
 * these Traditional → Simplified mappings to rare CJK Extension characters out of its TSCharacters, so opencc-js
 * misses the same three (its 540 of 543).
 */
const KNOWN_MISSES: Record<string, string> = {
  'BYVoid_OpenCC_PR_1228_existing_behaviors t2s': '殢 → 𣨼 (Extension B) is not in opencc-js TSCharacters',
  'BYVoid_OpenCC_PR_1229_existing_behaviors t2s': '圞 → 𪢮 (Extension C) is not in opencc-js TSCharacters',
  'BYVoid_OpenCC_PR_464_xi_vs_xi t2s': '樠 → 𣗊 (Extension B) is not in opencc-js TSCharacters',
};

interface TestCase {
  id: string;
  input: string;
  expected: Record<string, string>;
}

function readCases(): TestCase[] {
  // The suite's JSON has trailing commas.
  const value: unknown = JSON.parse(readFileSync(TESTCASES, 'utf8').replace(/,(\s*[\]}])/g, '$1'));
  if (typeof value !== 'object' || value === null || !('cases' in value) || !Array.isArray(value.cases)) {
    throw new Error(`${TESTCASES}: no cases`);
  }
  return value.cases as TestCase[];
}

const suiteFound = existsSync(TESTCASES);

describe.skipIf(!suiteFound)('OpenCC test suite', () => {
  const cases = suiteFound ? readCases() : [];
  let loadConverter: ConverterLoader;
  beforeAll(async () => {
    loadConverter = createConverterLoader(await inMemoryConversionLoader());
  });

  it('has only configurations the engine offers or leaves out for a stated reason', () => {
    const configs = new Set(cases.flatMap((testCase) => Object.keys(testCase.expected)));
    expect([...configs].filter((config) => !(config in OFFERED) && !(config in NOT_OFFERED))).toEqual([]);
    const offered = cases.flatMap((testCase) => Object.keys(testCase.expected).filter((config) => config in OFFERED));
    expect(offered.length).toBe(535);
  });

  // Simplified converts by words (word-conversion.ts), so its output may part from opencc-js's; the others' may not.
  it.each(Object.entries(OFFERED))('%s: every expectation met but the known misses', async (config, [from, to]) => {
    const convert = await loadConverter(from, to);
    const opencc = OpenCC.Converter({ from, to });
    const misses: string[] = [];
    for (const { id, input, expected } of cases) {
      const wanted = expected[config];
      if (wanted === undefined) continue;
      const converted = convert(input);
      if (from !== 'cn') expect(converted, `${id}: same output as opencc-js`).toBe(opencc(input));
      if (converted !== wanted) misses.push(`${id} ${config}`);
    }
    expect(misses).toEqual(Object.keys(KNOWN_MISSES).filter((key) => key.endsWith(` ${config}`)));
  });
});

describe.skipIf(suiteFound)('OpenCC test suite', () => {
  it(`is skipped: ${TESTCASES} not found (evaluation data lives beside the project, see ../shared/eval/README.md)`, () => {
    expect(suiteFound).toBe(false);
  });
});
