/**
 * English words as summarization and cross-lingual matching compare them: lower case, letters and digits only, a
 * light suffix stripping so that inflections meet (stresses / stress, developments / development), and the
 * function words that every text has set aside as carrying nothing about its subject.
 */

const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing down during each few for from further had has have having he her here ' +
    'hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off ' +
    'on once only or other our ours ourselves out over own same she should so some such than that the their theirs ' +
    'them themselves then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours yourself yourselves s t said says say one two new also ' +
    'may might must shall us mr mrs ms like get got make made many much well even still yet since per via upon'
  ).split(' '),
);

/**
 * Strips the commonest inflections; it only has to map a word and its inflected forms to one key, not to a lemma:
 * plural, then -ing / -ed, then a final e (integrates, integrating, integrate -> integrat).
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (/(?:ch|sh|x|ss|zz)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith('ing') && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith('ed') && stem.length > 4) stem = stem.slice(0, -2);
  if (stem.endsWith('e') && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

/** Every word of the text, lower-cased, in order (numbers keep their decimal point, thousands lose their commas). */
export function englishWords(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), (match) => match[0].replace(/,(?=\d{3}\b)/g, ''));
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The stemmed words that say what a text is about: no function words, no single letters. */
export function contentWords(text: string): string[] {
  return englishWords(text)
    .filter((word) => !STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word)))
    .map(stemEnglish);
}
