import { describe, expect, it } from 'vitest';
import { englishWordKeys, wordKey } from './english-words.ts';

describe('englishWordKeys', () => {
  it('drops function words and meets inflected forms', () => {
    expect(englishWordKeys('The policies of the Party')).toEqual(englishWordKeys('policy party'));
    expect(wordKey('governance')).toBe(wordKey('governing'));
    expect(wordKey('developing')).toBe(wordKey('development'));
    expect(wordKey("Party's")).toBe(wordKey('party'));
  });

  it('reads numbers, ordinals and months as numbers', () => {
    expect(englishWordKeys('the 18th congress on November 15, 2012')).toEqual(['18', 'congre', '11', '15', '2012']);
    expect(wordKey('twentieth')).toBe('20');
    expect(wordKey('third')).toBe('3');
  });

  it('keeps "may" and "one" words, not numbers', () => {
    expect(wordKey('may')).not.toBe('5');
    expect(wordKey('one')).not.toBe('1');
  });
});
