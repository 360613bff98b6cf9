import { describe, expect, it } from 'vitest';
import { createTermFinder } from './find-terms.ts';

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
});
