/**
 * Numbers read as one word. Both segmentation standards we measure against (PKU and CityU) join a number to its
 * magnitude (8萬, 2.5億), a month to its number (3月), and write approximate numbers as one word (數十, 上百, 幾千萬).
 */

const DIGIT = /^\p{Nd}$/u;
const DECIMAL_POINT = /^[.．]$/u;
/** A digit run and what follows it as one word: a magnitude, a unit of time, a percentage. */
const DIGIT_SUFFIX = /^[月日時时%％萬万億亿]$/u;
/** 年 after a year (2002年) is a date word; after a small number (3 年) it counts years, a numeral and its measure word. */
const YEAR = '年';
const YEAR_DIGITS = 3;

const CHINESE_NUMERAL = /^[零〇○一二三四五六七八九十廿百千万萬亿億两兩]$/u;
const NUMERAL_UNIT = /^[十百千万萬亿億]$/u;
/** An approximate number starts with one of these before a unit: 數十 (some tens), 幾千 (a few thousand), 上百 (up to a hundred). */
const APPROXIMATE = /^[數数幾几上]$/u;
/** Numerals read digit by digit (一九九八, 二○○一) spell a year; a small number of years (三年) is a numeral and its measure word. */
const DIGIT_NUMERAL = /^[零〇○一二三四五六七八九]$/u;
/** Chinese numerals read as a date: 二○○一年, 十二月, 三十一日. */
const DATE_SUFFIX = /^[月日]$/u;

/**
 * End of the number word that starts with the digit run chars[start..end): the run itself, a following decimal part,
 * and a suffix that joins it.
 */
export function digitRunEnd(chars: readonly string[], start: number, end: number): number {
  let last = end;
  const allDigits = chars.slice(start, end).every((char) => DIGIT.test(char));
  if (!allDigits) return end;
  if (DECIMAL_POINT.test(chars[last] ?? '') && DIGIT.test(chars[last + 1] ?? '')) {
    last += 2;
    while (DIGIT.test(chars[last] ?? '')) last++;
  }
  const suffix = chars[last] ?? '';
  if (DIGIT_SUFFIX.test(suffix)) return last + 1;
  if (suffix === YEAR && last === end && end - start >= YEAR_DIGITS) return last + 1;
  return last;
}

/**
 * End of a Chinese number word starting at `i` (two numerals or more, an approximate number, or a date), or `i` when
 * none starts there: a single numeral is an ordinary dictionary word.
 */
export function numeralEnd(chars: readonly string[], i: number): number {
  const approximate = APPROXIMATE.test(chars[i] ?? '') && NUMERAL_UNIT.test(chars[i + 1] ?? '');
  const start = approximate ? i + 1 : i;
  let end = start;
  while (CHINESE_NUMERAL.test(chars[end] ?? '')) end++;
  if (end === start) return i;
  const suffix = chars[end] ?? '';
  const isYear = suffix === YEAR && end - start >= YEAR_DIGITS && chars.slice(start, end).every((char) => DIGIT_NUMERAL.test(char));
  if (isYear || DATE_SUFFIX.test(suffix)) return end + 1;
  return end - i >= 2 ? end : i;
}
