/** Words that take a period without ending the sentence: titles, months, and the like. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev', 'hon',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'dept', 'approx', 'fig', 'vol', 'art', 'para',
]);
/** A candidate boundary: end punctuation, any closing quotes or brackets, then space. */
const BOUNDARY = /[.!?]+["'”’)\]]*\s+/gu;
/** Initialisms written with periods (U.S., U.K., a.m.) rarely end a sentence in news and mostly precede a noun. */
const INITIALISM = /(?:^|[\s("“‘])(?:\p{L}\.){2,}$/u;
/** What a new sentence starts with: a capital, a digit, or an opening quote or bracket. */
const SENTENCE_START = /^["'“‘([]?[\p{Lu}\p{N}]/u;

/** Splits English text into sentences, not after abbreviations, initialisms or inside numbers such as 3.5. */
export function splitEnglishSentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index + 1);
    if (!SENTENCE_START.test(text.slice(end)) || endsWithAbbreviation(before)) continue;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}

function endsWithAbbreviation(textUpToPunctuation: string): boolean {
  if (!textUpToPunctuation.endsWith('.')) return false;
  if (INITIALISM.test(textUpToPunctuation)) return true;
  const lastWord = /(\p{L}+)\.$/u.exec(textUpToPunctuation)?.[1];
  if (lastWord === undefined) return false;
  return ABBREVIATIONS.has(lastWord.toLowerCase()) || (lastWord.length === 1 && lastWord === lastWord.toUpperCase());
}
