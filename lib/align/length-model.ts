/**
 * Gale and Church's length model: the length of a translation is about proportional to the length of its source,
 * with a spread that grows with the length. Lengths are in characters; `ratio` is the number of English characters
 * per Chinese character, taken from the two texts themselves so that a condensed rewrite is measured against its own
 * density.
 */
export interface LengthModel {
  ratio: number;
  /** Variance of the English length per English character expected: how loosely translations keep to the ratio. */
  variance: number;
}

/** −log of the probability that the lengths differ at least this much, under the normal model. */
export function lengthCost(zhLength: number, enLength: number, model: LengthModel): number {
  const expected = zhLength * model.ratio;
  const mean = (expected + enLength) / 2;
  if (mean === 0) return 0;
  const delta = (enLength - expected) / Math.sqrt(model.variance * mean);
  return -Math.log(Math.max(twoSidedTail(Math.abs(delta)), Number.MIN_VALUE));
}

/** 2·(1 − Φ(x)) for x ≥ 0, through erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
function twoSidedTail(x: number): number {
  const z = x / Math.SQRT2;
  const t = 1 / (1 + z / 2);
  const polynomial =
    -z * z - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return t * Math.exp(polynomial);
}
