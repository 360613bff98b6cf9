const DIGITS = new Map([...'零〇○一二三四五六七八九'].map((char, index) => [char, Math.max(0, index - 2)]));
DIGITS.set('两', 2);
DIGITS.set('兩', 2);
const UNITS = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
const NUMERAL_RUN = /[零〇○一二三四五六七八九十百千两兩]+/gu;

/**
 * Values of the Chinese numerals written in a word (二十大 → 20, 十八 → 18, 二○一二 → 2012). A lone 一 is left
 * out: it is more often "a", "whole" or "unified" (一些, 统一) than the number one.
 */
export function chineseNumeralValues(word: string): number[] {
  const values: number[] = [];
  for (const match of word.matchAll(NUMERAL_RUN)) {
    if (match[0] === '一') continue;
    values.push(numeralValue(Array.from(match[0])));
  }
  return values;
}

function numeralValue(chars: readonly string[]): number {
  // Digit by digit, as years are read: 二○一二.
  if (chars.every((char) => DIGITS.has(char))) return Number(chars.map((char) => DIGITS.get(char)).join(''));
  let total = 0;
  let pending = 0;
  for (const char of chars) {
    const unit = UNITS.get(char);
    if (unit === undefined) {
      pending = DIGITS.get(char) ?? 0;
      continue;
    }
    total += (pending === 0 ? 1 : pending) * unit;
    pending = 0;
  }
  return total + pending;
}
