import { describe, expect, it } from 'vitest';
import { chineseNumeralValues } from './chinese-numerals.ts';

describe('chineseNumeralValues', () => {
  it('reads numerals with units and digit by digit', () => {
    expect(chineseNumeralValues('十八大')).toEqual([18]);
    expect(chineseNumeralValues('二十大')).toEqual([20]);
    expect(chineseNumeralValues('一百二十三')).toEqual([123]);
    expect(chineseNumeralValues('二○一二年')).toEqual([2012]);
    expect(chineseNumeralValues('兩岸三地')).toEqual([2, 3]);
  });

  it('leaves out a lone 一', () => {
    expect(chineseNumeralValues('統一')).toEqual([]);
  });
});
