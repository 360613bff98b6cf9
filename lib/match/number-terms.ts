/**
 * Numbers as evidence that two articles tell the same story: a figure in the Chinese (2.5億, 2024, 10萬) and the same
 * figure in the English (250 million, 2024, 100,000) become the same term. Small numbers (days, counts under 100)
 * are in every article, so only figures of three digits or more count.
 */

const CHINESE_MAGNITUDE: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };
const ENGLISH_MAGNITUDE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SMALLEST_TELLING_NUMBER = 100;

function numberTerm(value: number): string | null {
  if (!Number.isFinite(value) || value < SMALLEST_TELLING_NUMBER) return null;
  return `#${Number(value.toPrecision(6))}`;
}

/** The term of a number token of segmented Chinese (`2024`, `2.5億`, `11月`), or null when it tells nothing. */
export function chineseNumberTerm(token: string): string | null {
  const match = /^(\d+(?:\.\d+)?)([萬万億亿])?$/u.exec(token);
  if (!match) return null;
  return numberTerm(Number(match[1]) * (CHINESE_MAGNITUDE[match[2] ?? ''] ?? 1));
}

/** The number terms of English words (as `englishWords` gives them: thousands without commas). */
export function englishNumberTerms(words: readonly string[]): string[] {
  const terms: string[] = [];
  words.forEach((word, i) => {
    if (!/^\d+(?:\.\d+)?$/.test(word)) return;
    const value = Number(word);
    const magnitude = ENGLISH_MAGNITUDE[words[i + 1] ?? ''];
    const term = numberTerm(magnitude === undefined ? value : value * magnitude);
    if (term !== null) terms.push(term);
  });
  return terms;
}
