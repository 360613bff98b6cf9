import { wholeText, type DictionaryTrie, type Pieces } from './dictionary-trie.ts';
import { MAX_WORD_WEIGHT } from './trie-format.ts';
import { unmatchedLength } from './unmatched-length.ts';
import { logCountOfWeight } from './word-weight.ts';

/**
 * Simplified → Traditional by words. OpenCC converts with the longest phrase of its tables at each position, which
 * reads across words: in 保护发展 it finds 护发 (hair care) and writes 保護髮展. Here the text is first cut into
 * words, the most probable way by the stage's word list (a unigram model over corpus counts, as lib/segment cuts),
 * and the words decide where a phrase cuts one in two:
 * - a phrase that is itself a word (护发) was weighed as a word and lost to the words it would cut, so it is passed
 *   over for a shorter one: 保护|发展 → 保護發展;
 * - a phrase that is no word is a rule of context (干拌 → 乾拌: 干 before 拌 is dry), which still writes the
 *   characters outside the words it cuts, while each word it cuts is written as it converts alone:
 *   干|拌饭 → 乾拌飯, 更|复杂 → 更複雜.
 * Phrases of whole words (不能|自制, 三|天后 → 三天後) and phrases inside a word apply as they are.
 *
 * OpenCC's tables spell numbers in Chinese numerals only (十天后 → 十天後, 五里, 三只 → 三隻), so the text after a
 * number in digits is read as those phrases read it after 十: 1000天后 → 1000天後.
 */

/**
 * A word's probability is its count over the size of the frequency list's corpus (the Leiden Weibo corpus, about
 * 100 million words), taken twice as large as lib/segment takes it, for the same reason: that corpus cuts finer
 * than news does.
 */
const LOG_CORPUS_WORDS = Math.log(2e8);
/** A character that is no word of the list. */
const UNKNOWN_CHARACTER = Math.log(0.5) - LOG_CORPUS_WORDS;
/** A number of several Chinese numerals (两万三千) is weighed like a common word, so that it stays whole. */
const NUMERAL = Math.log(2000) - LOG_CORPUS_WORDS;
/** The Chinese numerals, as a bit per UTF-16 code unit: asked of every character, so a lookup as cheap as can be. */
const NUMERALS = new Uint32Array(0x10000 / 32);
for (const numeral of '零〇○一二三四五六七八九十百千万亿两几') {
  const unit = numeral.charCodeAt(0);
  NUMERALS[unit >>> 5] = (NUMERALS[unit >>> 5] ?? 0) | (1 << (unit & 31));
}
/** The numeral whose phrases a number in digits borrows; the phrases keep it as it is, ahead of their replacement. */
const NUMBER_STANDIN = '十';

const LOG_COUNT = Float64Array.from({ length: MAX_WORD_WEIGHT + 1 }, (_, weight) => logCountOfWeight(weight));

function isNumeral(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return ((NUMERALS[unit >>> 5] ?? 0) & (1 << (unit & 31))) !== 0;
}

/** ASCII and full-width digits. */
function isDigit(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0xff10 && unit <= 0xff19);
}

/** Fields of a phrase found, four numbers in WordConversion.found. */
const START = 0;
const END = 1;
const NODE = 2;
/** 1 when the phrase follows a number, its key starting with the stand-in numeral. */
const AFTER_NUMBER = 3;
const FIELDS = 4;

export class WordConversion {
  private readonly numberStandin: number;
  // Work arrays, kept between calls and grown when a longer text comes.
  /** best[i]: log-probability of the best cut of text[i, n); next[i]: where its first word ends. */
  private best = new Float64Array(0);
  private next = new Int32Array(0);
  /** The word holding each position starts at wordStart[i] and ends at wordEnd[i]; a number is no word. */
  private wordStart = new Int32Array(0);
  private wordEnd = new Int32Array(0);
  /** The phrases that convert the text, in order (see FIELDS): `foundLength` numbers of `found`. */
  private found = new Int32Array(0);
  private foundLength = 0;
  /** Starts of the words a phrase cuts in two, in order. */
  private readonly cutWords: number[] = [];
  /** Where the phrase found by `longestPhrase` ends. */
  private phraseEnd = 0;

  /**
   * `trie`: the first stage, with its word list (see trie-format.ts); `phrases`: the bit mask of its dictionaries
   * whose keys cut the text into pieces for later stages, as opencc-js's segmentation cuts.
   */
  constructor(
    private readonly trie: DictionaryTrie,
    private readonly phrases: number,
  ) {
    this.numberStandin = trie.nodeOf(NUMBER_STANDIN);
  }

  /**
   * The text converted, in the pieces opencc-js's segmentation cuts it into, so that later stages (regional phrases
   * and variants) see the boundaries they see with opencc-js: pieces of the text, since conversion keeps its length
   * (where a replacement does not, rare characters outside the BMP, the text is one piece, as it is where no later
   * stage reads pieces).
   */
  convert(text: string): Pieces {
    this.cutIntoWords(text);
    this.findPhrases(text);
    const converted = this.write(text);
    if (this.phrases === 0 || converted.length !== text.length) return wholeText(converted);
    return { text: converted, bounds: this.trie.segment(text, this.phrases).bounds };
  }

  /** Cuts the text into its most probable words, and records the word at each position. */
  private cutIntoWords(text: string): void {
    const n = text.length;
    if (this.best.length < n + 1) {
      const size = Math.max(n + 1, this.best.length * 2);
      this.best = new Float64Array(size);
      this.next = new Int32Array(size);
      this.wordStart = new Int32Array(size);
      this.wordEnd = new Int32Array(size);
    }
    const { best, next, wordStart, wordEnd, trie } = this;
    best[n] = 0;
    // Where the run of numerals at i ends, found once for the whole run.
    let numeralsEnd = n;
    for (let i = n - 1; i >= 0; i--) {
      // A word is whole characters; an Ideographic Description Sequence (⿲苦干实) is one unknown character, as
      // OpenCC steps over it unconverted: a word reaching into it would write its parts.
      let end = i + unmatchedLength(text, i, n);
      let score = UNKNOWN_CHARACTER + (best[end] ?? 0);
      // Every word of the list that starts here: a walk down the trie (only words have weights).
      let node = 0;
      for (let j = i; j < n; j++) {
        node = trie.child(node, text.charCodeAt(j));
        if (node === 0) break;
        const weight = trie.weight(node);
        const wordScore = (LOG_COUNT[weight] ?? 0) - LOG_CORPUS_WORDS + (best[j + 1] ?? 0);
        if (weight !== 0 && wordScore > score) {
          score = wordScore;
          end = j + 1;
        }
      }
      if (!isNumeral(text, i)) numeralsEnd = i;
      else {
        const numeralScore = NUMERAL + (best[numeralsEnd] ?? 0);
        if (numeralsEnd - i >= 2 && numeralScore > score) {
          score = numeralScore;
          end = numeralsEnd;
        }
      }
      best[i] = score;
      next[i] = end;
    }
    for (let start = 0; start < n; ) {
      const end = next[start] ?? n;
      let number = true;
      for (let k = start; k < end && number; k++) number = isNumeral(text, k);
      for (let k = start; k < end; k++) {
        wordStart[k] = number ? k : start;
        wordEnd[k] = number ? k + 1 : end;
      }
      start = end;
    }
  }

  /** Whether text[start, end) cuts a word in two: one that starts before it and ends inside, or the reverse. */
  private cutsAWord(start: number, end: number): boolean {
    return this.cutLeft(start, end) || this.cutRight(start, end);
  }

  private cutLeft(start: number, end: number): boolean {
    return (this.wordStart[start] ?? start) < start && (this.wordEnd[start] ?? end) < end;
  }

  private cutRight(start: number, end: number): boolean {
    return (this.wordEnd[end - 1] ?? end) > end && (this.wordStart[end - 1] ?? start) > start;
  }

  /**
   * The node of the longest phrase at text[start, …) that the words allow, -1 if none (see phraseEnd), reading on
   * from `from`: the root, or the stand-in numeral's node.
   */
  private longestPhrase(text: string, start: number, from: number): number {
    const { trie } = this;
    let longest = -1;
    let node = from;
    for (let j = start; j < text.length; j++) {
      node = trie.child(node, text.charCodeAt(j));
      if (node === 0) break;
      if (!trie.isIn(node, trie.everyDictionary) || (trie.weight(node) !== 0 && this.cutsAWord(start, j + 1))) continue;
      longest = node;
      this.phraseEnd = j + 1;
    }
    return longest;
  }

  /** The longest phrase at each position the words allow, after a number as after its stand-in; the words cut. */
  private findPhrases(text: string): void {
    const { cutWords, wordStart } = this;
    const n = text.length;
    this.foundLength = 0;
    cutWords.length = 0;
    for (let i = 0; i < n; ) {
      const afterDigit = i > 0 && this.numberStandin !== 0 && isDigit(text.charCodeAt(i - 1));
      let node = afterDigit ? this.longestPhrase(text, i, this.numberStandin) : -1;
      const afterNumber = node >= 0;
      if (!afterNumber) node = this.longestPhrase(text, i, 0);
      if (node < 0) {
        i += unmatchedLength(text, i, n);
        continue;
      }
      const end = this.phraseEnd;
      this.addFound(i, end, node, afterNumber);
      const left = wordStart[i] ?? i;
      if (this.cutLeft(i, end) && cutWords.at(-1) !== left) cutWords.push(left);
      if (this.cutRight(i, end)) cutWords.push(wordStart[end - 1] ?? i);
      i = end;
    }
  }

  private addFound(start: number, end: number, node: number, afterNumber: boolean): void {
    // A typed array grown by doubling: pushing a million numbers onto an array costs more than finding the phrases.
    if (this.foundLength + FIELDS > this.found.length) {
      const larger = new Int32Array(Math.max(1024, this.found.length * 2));
      larger.set(this.found);
      this.found = larger;
    }
    const at = this.foundLength;
    this.found[at + START] = start;
    this.found[at + END] = end;
    this.found[at + NODE] = node;
    this.found[at + AFTER_NUMBER] = afterNumber ? 1 : 0;
    this.foundLength += FIELDS;
  }

  /** The text as the phrases found write it, but for each word cut, written as it converts alone. */
  private write(text: string): string {
    const { trie, found, foundLength, cutWords, wordEnd } = this;
    const n = text.length;
    let converted = '';
    let cut = 0;
    let phrase = 0;
    for (let cursor = 0; cursor < n; ) {
      if (cutWords[cut] === cursor) {
        const end = wordEnd[cursor] ?? n;
        converted += trie.convertRange(text, cursor, end);
        cursor = end;
        cut++;
        continue;
      }
      const limit = cutWords[cut] ?? n;
      while (phrase < foundLength && (found[phrase + END] ?? 0) <= cursor) phrase += FIELDS;
      const start = phrase < foundLength ? (found[phrase + START] ?? n) : n;
      if (start > cursor) {
        const end = Math.min(start, limit);
        converted += text.slice(cursor, end);
        cursor = end;
        continue;
      }
      const keyEnd = found[phrase + END] ?? n;
      const end = Math.min(keyEnd, limit);
      const replacement = trie.replacement(found[phrase + NODE] ?? 0).slice(found[phrase + AFTER_NUMBER] === 1 ? NUMBER_STANDIN.length : 0);
      if (start === cursor && end === keyEnd) converted += replacement;
      else {
        // The part of a phrase beside a word it cuts: the phrase's own replacement of it where the phrase keeps its
        // length, as OpenCC's phrases do, else the part converted alone.
        converted +=
          replacement.length === keyEnd - start ? replacement.slice(cursor - start, end - start) : trie.convertRange(text, cursor, end);
      }
      cursor = end;
    }
    return converted;
  }
}
