/**
 * Whether the best candidate is the story or merely the least unrelated text. The other candidates show how much
 * evidence an unrelated English text finds for this Chinese article (shared vocabulary of news, common words); the
 * best one's distance from that background, in standard deviations, is the confidence. With few candidates the
 * background is uncertain, so it is shrunk toward the background measured on unrelated WMT22 news pairs: a single
 * candidate is judged against that prior alone.
 */

/** Evidence score of unrelated news pairs (WMT22 development split: mean about 0.05, spread about 0.045). */
const PRIOR_BACKGROUND_MEAN = 0.05;
const PRIOR_BACKGROUND_SPREAD = 0.045;
/** How many candidates the prior is worth. */
const PRIOR_WEIGHT = 5;
/**
 * Standard deviations above the background at which a match is shown. On the development split (whole, and ten
 * draws with 40% of the English sentences dropped) its own article, when best, stood at least 6.1 above, and the
 * best wrong one, with its own article removed, at most 5.5.
 */
export const CONFIDENT_DISTANCE = 5.9;

export interface Confidence {
  /** Standard deviations above the background. */
  distance: number;
  /** A logistic on the distance, 0.5 at the threshold. */
  probability: number;
  confident: boolean;
}

export function confidenceOf(best: number, others: readonly number[]): Confidence {
  const n = others.length;
  const mean = n === 0 ? 0 : others.reduce((sum, score) => sum + score, 0) / n;
  const variance = n === 0 ? 0 : others.reduce((sum, score) => sum + (score - mean) ** 2, 0) / n;
  const backgroundMean = (n * mean + PRIOR_WEIGHT * PRIOR_BACKGROUND_MEAN) / (n + PRIOR_WEIGHT);
  const backgroundSpread = Math.sqrt((n * variance + PRIOR_WEIGHT * PRIOR_BACKGROUND_SPREAD ** 2) / (n + PRIOR_WEIGHT));
  const distance = (best - backgroundMean) / backgroundSpread;
  return {
    distance,
    probability: 1 / (1 + Math.exp(CONFIDENT_DISTANCE - distance)),
    confident: distance >= CONFIDENT_DISTANCE,
  };
}
