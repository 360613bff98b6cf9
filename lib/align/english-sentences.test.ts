import { describe, expect, it } from 'vitest';
import { splitEnglishSentences } from './english-sentences.ts';

describe('splitEnglishSentences', () => {
  it('splits after end punctuation before a capital', () => {
    expect(splitEnglishSentences('Xi spoke. Cai attended! Why? "Yes," he said.')).toEqual([
      'Xi spoke.',
      'Cai attended!',
      'Why?',
      '"Yes," he said.',
    ]);
  });

  it('does not split after titles, months, initialisms or inside numbers', () => {
    const text = 'Mr. Li met U.S. officials on Jan. 5 as growth hit 3.5 percent. Talks went on.';
    expect(splitEnglishSentences(text)).toEqual(['Mr. Li met U.S. officials on Jan. 5 as growth hit 3.5 percent.', 'Talks went on.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitEnglishSentences('He said: "We will win." Then he left.')).toEqual(['He said: "We will win."', 'Then he left.']);
  });
});
