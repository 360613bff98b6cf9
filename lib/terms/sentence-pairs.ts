import { alignArticle } from '../align/article-alignment.ts';
import type { TermSource } from '../align/chinese-terms.ts';
import { splitChineseSentences } from '../align/chinese-sentences.ts';
import { splitEnglishSentences } from '../english-sentences.ts';
import type { SentencePair } from './term-pairs.ts';

/**
 * An article and its aligned English, each given as paragraphs, as the sentence pairs terms are paired in: the
 * sentences are aligned (`alignArticle`), and each link's Chinese sentences come with the rest of their paragraphs
 * (up to CONTEXT_REACH sentences away) as context. Sentences past what one request aligns pair with nothing.
 */
export function articleSentencePairs(
  chineseParagraphs: readonly string[],
  englishParagraphs: readonly string[],
  dictionary: TermSource,
): SentencePair[] {
  const chinese: string[] = [];
  const paragraphOf: number[] = [];
  chineseParagraphs.forEach((paragraph, index) => {
    for (const sentence of splitChineseSentences(paragraph)) {
      chinese.push(sentence);
      paragraphOf.push(index);
    }
  });
  const english = englishParagraphs.flatMap(splitEnglishSentences);
  return alignArticle(chinese, english, dictionary)
    .links.filter((link) => link.zh.length > 0 && link.en.length > 0)
    .map((link) => ({
      chinese: link.zh.map((sentence) => chinese[sentence] ?? ''),
      english: link.en.map((sentence) => english[sentence] ?? ''),
      context: context(link.zh, paragraphOf).map((sentence) => chinese[sentence] ?? ''),
    }));
}

/**
 * A paragraph of more sentences than this either side of a link is a page that runs its text together, not one
 * thought a sentence may sum up; and taking all of it for every link would cost its length squared.
 */
const CONTEXT_REACH = 10;

/** The other sentences of the paragraphs of a link's Chinese sentences (consecutive), up to CONTEXT_REACH either side. */
function context(sentences: readonly number[], paragraphOf: readonly number[]): number[] {
  const first = sentences[0] ?? 0;
  const last = sentences.at(-1) ?? -1;
  const paragraphs = new Set(sentences.map((sentence) => paragraphOf[sentence]));
  const others: number[] = [];
  for (let sentence = Math.max(0, first - CONTEXT_REACH); sentence <= Math.min(paragraphOf.length - 1, last + CONTEXT_REACH); sentence++) {
    if ((sentence < first || sentence > last) && paragraphs.has(paragraphOf[sentence])) others.push(sentence);
  }
  return others;
}
