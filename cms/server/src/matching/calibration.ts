/**
 * From the weighted mean of factor similarities to the percentage a mentee sees.
 *
 * The mean is first shrunk toward PRIOR with PRIOR_WEIGHT pseudo-weight, so a pair with only one
 * or two judgeable factors cannot reach the extremes on thin evidence. The curve then maps the
 * shrunk mean onto the scale people read a percentage on: a random pair of demo profiles lands
 * around 15–40, a mentor written to fit a mentee around 75–95, and nothing reaches 100 (no
 * profile pair is a certainty). Anchors were read off the demo data; docs/MATCHING.md has the
 * measured distribution. The curve is increasing, so ranking by the mean ranks by the percentage.
 */
export const PRIOR = 0.2;
export const PRIOR_WEIGHT = 2;

const ANCHORS: readonly (readonly [mean: number, percent: number])[] = [
  [0, 2],
  [0.1, 10],
  [0.2, 22],
  [0.3, 31],
  [0.45, 52],
  [0.6, 74],
  [0.75, 87],
  [0.9, 94],
  [1, 97],
];

export const shrunkMean = (weightedSum: number, totalWeight: number): number => (weightedSum + PRIOR_WEIGHT * PRIOR) / (totalWeight + PRIOR_WEIGHT);

export const percentOf = (mean: number): number => {
  for (let index = 1; index < ANCHORS.length; index += 1) {
    const [toMean, toPercent] = ANCHORS[index];
    if (mean <= toMean) {
      const [fromMean, fromPercent] = ANCHORS[index - 1];
      return Math.round(fromPercent + ((toPercent - fromPercent) * (mean - fromMean)) / (toMean - fromMean));
    }
  }
  return ANCHORS[ANCHORS.length - 1][1];
};
