import { alignArticle, type ArticleAlignment } from '../align/article-alignment.ts';
import type { TermSource } from '../align/chinese-terms.ts';
import { splitChineseSentences } from '../align/chinese-sentences.ts';
import { splitEnglishSentences } from '../english-sentences.ts';
import { summarize } from '../summarize/summarizer.ts';

/** An English sentence of the source, tied to the Chinese paragraphs it draws on (none when it has no source). */
export interface AlignedSentence {
  text: string;
  /** Index of the English paragraph it stands in. */
  paragraph: number;
  /** Indices of the Chinese paragraphs it aligns with, in order. */
  chinese: number[];
}

export interface AlignedText {
  sentences: AlignedSentence[];
  /** Indices into `sentences`: the summary, in article order. */
  summary: number[];
  /**
   * Sentences at the end of the article (`zh`) and of the English (`en`) past what one request aligns: the English
   * ones among them are in `sentences` drawing on nothing, not for want of a source but unread.
   */
  leftOut: ArticleAlignment['leftOut'];
}

/** Summaries read best at three to five sentences; a short article gives fewer. */
export const SUMMARY_SENTENCES = 4;

interface Unit {
  text: string;
  paragraph: number;
}

function units(paragraphs: readonly string[], split: (paragraph: string) => string[]): Unit[] {
  return paragraphs.flatMap((paragraph, index) => split(paragraph).map((text) => ({ text, paragraph: index })));
}

/**
 * Aligns the English source to the Chinese article sentence by sentence (the aligner's unit), then reports each
 * English sentence against Chinese paragraphs, which is what the page can point at. The summary's sentences are
 * found among the aligned ones: both come from the same splitter, so they match exactly.
 */
export function alignSource(chinese: readonly string[], english: readonly string[], dictionary: TermSource): AlignedText {
  const zh = units(chinese, splitChineseSentences);
  const en = units(english, splitEnglishSentences);
  const { links, leftOut } = alignArticle(
    zh.map((unit) => unit.text),
    en.map((unit) => unit.text),
    dictionary,
  );
  const sentences: AlignedSentence[] = en.map((unit) => ({ ...unit, chinese: [] }));
  for (const link of links) {
    const paragraphs = [...new Set(link.zh.map((index) => zh[index]?.paragraph ?? -1))].filter((index) => index >= 0);
    for (const index of link.en) sentences[index]?.chinese.push(...paragraphs);
  }
  for (const sentence of sentences) sentence.chinese = [...new Set(sentence.chinese)].sort((a, b) => a - b);

  const used = new Set<number>();
  const summary: number[] = [];
  for (const text of summarize(english, { sentences: SUMMARY_SENTENCES })) {
    const index = sentences.findIndex((sentence, i) => !used.has(i) && sentence.text === text);
    if (index < 0) continue;
    used.add(index);
    summary.push(index);
  }
  return { sentences, summary: summary.sort((a, b) => a - b), leftOut };
}

/** What "side by side" puts under each Chinese paragraph: the English sentences drawing on it, under the last paragraph they draw on. */
export function sideBySideRows(aligned: AlignedText): { paragraph: number; english: string[] }[] {
  const rows = new Map<number, string[]>();
  for (const sentence of aligned.sentences) {
    const last = sentence.chinese.at(-1);
    if (last === undefined) continue;
    rows.set(last, [...(rows.get(last) ?? []), sentence.text]);
  }
  return [...rows].sort(([a], [b]) => a - b).map(([paragraph, english]) => ({ paragraph, english }));
}
