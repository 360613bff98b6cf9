import type { AlignerSettings } from './aligner.ts';

/** Spread of English lengths around the expected: Gale and Church's 6.8 was measured on European pairs; zh–en translations vary more. */
const LENGTH_VARIANCE = 25;

/**
 * Gale and Church's aligner: lengths only, their six link shapes, penalties from their priors (−log of 0.89 for
 * 1-1, 0.089/2 for 2-1 and 1-2, 0.011 for 2-2, 0.0099/2 for 1-0 and 0-1). The baseline the lexical evidence is
 * measured against.
 */
export const GALE_CHURCH: AlignerSettings = {
  shapes: [
    { zh: 1, en: 1, penalty: -Math.log(0.89) },
    { zh: 1, en: 2, penalty: -Math.log(0.089 / 2) },
    { zh: 2, en: 1, penalty: -Math.log(0.089 / 2) },
    { zh: 2, en: 2, penalty: -Math.log(0.011) },
    { zh: 1, en: 0, penalty: -Math.log(0.0099 / 2) },
    { zh: 0, en: 1, penalty: -Math.log(0.0099 / 2) },
  ],
  lengthVariance: LENGTH_VARIANCE,
  lexicalWeight: 0,
};

/** Each sentence a link joins beyond a pair costs the same: evidence must pay for every merge. */
const PER_EXTRA_SENTENCE = 2;
const joined = (zh: number, en: number) => ({ zh, en, penalty: PER_EXTRA_SENTENCE * (zh + en - 2) });

/**
 * Lengths and lexical evidence. Official translations split long Chinese sentences (a 排比 of clauses joined by
 * semicolons becomes up to five English sentences), so a Chinese sentence may go with up to five English ones.
 */
export const LEXICAL: AlignerSettings = {
  shapes: [
    joined(1, 1),
    joined(1, 2),
    joined(2, 1),
    joined(2, 2),
    joined(1, 3),
    joined(3, 1),
    joined(1, 4),
    joined(1, 5),
    { zh: 1, en: 0, penalty: 5 },
    { zh: 0, en: 1, penalty: 5 },
  ],
  lengthVariance: LENGTH_VARIANCE,
  lexicalWeight: 6,
};
