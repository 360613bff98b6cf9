import { alignArticle } from '../align/article-alignment.ts';
import type { TermSource } from '../align/chinese-terms.ts';
import { splitChineseSentences } from '../align/chinese-sentences.ts';
import { splitEnglishSentences } from '../english-sentences.ts';
import type { SentencePair } from './term-pairs.ts';

/**
 * An article and its aligned English, each given as paragraphs, as the sentence pairs terms are paired in: the
 * sentences are aligned (`alignArticle`), and each link's Chinese sentences come with the rest of their paragraphs
 * as context.
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
    .filter((link) => link.zh.length > 0 && link.en.length > 0)
    .map((link) => {
      const paragraphs = new Set(link.zh.map((sentence) => paragraphOf[sentence]));
      return {
        chinese: link.zh.map((sentence) => chinese[sentence] ?? ''),
        english: link.en.map((sentence) => english[sentence] ?? ''),
        context: chinese.filter((_, sentence) => paragraphs.has(paragraphOf[sentence]) && !link.zh.includes(sentence)),
      };
    });
}
