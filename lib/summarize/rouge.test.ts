import { describe, expect, it } from 'vitest';
import { rougeL, rougeLsum, rougeN } from './rouge.ts';

describe('rougeN', () => {
  it('counts shared unigrams and bigrams', () => {
    const unigrams = rougeN('the cat sat on the mat', 'the cat lay on the mat', 1);
    expect(unigrams.recall).toBeCloseTo(5 / 6);
    expect(unigrams.precision).toBeCloseTo(5 / 6);
    const bigrams = rougeN('the cat sat on the mat', 'the cat lay on the mat', 2);
    expect(bigrams.recall).toBeCloseTo(3 / 5);
  });

  it('clips each n-gram to its count in the reference', () => {
    const score = rougeN('the the the the', 'the cat', 1);
    expect(score.precision).toBeCloseTo(1 / 4);
    expect(score.recall).toBeCloseTo(1 / 2);
    expect(score.f1).toBeCloseTo(1 / 3);
  });

  it('ignores case and punctuation, and scores nothing against nothing', () => {
    expect(rougeN('The Cat.', 'the cat', 1).f1).toBe(1);
    expect(rougeN('', 'the cat', 1).f1).toBe(0);
  });
});

describe('rougeL', () => {
  it('scores the longest common subsequence', () => {
    const score = rougeL('police killed the gunman', 'police kill the gunman');
    expect(score.recall).toBeCloseTo(3 / 4);
    expect(rougeL('the gunman police killed', 'police killed the gunman').recall).toBeCloseTo(2 / 4);
  });
});

describe('rougeLsum', () => {
  it('unites the LCS of each reference sentence with every candidate sentence (Lin 2004, section 3.2)', () => {
    // Lin's example: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5: union LCS w1 w2 w3 w5.
    const score = rougeLsum(['w1 w2 w6 w7 w8', 'w1 w3 w8 w9 w5'], ['w1 w2 w3 w4 w5']);
    expect(score.recall).toBeCloseTo(4 / 5);
    expect(score.precision).toBeCloseTo(4 / 10);
  });
});
