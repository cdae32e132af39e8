import type { MatchingFactor, MatchingWeights, WeightLevel } from '../../../shared/contracts/matching';

export { DEFAULT_MATCHING_WEIGHTS, MATCHING_FACTORS, matchingWeightsSchema } from '../../../shared/contracts/matching';
export type { MatchingFactor, MatchingWeights, WeightLevel } from '../../../shared/contracts/matching';

/**
 * Levels as multipliers. The steps are wide (3:2:1) so a staff choice visibly moves rankings;
 * `must` counts like `high` because a required factor is also an important one.
 */
export const LEVEL_WEIGHT: Readonly<Record<WeightLevel, number>> = { must: 3, high: 3, medium: 2, low: 1, off: 0 };

/**
 * A `must` factor below this similarity blocks the pair. Above zero so a token overlap (one
 * related industry out of three targets) does not pass for meeting a requirement.
 */
export const MUST_THRESHOLD = 0.25;

export const weightOf = (weights: MatchingWeights, factor: MatchingFactor): number => LEVEL_WEIGHT[weights[factor]];
