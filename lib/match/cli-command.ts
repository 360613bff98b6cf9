import type { Dictionary } from '../dictionary/dictionary.ts';
import { matchChineseArticle, prepareEnglishArticle } from './article-matcher.ts';

interface NamedText {
  name: string;
  text: string;
}

/**
 * `match --zh <dir> --en <dir>`: for each Chinese article in name order, `zhname<TAB>enname<TAB>score` with its best
 * English match, `-` for the name when none is confident; the score is the calibrated confidence (0.5 at the
 * threshold).
 */
export function matchCommand(zh: NamedText[], en: NamedText[], dictionary: Dictionary): string[] {
  const candidates = en.map(prepareEnglishArticle);
  return [...zh]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((article) => {
      const { match, confidence } = matchChineseArticle(article.text, candidates, dictionary);
      return `${article.name}\t${match ?? '-'}\t${confidence.probability.toFixed(3)}`;
    });
}
