import { MATCHING_FACTORS, type MatchingFactor, type MatchingWeights } from '../../../shared/contracts/matching';
import { shrunkMean } from './calibration';
import { menteeAsks, type MenteeQuery } from './query';
import { LEVEL_WEIGHT, MUST_THRESHOLD } from './weights';

/** Staff weights as the scoring loop reads them: a number per factor slot, and the `must` slots. */
export interface ResolvedWeights {
  values: Float64Array;
  must: readonly number[];
}

export const resolveWeights = (weights: MatchingWeights): ResolvedWeights => ({
  values: Float64Array.from(MATCHING_FACTORS, (factor) => LEVEL_WEIGHT[weights[factor]]),
  must: MATCHING_FACTORS.flatMap((factor, index) => (weights[factor] === 'must' ? [index] : [])),
});

/**
 * The `must` factor that rules the pair out, if any: the mentee asks for something the factor
 * judges and the mentor falls below MUST_THRESHOLD or cannot show it at all.
 */
export const blockingFactor = (query: MenteeQuery, weights: ResolvedWeights, similarity: Float64Array): MatchingFactor | undefined => {
  for (const index of weights.must) {
    const factor = MATCHING_FACTORS[index];
    if (!menteeAsks(query, factor)) continue;
    const value = similarity[index];
    if (Number.isNaN(value) || value < MUST_THRESHOLD) return factor;
  }
  return undefined;
};

/** Totals of the factors the pair can speak to; `off` factors (weight 0) never enter. */
export interface Evidence {
  weightedSum: number;
  totalWeight: number;
}

export const evidenceOf = (weights: ResolvedWeights, similarity: Float64Array, into: Evidence): Evidence => {
  let weightedSum = 0;
  let totalWeight = 0;
  for (let index = 0; index < similarity.length; index += 1) {
    const weight = weights.values[index];
    const value = similarity[index];
    if (weight === 0 || Number.isNaN(value)) continue;
    weightedSum += weight * value;
    totalWeight += weight;
  }
  into.weightedSum = weightedSum;
  into.totalWeight = totalWeight;
  return into;
};

export const meanOf = (evidence: Evidence): number => shrunkMean(evidence.weightedSum, evidence.totalWeight);
