import type { Dictionary } from '../dictionary/dictionary.ts';

/**
 * The words whose entries the Terms view reads for an article (`keyTerms`, `termPairs`, `parentheticalPairs`,
 * `articleTerms`, `articleSentencePairs`): what the browser's dictionary must `prepare` first. These read words,
 * the parts of words, runs of words before a bracket and single characters, so every dictionary word written in
 * the text is listed, and every character.
 */
export function termWordsToPrepare(paragraphs: readonly string[], dictionary: Pick<Dictionary, 'has' | 'hasPrefix' | 'longestWord'>): string[] {
  const words = new Set<string>();
  for (const paragraph of paragraphs) {
    const chars = Array.from(paragraph);
    chars.forEach((char, start) => {
      words.add(char);
      let candidate = char;
      for (let end = start + 1; end < chars.length && end - start < dictionary.longestWord; end++) {
        candidate += chars[end];
        if (!dictionary.hasPrefix(candidate)) break;
        if (dictionary.has(candidate)) words.add(candidate);
      }
    });
  }
  return [...words];
}
