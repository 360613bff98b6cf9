import type { Dictionary } from '../dictionary/dictionary.ts';
import { isHan } from '../han.ts';
import { formatWord } from '../pinyin/syllable.ts';
import { termParts } from './word-evidence.ts';

/** Up to this many characters a term is written as one pinyin word (長治久安: chángzhìjiǔ'ān). */
const LONGEST_PINYIN_WORD = 4;

/**
 * The reading of a term with tone marks, a word's syllables run together and the words of a longer term apart, as
 * pinyin is written (中國特色社會主義: zhōngguó tèsè shèhuìzhǔyì). `syllables` has one entry per code point of
 * `text`, null where there is none (the 、 of coordinated terms), as read in context.
 */
export function termPinyin(text: string, syllables: readonly (string | null)[], dictionary: Dictionary): string {
  const words: string[] = [];
  const add = (word: string, offset: number): void => {
    const chars = Array.from(word);
    if (chars.length > LONGEST_PINYIN_WORD && chars.every(isHan)) {
      const parts = termParts(word, dictionary);
      if (parts.length > 1) {
        let start = offset;
        for (const part of parts) {
          add(part, start);
          start += Array.from(part).length;
        }
        return;
      }
    }
    const read = syllables.slice(offset, offset + chars.length).filter((syllable): syllable is string => syllable !== null);
    if (read.length > 0) words.push(formatWord(read, 'marks'));
  };
  let offset = 0;
  // Runs of Han characters are words (or terms) of their own; what stands between them (、) is left out.
  for (const run of text.split(/([^\p{Script=Han}]+)/u)) {
    if (run.length > 0 && isHan(Array.from(run)[0] ?? '')) add(run, offset);
    offset += Array.from(run).length;
  }
  return words.join(' ');
}
