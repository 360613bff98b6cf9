import { isHan } from './han.ts';

/**
 * Telling Japanese from Chinese. Both write Han characters, and a Japanese page read as Chinese gets Chinese
 * readings and senses of its kanji, which are wrong. Kana tell them apart: Japanese prose is mostly kana, Chinese
 * has none. A page is judged by the share of kana among its kana and Han (a Chinese article quoting a Japanese headline
 * stays Chinese), a text run by its clause: a clause or a bracketed quotation with kana is Japanese.
 */

/** Hiragana and katakana; not the prolonged sound mark (ー) or the middle dot (・), which Chinese text uses too. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Where a clause ends: Chinese, Japanese and ASCII punctuation, brackets and line breaks. */
const CLAUSE_BREAK = /[，。、！？；：,.!?;:\n\r「」『』“”‘’《》〈〉【】（）()…]/u;
/** Quotation brackets whose content is one text: a Japanese quotation is Japanese even in its kana-less clauses. */
const QUOTES: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”' };
/** Longest quotation looked at as one: longer ones are judged clause by clause (and the search stays bounded). */
const LONGEST_QUOTE = 200;
/**
 * A page whose kana make this share of its kana and Han is Japanese: Japanese prose has 40–70%, a list of Japanese
 * headlines 10–30%; a Chinese article quoting a Japanese title or two has a few percent.
 */
const JAPANESE_KANA_SHARE = 0.1;
/** Fewer kana than this never make a page Japanese (an emoticon, a stray の in a Chinese title). */
const MIN_JAPANESE_KANA = 2;

function isKana(char: string): boolean {
  return KANA.test(char);
}

export function containsKana(text: string): boolean {
  return KANA.test(text);
}

/** A code point span of a text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * For each code point of the text, 1 where it is Japanese: in a bracketed quotation that has kana, or in another
 * clause that has kana. Linear in the text (quotations are looked at up to a bounded length).
 */
export function japaneseMask(text: string): Uint8Array {
  const chars = Array.from(text);
  const japanese = new Uint8Array(chars.length);
  // Kana positions, counted as a running sum, tell whether any span has kana in constant time.
  const kanaBefore = new Uint32Array(chars.length + 1);
  chars.forEach((char, i) => (kanaBefore[i + 1] = (kanaBefore[i] ?? 0) + (isKana(char) ? 1 : 0)));
  const hasKana = (start: number, end: number): boolean => (kanaBefore[end] ?? 0) > (kanaBefore[start] ?? 0);
  if (!hasKana(0, chars.length)) return japanese;
  for (let i = 0; i < chars.length; i++) {
    const closing = QUOTES[chars[i] ?? ''];
    if (closing === undefined) continue;
    const limit = Math.min(chars.length, i + 1 + LONGEST_QUOTE);
    let end = i + 1;
    while (end < limit && chars[end] !== closing) end++;
    if (end < limit && hasKana(i + 1, end)) japanese.fill(1, i + 1, end);
  }
  let clauseStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && !CLAUSE_BREAK.test(chars[i] ?? '')) continue;
    if (hasKana(clauseStart, i)) japanese.fill(1, clauseStart, i);
    clauseStart = i + 1;
  }
  return japanese;
}

/** Whether any code point of the span is Japanese, by the text's `japaneseMask`. */
export function touchesJapanese(mask: Uint8Array, { start, end }: Span): boolean {
  for (let i = start; i < end; i++) if (mask[i] === 1) return true;
  return false;
}

/** Whether the code point at `index` is in a Japanese run of the text. */
export function isJapaneseAt(text: string, index: number): boolean {
  return japaneseMask(text)[index] === 1;
}

/** Whether the text has a Han character outside its Japanese runs: Chinese worth reading. */
export function hasChineseOutsideJapanese(text: string): boolean {
  const mask = japaneseMask(text);
  return Array.from(text).some((char, i) => mask[i] !== 1 && isHan(char));
}

/**
 * The text with its Japanese runs blanked, one space per code point, so that positions stay where they were: what
 * is asked about Chinese words never reads Japanese as Chinese.
 */
export function withoutJapanese(text: string): string {
  const mask = japaneseMask(text);
  if (!mask.includes(1)) return text;
  return Array.from(text, (char, i) => (mask[i] === 1 ? ' ' : char)).join('');
}

function primaryLanguage(tag: string | null): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
}

/** Whether a language tag (`lang`, `xml:lang`) says Japanese: ja, ja-JP, jpn. */
export function declaresJapanese(tag: string | null): boolean {
  const language = primaryLanguage(tag);
  return language === 'ja' || language === 'jpn';
}

/** Whether a language tag says Chinese: zh and its regional and script forms, and the ISO 639-3 Chinese languages. */
export function declaresChinese(tag: string | null): boolean {
  return ['zh', 'cmn', 'yue', 'lzh', 'wuu', 'hak', 'nan', 'gan', 'hsn'].includes(primaryLanguage(tag));
}

export type PageLanguage = 'chinese' | 'japanese' | 'none';

/**
 * A page's language from its declared `lang` and a sample of its text. A page declaring Japanese is Japanese and one
 * declaring Chinese is Chinese when it has Han (a Chinese page teaching Japanese quotes plenty of kana); otherwise
 * the kana decide. `none`: no Han, so nothing to read as Chinese.
 */
export function pageLanguage(declared: string | null, sample: string): PageLanguage {
  if (declaresJapanese(declared)) return 'japanese';
  let han = 0;
  let kana = 0;
  for (const char of sample) {
    if (isHan(char)) han++;
    else if (isKana(char)) kana++;
  }
  if (!declaresChinese(declared) && kana >= MIN_JAPANESE_KANA && kana >= JAPANESE_KANA_SHARE * (kana + han)) return 'japanese';
  return han > 0 ? 'chinese' : 'none';
}
