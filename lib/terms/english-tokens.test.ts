import { describe, expect, it } from 'vitest';
import { englishKey, englishTokens, isPossessiveS, joinedByHyphen } from './english-tokens.ts';

describe('englishTokens', () => {
  it('keys content words as renderings are keyed, function words not at all', () => {
    expect(englishTokens('Groups in new forms of employment').map((token) => token.key)).toEqual(['group', null, 'new', 'form', null, 'employment']);
    // "new" and "well" render 新 and 幸福; reflexives meet the dictionary's "oneself".
    expect([englishKey('new'), englishKey('themselves'), englishKey('under')]).toEqual(['new', 'oneself', null]);
  });

  it('reads "as well as" as a conjunction', () => {
    expect(englishTokens('peace as well as the well-being').map((token) => token.key)).toEqual(['peac', null, null, null, null, 'well', null]);
  });

  it('marks where punctuation ends a phrase, and tells hyphens and possessives', () => {
    const sentence = "influence, the country's community-level work";
    const tokens = englishTokens(sentence);
    expect(tokens.map((token) => token.afterPunctuation)).toEqual([false, true, false, false, false, false, false]);
    expect(isPossessiveS(sentence, tokens[3])).toBe(true);
    expect(joinedByHyphen(sentence, tokens[4], tokens[5])).toBe(true);
    expect(joinedByHyphen(sentence, tokens[5], tokens[6])).toBe(false);
  });
});
