import { describe, expect, it } from 'vitest';
import { formatCharacterCounts, parseCharacterCounts } from './character-counts.ts';

describe('character counts', () => {
  it('groups characters by count, most frequent first', () => {
    expect(formatCharacterCounts(new Map([['王', 47], ['李', 82], ['張', 44], ['张', 44]]))).toBe('82李 47王 44张張');
  });

  it('reads back what it writes, characters outside the BMP included', () => {
    const counts = new Map([['𠀀', 3], ['斯', 509], ['拉', 3]]);
    expect(parseCharacterCounts(formatCharacterCounts(counts))).toEqual(counts);
  });
});
