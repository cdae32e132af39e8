/**
 * Matching: how compatible a mentee and a mentor are, why, and which mentors to suggest. Pure
 * (no Strapi); docs/MATCHING.md explains the factors, weights and what the percentage means.
 *
 * Typical use: build `mentorFeatures` for every mentor row into `buildMentorIndex`, keep it
 * current with `putMentor` / `removeMentor`, then per mentee `topSuggestions(menteeFeatures(row),
 * index, 20, weights)` or `scoreMany` for a page of cards; `topReasons` and `improvements` word it.
 */
export { mentorFeatures, menteeFeatures, type MentorFeatures, type MenteeFeatures } from './features';
export { TextModel } from './text-model';
export { buildMentorIndex, putMentor, removeMentor, subIndex, type IndexedMentor, type MentorIndex } from './mentor-index';
export { compatibility, type Compatibility, type FactorResult } from './score';
export { topSuggestions, topCandidates, scoreMany, type Candidate, type Suggestion } from './rank';
export { topReasons, improvements, type Reason, type Improvement } from './explain';
export { DEFAULT_MATCHING_WEIGHTS, MATCHING_FACTORS, LEVEL_WEIGHT, MUST_THRESHOLD, matchingWeightsSchema } from './weights';
export type { MatchingFactor, MatchingWeights, WeightLevel } from './weights';
