import { splitChineseSentences } from '../align/chinese-sentences.ts';
import type { Dictionary } from '../dictionary/dictionary.ts';
import { isHan } from '../han.ts';
import { japaneseMask, touchesJapanese } from '../japanese.ts';
import { dictionaryWordReadings } from '../pinyin/dictionary-word-readings.ts';
import { chineseWords, type ChineseWord } from './chinese-words.ts';
import { englishTokens } from './english-tokens.ts';
import type { TermPair } from './term-pairs.ts';
import { createEvidenceReader } from './word-evidence.ts';

/** Latin text in half- or full-width brackets: a name, an acronym, a phrase. */
const BRACKETED_LATIN = /[(（]\s*(\p{Script=Latin}[\p{Script=Latin}\p{N} .'’&-]*[\p{Script=Latin}\p{N}.])\s*[)）]/gu;
const ACRONYM = /^[\p{Lu}&]{2,8}$/u;
const CAPITALIZED_WORDS = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** How many words before the bracket may make up the term (国家 发展 改革 委员会). */
const MOST_WORDS = 4;
/** A name the dictionary lacks: a Chinese name or a transliteration of two to four characters. */
const NAME_LENGTH = { shortest: 2, longest: 4 } as const;

/**
 * The bracketed translations of a Chinese text (金贤洙(Kim Hyoung-su), 世界卫生组织（WHO）), each pair once with
 * every sentence that gives it. Which words before the bracket it translates is read from the evidence: a
 * dictionary word one of whose renderings is the English, or whose senses name the acronym (World Health
 * Organization (WHO)); words whose reading is the English (李强(Li Qiang)); or, for capitalised English, a name
 * of Chinese characters the segmenter found and the dictionary lacks (金贤洙(Kim Hyoung-su)). Without such evidence
 * there is no pair.
 */
export function parentheticalPairs(paragraphs: readonly string[], dictionary: Dictionary): TermPair[] {
  const readings = dictionaryWordReadings(dictionary);
  const evidenceOf = createEvidenceReader(dictionary);
  const pairs = new Map<string, TermPair>();
  for (const sentence of paragraphs.flatMap(splitChineseSentences)) {
    const matches = [...sentence.matchAll(BRACKETED_LATIN)];
    if (matches.length === 0) continue;
    // Japanese quoted in the article has no Chinese words to pair (がVPN（Virtual Private Network）).
    const japanese = japaneseMask(sentence);
    const words = chineseWords(sentence, dictionary, readings).filter((word) => !word.nested && !touchesJapanese(japanese, word));
    for (const match of matches) {
      const en = (match[1] ?? '').trim();
      const bracket = Array.from(sentence.slice(0, match.index)).length;
      const run = translatedRun(words, bracket, en, dictionary, evidenceOf);
      if (run === null) continue;
      const zh = run.map((word) => word.text).join('');
      const seen = pairs.get(`${zh}\t${en}`);
      if (seen) {
        seen.support++;
        seen.evidence.push({ chinese: sentence, english: null });
        continue;
      }
      const syllables = run.flatMap((word) => word.syllables);
      pairs.set(`${zh}\t${en}`, { zh, parts: [zh], syllables, en, kind: 'parenthetical', support: 1, evidence: [{ chinese: sentence, english: null }] });
    }
  }
  return [...pairs.values()];
}

/** The words before the bracket that the bracket translates, or null when the evidence tells none. */
function translatedRun(
  words: readonly ChineseWord[],
  bracket: number,
  english: string,
  dictionary: Dictionary,
  evidenceOf: ReturnType<typeof createEvidenceReader>,
): ChineseWord[] | null {
  const last = words.findIndex((word) => word.end === bracket);
  if (last < 0) return null;
  // The words just before the bracket, longest run first: 國際原子能機構 before 機構.
  const candidates: ChineseWord[][] = [];
  for (let first = last; first >= 0 && last - first < MOST_WORDS; first--) {
    const word = words[first];
    if (word === undefined || !Array.from(word.text).every(isHan)) break;
    candidates.unshift(words.slice(first, last + 1));
  }
  const keys = englishTokens(english).flatMap((token) => (token.key === null ? [] : [token.key]));
  for (const run of candidates) {
    const text = run.map((word) => word.text).join('');
    if (dictionary.has(text) && dictionaryNames(text, english, keys, dictionary, evidenceOf)) return run;
    if (readAs(run, english)) return run;
  }
  const name = words[last];
  const length = Array.from(name?.text ?? '').length;
  const isName =
    name !== undefined && !name.known && Array.from(name.text).every(isHan) && length >= NAME_LENGTH.shortest && length <= NAME_LENGTH.longest;
  return isName && CAPITALIZED_WORDS.test(english) && !ACRONYM.test(english) ? [name] : null;
}

/** Whether one of the word's renderings is the English, or, for an acronym, whether its senses name it. */
function dictionaryNames(
  word: string,
  english: string,
  keys: readonly string[],
  dictionary: Dictionary,
  evidenceOf: ReturnType<typeof createEvidenceReader>,
): boolean {
  const { renderings } = evidenceOf(word);
  if (renderings.some((rendering) => rendering.keys.join(' ') === keys.join(' '))) return true;
  if (!ACRONYM.test(english)) return false;
  // An acronym is letters and ampersands, neither of which a regular expression reads as syntax.
  const mentioned = new RegExp(`\\b${english}\\b`, 'u');
  return dictionary.lookup(word).some((entry) => entry.senses.some((sense) => mentioned.test(sense)));
}

/** Whether the words read, toneless and run together, as the English letters do: 李强 (Li Qiang). */
function readAs(run: readonly ChineseWord[], english: string): boolean {
  const syllables = run.flatMap((word) => word.syllables);
  if (syllables.some((syllable) => syllable === null)) return false;
  const reading = syllables.map((syllable) => (syllable ?? '').replace(/\d$/u, '').replace('v', 'u')).join('');
  return reading === english.toLowerCase().replace(/[^a-z]/gu, '');
}
