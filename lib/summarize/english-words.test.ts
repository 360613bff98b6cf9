import { describe, expect, it } from 'vitest';
import { contentWords, englishWords, stemEnglish } from './english-words.ts';

describe('stemEnglish', () => {
  it('maps a word and its inflected forms to one key', () => {
    for (const family of [
      ['integrate', 'integrates', 'integrating', 'integrated'],
      ['stress', 'stresses', 'stressed'],
      ['development', 'developments'],
      ['policy', 'policies'],
    ]) {
      expect(new Set(family.map(stemEnglish)).size).toBe(1);
    }
  });

  it('leaves short words and numbers alone', () => {
    expect(stemEnglish('was')).toBe('was');
    expect(stemEnglish('2024')).toBe('2024');
  });
});

describe('englishWords and contentWords', () => {
  it('lower-cases, keeps decimals and drops thousands separators', () => {
    expect(englishWords('Xi met 10,000 people, up 2.5 percent.')).toEqual(['xi', 'met', '10000', 'people', 'up', '2.5', 'percent']);
  });

  it('sets function words aside and stems the rest', () => {
    expect(contentWords('The leaders stressed the developments of the region')).toEqual(['leader', 'stress', 'development', 'region']);
  });
});
