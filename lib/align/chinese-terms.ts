import type { DictionaryEntry } from '../dictionary/entry.ts';
import { isHan } from '../han.ts';
import { segment, type WordSource } from '../segment/segmenter.ts';
import { chineseNumeralValues } from './chinese-numerals.ts';
import { englishWordKeys, wordKey } from './english-words.ts';

/** What the term reader needs from the dictionary. */
export interface TermSource extends WordSource {
  lookup(word: string): DictionaryEntry[];
}

/** One content word of a Chinese sentence: the English keys any of its translations may show up as. */
export type ChineseTerm = ReadonlySet<string>;

/**
 * Function words whose glosses would match nearly any English sentence (的 also glosses "target", 了 "finish").
 * Content words are told apart by their translations, and these have none worth matching.
 */
const FUNCTION_WORDS = new Set(
  ('的 地 得 了 着 著 过 過 和 与 與 及 或 是 在 对 對 把 被 将 將 也 都 而 并 並 等 这 這 那 其 之 为 為 以 于 於 就 要 ' +
    '我 我们 我們 你 你们 你們 他 他们 他們 她 它 个 個 中 上 下 从 從 到 让 讓 使 由 向 又 还 還 更 很 最 不 没 沒 有 ' +
    '所 则 則 但 即 给 給 来 來 去 说 說 这个 這個 一个 一個 这些 這些 那些 各 每 该 該 此 已 已经 已經 会 會 能 可以 ' +
    '就是 一 些 们 們 里 裡 裏 后 後 前 时 時 当 當 如 因为 因為 所以 如果 而且 以及 关于 關於 通过 通過 进行 進行').split(' '),
);
/** Glosses of a word with many meanings are mostly noise: keep what its first senses say. */
const MOST_KEYS = 24;
const DIGIT_RUN = /\p{Nd}+/gu;
/** Glosses that describe a word instead of translating it. */
const NOT_A_TRANSLATION = /^(?:surname|(?:old |archaic )?variant of|see |used in |erhua variant|also written|also pr\.)/iu;
/** Parenthesised notes and bracketed pinyin in CC-CEDICT glosses: (1953–), [xin1 de5]. */
const NOTES = /\([^)]*\)|\[[^\]]*\]/gu;

/**
 * Reads Chinese sentences as lists of terms. Remembers each word's keys: news repeats its words, and aligning
 * reads every sentence once.
 */
export function createTermReader(dictionary: TermSource): (sentence: string) => ChineseTerm[] {
  const known = new Map<string, ChineseTerm | null>();
  const keysOf = (word: string, inDictionary: boolean): ChineseTerm | null => {
    let keys = known.get(word);
    if (keys === undefined) {
      keys = wordKeys(word, inDictionary, dictionary);
      known.set(word, keys);
    }
    return keys;
  };
  return (sentence) => {
    const terms: ChineseTerm[] = [];
    for (const token of segment(sentence, dictionary)) {
      const keys = keysOf(token.text, token.known);
      if (keys !== null) terms.push(keys);
    }
    return terms;
  };
}

function wordKeys(word: string, inDictionary: boolean, dictionary: TermSource): ChineseTerm | null {
  if (FUNCTION_WORDS.has(word)) return null;
  const keys = new Set<string>();
  for (const match of word.matchAll(DIGIT_RUN)) keys.add(String(Number(match[0])));
  for (const value of chineseNumeralValues(word)) keys.add(String(value));
  const chars = Array.from(word);
  if (!chars.some(isHan)) return keys.size > 0 ? keys : null;
  if (inDictionary) {
    for (const entry of dictionary.lookup(word)) addEntryKeys(entry, keys);
  } else if (chars.length > 1) {
    // Most words the dictionary lacks are names, matched by their reading; the others are words the segmenter
    // took for names (事|關黨|長期), matched through their characters.
    addNameKeys(chars.map((char) => dictionary.lookup(char)[0]?.syllables[0] ?? ''), keys);
    for (const char of chars) for (const entry of dictionary.lookup(char)) addEntryKeys(entry, keys);
  }
  return keys.size > 0 ? keys : null;
}

function addEntryKeys(entry: DictionaryEntry, keys: Set<string>): void {
  // A single character marked as a name is a surname entry, and its reading would match little but noise.
  if (entry.properName && entry.syllables.length > 1) addNameKeys(entry.syllables, keys);
  for (const sense of entry.senses) {
    if (keys.size >= MOST_KEYS) return;
    if (NOT_A_TRANSLATION.test(sense)) continue;
    for (const key of englishWordKeys(sense.replace(NOTES, ' '))) keys.add(key);
  }
}

/**
 * Chinese people's names are written in English as the surname, then the given name run together (Xi Jinping,
 * Cai Qi); places as one word (Beijing).
 */
function addNameKeys(syllables: readonly string[], keys: Set<string>): void {
  const bare = syllables.map((syllable) => syllable.replace(/\d$/u, '').replace('u:', 'u'));
  const [surname, ...given] = bare;
  for (const part of [surname ?? '', given.join(''), bare.join('')]) {
    const key = part.length > 0 ? wordKey(part) : null;
    if (key !== null) keys.add(key);
  }
}
