import { alignArticle } from './article-alignment.ts';
import type { TermSource } from './chinese-terms.ts';
import { formatLink } from './link.ts';

/**
 * `duizhao align <zh-file> <en-file>`: one sentence per line in, one link per line out (`[3]:[4, 5]`, `[]:[6]`),
 * every line of both files in exactly one link. A translation comes out in order; coverage lists the Chinese
 * sentences in order with the English sentences that draw on them.
 */
export function alignCommand(zhLines: string[], enLines: string[], dictionary: TermSource): string[] {
  return alignArticle(zhLines, enLines, dictionary).map(formatLink);
}
