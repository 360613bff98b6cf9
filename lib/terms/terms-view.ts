import type { Dictionary } from '../dictionary/dictionary.ts';
import { segment } from '../segment/segmenter.ts';
import { parseArticleText, type ArticleText } from '../sources/source-report.ts';
import type { ArticleTerm } from './article-terms.ts';
import type { NameKind } from './name-groups.ts';
import type { PairEvidence } from './term-pairs.ts';
import { termPinyin } from './term-pinyin.ts';

/** What the popup's Terms view asks for: the article, and the English aligned with it when one was found. */
export interface TermsRequest {
  article: ArticleText;
  english: string[] | null;
}

/** A term as the Terms view shows and saves it. */
export interface TermView {
  zh: string;
  simplified: string;
  traditional: string;
  /** Tone-marked, as read in the article. */
  pinyin: string;
  /** Numbered syllables for saving, empty when a character has none. */
  syllables: string[];
  gloss: string;
  kind: NameKind | 'term';
  english: string | null;
  pairs: { en: string; evidence: PairEvidence[] }[];
  sentence: string;
  saved: boolean;
}

/** Evidence shown per pair: two sentence pairs tell the reader enough, the rest would crowd the popup. */
const MOST_EVIDENCE = 2;
const MAX_ENGLISH_PARAGRAPHS = 300;

export function parseTermsRequest(raw: unknown): TermsRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { article, english } = raw as Record<string, unknown>;
  const parsed = parseArticleText(article);
  if (parsed === null) return null;
  if (english === null) return { article: parsed, english: null };
  if (!Array.isArray(english) || !english.every((paragraph): paragraph is string => typeof paragraph === 'string')) return null;
  return { article: parsed, english: english.slice(0, MAX_ENGLISH_PARAGRAPHS) };
}

/**
 * A term in both scripts: the dictionary's own forms for a word it has, word by word for a longer term, and as
 * written where the dictionary knows nothing (a name is written the same in both scripts more often than not).
 */
export function bothScripts(text: string, dictionary: Dictionary): { simplified: string; traditional: string } {
  let simplified = '';
  let traditional = '';
  for (const token of segment(text, dictionary)) {
    const entry = token.known ? dictionary.lookup(token.text)[0] : undefined;
    simplified += entry?.simplified ?? token.text;
    traditional += entry?.traditional ?? token.text;
  }
  return Array.from(simplified).length === Array.from(traditional).length ? { simplified, traditional } : { simplified: text, traditional: text };
}

export function termsView(terms: readonly ArticleTerm[], dictionary: Dictionary, isSaved: (simplified: string, traditional: string) => boolean): TermView[] {
  return terms.map((term) => {
    const scripts = bothScripts(term.zh, dictionary);
    const syllables = term.syllables.every((syllable) => syllable !== null) ? (term.syllables as string[]) : [];
    return {
      zh: term.zh,
      ...scripts,
      pinyin: termPinyin(term.zh, term.syllables, dictionary),
      syllables,
      gloss: term.gloss,
      kind: term.kind,
      english: term.english,
      pairs: term.pairs.map((pair) => ({ en: pair.en, evidence: pair.evidence.slice(0, MOST_EVIDENCE) })),
      sentence: term.sentence,
      saved: isSaved(scripts.simplified, scripts.traditional),
    };
  });
}
