/**
 * English content words reduced to comparable keys. Both the English text and the glosses of the Chinese words
 * pass through here, so the keys only need to agree with each other, not to be words.
 */

const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto upon as than then that this these those ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'it its it\'s he him his she her hers they them their theirs we us our ours you your yours i me my mine one\'s oneself ' +
    'who whom whose which what when where why how there here not no so too very also just only such own same other ' +
    'all any both each few more most some up down out over under again further once about against between through ' +
    'during before after above below off if because while until although though whether ' +
    // Words of the dictionary's own metalanguage, not of any translation.
    'sb sth something somebody someone abbr variant see lit fig cl esp etc used kind type form bound'
  ).split(' '),
);

const NUMBER_WORDS = new Map<string, string>();
[
  ['one', 'first'], ['two', 'second'], ['three', 'third'], ['four', 'fourth'], ['five', 'fifth'], ['six', 'sixth'],
  ['seven', 'seventh'], ['eight', 'eighth'], ['nine', 'ninth'], ['ten', 'tenth'], ['eleven', 'eleventh'],
  ['twelve', 'twelfth'], ['thirteen', 'thirteenth'], ['fourteen', 'fourteenth'], ['fifteen', 'fifteenth'],
  ['sixteen', 'sixteenth'], ['seventeen', 'seventeenth'], ['eighteen', 'eighteenth'], ['nineteen', 'nineteenth'],
  ['twenty', 'twentieth'],
].forEach((forms, index) => forms.forEach((form) => NUMBER_WORDS.set(form, String(index + 1))));
// Dates: 11月 meets November through the number of the month.
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach(
  (month, index) => NUMBER_WORDS.set(month, String(index + 1)),
);
// "one" and "may" are too often something else to count as numbers.
NUMBER_WORDS.delete('one');
NUMBER_WORDS.delete('may');

/** Long enough to tell words apart, short enough that governance/govern and developing/development meet. */
const KEY_LENGTH = 6;
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The comparison key of one lower-cased word, or null for a function word. */
export function wordKey(word: string): string | null {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  if (STOPWORDS.has(lower)) return null;
  const number = NUMBER_WORDS.get(lower) ?? ORDINAL.exec(lower)?.[1];
  if (number !== undefined) return number;
  if (/^\d+$/u.test(lower)) return String(Number(lower));
  if (lower.length < 2) return null;
  return stem(lower).slice(0, KEY_LENGTH);
}

/** Keys of every content word of the text, in order, repeated words repeated. */
export function englishWordKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const key = wordKey(match[0]);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** A light suffix stripper: plurals, -ing, -ed, -ly, final e; enough once keys are cut to a prefix. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('ly') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  // close, closed and closing meet at clos.
  if (word.endsWith('e')) return word.slice(0, -1);
  return word;
}
