import { isHan } from '../han.ts';

/**
 * The article's running text, which its terms come from: the title, and the paragraphs that read as prose. Page
 * widgets whose labels reach the article's text (a video player's 播放, 开关, 全屏 and its timecodes) are strings of
 * short labels, with no clause punctuation after a Chinese word and no run of Chinese long enough to be a heading.
 */

/** A Chinese word followed by clause punctuation, full-width or not: the mark of a sentence. */
const CLAUSE = /\p{Script=Han}[，。！？；：、,!?;]/u;
/** A heading without punctuation still has a run of Chinese this long (深化供给侧结构性改革). */
const HEADING_RUN = 6;

function longestHanRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = isHan(char) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

export function isProse(paragraph: string): boolean {
  return CLAUSE.test(paragraph) || longestHanRun(paragraph) >= HEADING_RUN;
}

/** The title (first) and the prose paragraphs after it. */
export function articleProse(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((paragraph, index) => index === 0 || isProse(paragraph));
}
