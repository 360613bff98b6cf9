/**
 * English sentence splitting for alignment and summaries alike (a summary sentence is then found among the aligned
 * ones). Summaries quote sentences exactly as they stand: every sentence is a substring of its paragraph, trimmed.
 * It splits after . ! ? (and closing quotes or brackets) followed by space, whatever case follows, since lower-cased
 * news text is common input, but not after titles, initials, month abbreviations or inside numbers (3.5).
 */

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen gov sen rep lt col sgt capt cmdr adm maj rev hon fr no nos vs etc inc ltd co ' +
    'corp dept est approx jan feb mar apr jun jul aug sep sept oct nov dec mt ft'
  ).split(' '),
);

/** A terminator, then the closing quotes and brackets that belong to the sentence it ends (also tokenized `''`). */
const SENTENCE_END = /[.!?…]+(?:["”’')\]]|\s+(?:''|”|’)(?=\s|$))*(?=\s|$)/gu;

function endsWithAbbreviation(text: string): boolean {
  const lastWord = /([\p{L}.]+)$/u.exec(text)?.[1]?.toLowerCase() ?? '';
  // A space before the period (tokenized text) leaves no word to abbreviate. Initials and dotted abbreviations
  // (j., u.s) stand before a period that does not end the sentence.
  return ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord);
}

export function splitEnglishSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const beforeTerminator = paragraph.slice(start, match.index);
    if (match[0].startsWith('.') && match[0].length === 1 && endsWithAbbreviation(beforeTerminator)) continue;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}
