import { MATCHING_FACTORS, type MatchingFactor, type MatchingWeights } from '../../../shared/contracts/matching';
import { PRIOR_WEIGHT, percentOf } from './calibration';
import { blockingFactor, evidenceOf, meanOf, resolveWeights, type ResolvedWeights } from './combine';
import { describe } from './describe';
import { MENTEE_CORE_FIELDS, MENTOR_CORE_FIELDS, type MenteeFeatures, type MentorFeatures } from './features';
import { prepareQuery, similarities, type MenteeQuery } from './query';
import type { TextModel } from './text-model';

export interface FactorResult {
  factor: MatchingFactor;
  /** How alike the pair is on this factor, 0–1. */
  similarity: number;
  /** Points of the percentage's underlying mean (0–100 scale) this factor brought. */
  contribution: number;
  detail: string;
}

export interface Compatibility {
  /** 0–100; 0 when ineligible. */
  score: number;
  eligible: boolean;
  blockedBy?: MatchingFactor;
  /** Every factor that counted for the pair (weight not off, both profiles speak to it), biggest contribution first. */
  factors: FactorResult[];
  /** False when either profile is too thin to judge: then the percentage is mostly the prior. */
  confident: boolean;
}

/** Below these, a profile leaves most factors unjudgeable (features.ts counts the fields). */
const CONFIDENT_MENTEE_FIELDS = Math.ceil(MENTEE_CORE_FIELDS / 2);
const CONFIDENT_MENTOR_FIELDS = Math.ceil(MENTOR_CORE_FIELDS / 2);
/** Share of the active weight the pair must be able to judge for the percentage to be confident. */
const CONFIDENT_WEIGHT_SHARE = 0.6;

const activeWeight = (weights: ResolvedWeights): number => weights.values.reduce((sum, weight) => sum + weight, 0);

/** The full verdict for one pair, from a prepared query (see `compatibility` for the one-off form). */
export const judge = (query: MenteeQuery, mentor: MentorFeatures, weights: ResolvedWeights, mentorCanTakeMore = true): Compatibility => {
  const similarity = new Float64Array(MATCHING_FACTORS.length);
  similarities(query, mentor, similarity);
  const evidence = evidenceOf(weights, similarity, { weightedSum: 0, totalWeight: 0 });
  const denominator = evidence.totalWeight + PRIOR_WEIGHT;
  const factors = MATCHING_FACTORS.flatMap((factor, index): FactorResult[] => {
    const weight = weights.values[index];
    const value = similarity[index];
    if (weight === 0 || Number.isNaN(value)) return [];
    return [{ factor, similarity: value, contribution: Math.round((1000 * weight * value) / denominator) / 10, detail: describe(factor, query, mentor, value) }];
  }).sort((a, b) => b.contribution - a.contribution);
  const confident =
    query.mentee.completeness >= CONFIDENT_MENTEE_FIELDS &&
    mentor.completeness >= CONFIDENT_MENTOR_FIELDS &&
    evidence.totalWeight >= CONFIDENT_WEIGHT_SHARE * activeWeight(weights);
  const blockedBy = blockingFactor(query, weights, similarity);
  const eligible = mentorCanTakeMore && blockedBy === undefined;
  return { score: eligible ? percentOf(meanOf(evidence)) : 0, eligible, ...(blockedBy ? { blockedBy } : {}), factors, confident };
};

/**
 * How compatible a mentee and a mentor are, 0–100, with the factors behind it. Availability and
 * free capacity are the caller's to know (`mentorCanTakeMore`): they filter, they never score.
 */
export const compatibility = (
  mentee: MenteeFeatures,
  mentor: MentorFeatures,
  model: TextModel,
  weights: MatchingWeights,
  mentorCanTakeMore = true,
): Compatibility => judge(prepareQuery(mentee, model), mentor, resolveWeights(weights), mentorCanTakeMore);
