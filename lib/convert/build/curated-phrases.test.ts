import { describe, expect, it } from 'vitest';
import { loadCuratedPhrases, parseCuratedPhrases } from './curated-phrases.ts';
import { loadOpenccDictionaries } from './opencc-dictionaries.ts';

const opencc = await loadOpenccDictionaries();
const HEADER = 'simplified\ttraditional\twhy';

describe('curated conversion phrases', () => {
  it("reads data/conversion-phrases.tsv into opencc-js's form", () => {
    expect(loadCuratedPhrases(opencc).split('|')).toContain('自制 自製');
    expect(parseCuratedPhrases(`${HEADER}\n自制\t自製\tself-made\n\n`, opencc)).toBe('自制 自製');
    expect(parseCuratedPhrases(`${HEADER}\n`, opencc)).toBe('');
  });

  it('refuses a line that is no Traditional spelling of its phrase, saying where', () => {
    expect(() => parseCuratedPhrases('simplified traditional why\n', opencc)).toThrow(/header/);
    expect(() => parseCuratedPhrases(`${HEADER}\n自制\t自製\n`, opencc)).toThrow(/:2: expected 3 tab-separated fields/);
    expect(() => parseCuratedPhrases(`${HEADER}\n自制\t自製造\twhy\n`, opencc)).toThrow(/:2: .* is not a phrase/);
    expect(() => parseCuratedPhrases(`${HEADER}\n\n自制\t自治\twhy\n`, opencc)).toThrow(/:3: "自治" is no Traditional spelling of "自制"/);
  });
});
