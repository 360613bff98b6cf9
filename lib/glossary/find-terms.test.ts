import { describe, expect, it } from 'vitest';
import { createTermFinder, savedWords } from './find-terms.ts';
import { ALL_TERMS, CHANGZHI, LVSE } from './test-fixtures.ts';

describe('createTermFinder', () => {
  it('finds every saved word, the longest first, without overlaps', () => {
    const find = createTermFinder(['長治久安', '長治', '黨建', '党建']);
    expect(find('國家長治久安,抓好黨建和党建')).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 11 },
      { start: 12, end: 14 },
    ]);
  });

  it('finds nothing in text without saved words', () => {
    expect(createTermFinder(['黨建'])('plain English text')).toEqual([]);
    expect(createTermFinder([])('黨建')).toEqual([]);
  });

  it('finds words outside the Basic Multilingual Plane', () => {
    const find = createTermFinder(['𠀀人', '人']);
    expect(find('一𠀀人人')).toEqual([
      { start: 1, end: 4 },
      { start: 4, end: 5 },
    ]);
  });
});

describe('savedWords', () => {
  it('lists both scripts once each, and the same array for the same list', () => {
    const terms = [...ALL_TERMS, { ...CHANGZHI, id: 'again' }];
    expect(savedWords(terms)).toEqual(['长治久安', '長治久安', '长大', '長大', '绿色', '綠色']);
    expect(savedWords(terms)).toBe(savedWords(terms));
    expect(savedWords([LVSE])).toEqual(['绿色', '綠色']);
  });
});
