import type { Dictionary } from '../dictionary/dictionary.ts';
import { articleTerms } from './article-terms.ts';
import { articleSentencePairs } from './sentence-pairs.ts';
import { termPinyin } from './term-pinyin.ts';

/** Scores are shown to three decimals: enough to order by, few enough to read. */
const SCORE_DECIMALS = 3;

/**
 * `duizhao terms <zh-file> [<en-file>]`: an article (title first, then one paragraph per line) and optionally its
 * aligned English in the same form. One JSON object per term, best first: {"zh", "pinyin", "gloss", "en", "score"},
 * `en` being the English the aligned text (or the article, in brackets) renders it with, or null.
 */
export function termsCommand(zhLines: readonly string[], enLines: readonly string[] | null, dictionary: Dictionary): string[] {
  const paragraphs = zhLines.filter((line) => line.trim().length > 0);
  const english = (enLines ?? []).filter((line) => line.trim().length > 0);
  const pairs = english.length > 0 ? articleSentencePairs(paragraphs, english, dictionary) : [];
  return articleTerms(paragraphs, pairs, dictionary).map((term) =>
    JSON.stringify({
      zh: term.zh,
      pinyin: termPinyin(term.zh, term.syllables, dictionary),
      gloss: term.gloss,
      en: term.pairs[0]?.en ?? null,
      score: Number(term.score.toFixed(SCORE_DECIMALS)),
    }),
  );
}
