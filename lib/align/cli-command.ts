import { alignArticle, MOST_SENTENCES, type ArticleAlignment } from './article-alignment.ts';
import type { TermSource } from './chinese-terms.ts';
import { formatLink } from './link.ts';

/**
 * `duizhao align <zh-file> <en-file>`: one sentence per line in, one link per line out (`[3]:[4, 5]`, `[]:[6]`),
 * every line of both files in exactly one link, up to MOST_SENTENCES lines a file: lines past it are in no link,
 * and `warn` says which. A translation comes out in order; coverage lists the Chinese sentences in order with the
 * English sentences that draw on them.
 */
export function alignCommand(zhLines: string[], enLines: string[], dictionary: TermSource, warn: (message: string) => void): string[] {
  const alignment = alignArticle(zhLines, enLines, dictionary);
  const leftOut = leftOutMessage(alignment.leftOut);
  if (leftOut !== null) warn(leftOut);
  return alignment.links.map(formatLink);
}

function leftOutMessage(leftOut: ArticleAlignment['leftOut']): string | null {
  const files = [
    { name: 'Chinese', count: leftOut.zh },
    { name: 'English', count: leftOut.en },
  ].filter((file) => file.count > 0);
  if (files.length === 0) return null;
  const lines = files.map((file) => `${file.name} lines ${MOST_SENTENCES}-${MOST_SENTENCES + file.count - 1}`).join(', ');
  return `align: one request aligns at most ${MOST_SENTENCES} lines a file; left out, in no link: ${lines} (0-based, as in the links)`;
}
