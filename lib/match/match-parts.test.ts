import { describe, expect, it } from 'vitest';
import { glossPhrases } from './gloss-phrases.ts';
import { confidenceOf, CONFIDENT_DISTANCE } from './match-confidence.ts';
import { nameRenderings } from './name-renderings.ts';
import { chineseNumberTerm, englishNumberTerms } from './number-terms.ts';

describe('glossPhrases', () => {
  it('keeps the short heads of a sense and drops remarks in brackets', () => {
    expect(glossPhrases('important; significant; major')).toEqual([['important'], ['significant'], ['major']]);
    expect(glossPhrases("Beijing municipality, capital of the People's Republic of China (short name 京[Jing1])")).toEqual([
      ['beij', 'municipality'],
      ['capital', 'peopl', 'republic', 'china'],
    ]);
  });

  it('offers nothing for cross-references, surnames and long definitions', () => {
    expect(glossPhrases('variant of 發展|发展[fa1 zhan3]')).toEqual([]);
    expect(glossPhrases('surname Xi')).toEqual([]);
    expect(glossPhrases('a kind of small wooden boat used by fishermen in the south')).toEqual([]);
  });
});

describe('nameRenderings', () => {
  it('writes people as surname and given name, places as one word', () => {
    expect(nameRenderings(['xi2', 'jin4', 'ping2'])).toEqual([['xijinp'], ['xi', 'jinp']]);
    expect(nameRenderings(['cai4', 'qi2'])).toEqual([['caiqi'], ['cai', 'qi']]);
    expect(nameRenderings(['lu:3'])).toEqual([['lu']]);
  });
});

describe('number terms', () => {
  it('gives a Chinese figure and its English writing the same term', () => {
    expect(chineseNumberTerm('2.5億')).toBe('#250000000');
    expect(englishNumberTerms(['2.5', 'billion', 'and', '250', 'million'])).toEqual(['#2500000000', '#250000000']);
    expect(chineseNumberTerm('1萬')).toBe(englishNumberTerms(['10000'])[0]);
    expect(chineseNumberTerm('2024')).toBe('#2024');
  });

  it('leaves out small numbers and what is not a figure', () => {
    expect(chineseNumberTerm('11月')).toBeNull();
    expect(chineseNumberTerm('5')).toBeNull();
    expect(englishNumberTerms(['3', 'years'])).toEqual([]);
  });
});

describe('confidenceOf', () => {
  it('measures the best score against the others, shrunk toward the prior background', () => {
    const clear = confidenceOf(0.6, [0.05, 0.08, 0.04, 0.06, 0.07, 0.05]);
    expect(clear.confident).toBe(true);
    expect(clear.probability).toBeGreaterThan(0.9);
    expect(confidenceOf(0.12, [0.1, 0.11, 0.09]).confident).toBe(false);
  });

  it('judges a single candidate against the prior alone, 0.5 at the threshold', () => {
    expect(confidenceOf(0.6, []).confident).toBe(true);
    expect(confidenceOf(0.1, []).confident).toBe(false);
    const atThreshold = confidenceOf(0.05 + CONFIDENT_DISTANCE * 0.045, []);
    expect(atThreshold.probability).toBeCloseTo(0.5);
  });
});
