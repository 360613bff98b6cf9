import { describe, expect, it } from 'vitest';
import { splitEnglishSentences } from './english-sentences.ts';

describe('splitEnglishSentences', () => {
  it('splits after terminators and keeps each sentence exactly as written', () => {
    const paragraph = 'Xi spoke on Tuesday. Did he? He did!  The meeting ended.';
    const sentences = splitEnglishSentences(paragraph);
    expect(sentences).toEqual(['Xi spoke on Tuesday.', 'Did he?', 'He did!', 'The meeting ended.']);
    for (const sentence of sentences) expect(paragraph).toContain(sentence);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitEnglishSentences('"We are ready." She left.')).toEqual(['"We are ready."', 'She left.']);
    expect(splitEnglishSentences("it is very hard . '' said koirala . the end")).toEqual([
      "it is very hard . ''",
      'said koirala .',
      'the end',
    ]);
  });

  it('does not split after titles, initials or dotted abbreviations', () => {
    expect(splitEnglishSentences('Mr. Smith met J. K. Rowling in the U.S. last week. Then he left.')).toEqual([
      'Mr. Smith met J. K. Rowling in the U.S. last week.',
      'Then he left.',
    ]);
  });

  it('splits lower-cased tokenized text, where a space stands before every period', () => {
    expect(splitEnglishSentences('two cnn heroes survived . they are struggling .')).toEqual([
      'two cnn heroes survived .',
      'they are struggling .',
    ]);
  });

  it('returns a paragraph without terminator whole, and nothing for blank text', () => {
    expect(splitEnglishSentences('  A headline without a period ')).toEqual(['A headline without a period']);
    expect(splitEnglishSentences('   ')).toEqual([]);
  });

  it('does not split after months, initialisms or inside numbers', () => {
    const text = 'Mr. Li met U.S. officials on Jan. 5 as growth hit 3.5 percent. Talks went on.';
    expect(splitEnglishSentences(text)).toEqual(['Mr. Li met U.S. officials on Jan. 5 as growth hit 3.5 percent.', 'Talks went on.']);
  });
});
